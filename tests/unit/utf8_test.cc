#include "common/utf8.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

TEST(Utf8, Validates) {
  EXPECT_TRUE(utf8::is_valid("soberanía año"));
  EXPECT_TRUE(utf8::is_valid(""));
  EXPECT_FALSE(utf8::is_valid("sober\xE1nia"));  // Latin-1 á
  EXPECT_FALSE(utf8::is_valid("\xC0\xAF"));      // overlong '/'
  EXPECT_FALSE(utf8::is_valid("\xED\xA0\x80"));  // surrogate D800
  EXPECT_FALSE(utf8::is_valid("abc\xE2\x82"));   // truncated
  EXPECT_EQ(utf8::first_invalid("ab\xFF"
                                "cd"),
            2u);
}

TEST(Utf8, SanitizeReplacesBadBytes) {
  EXPECT_EQ(utf8::sanitize("sober\xE1nia"), "sober\xEF\xBF\xBDnia");
  EXPECT_EQ(utf8::sanitize("bien"), "bien");
  EXPECT_TRUE(utf8::is_valid(utf8::sanitize("\xC0\xAF\xED\xA0\x80\xFF")));
}

TEST(Utf8, TruncateNeverSplitsACodePoint) {
  EXPECT_EQ(utf8::truncate("año", 2), "a");
  EXPECT_EQ(utf8::truncate("año", 3), "añ");
  EXPECT_EQ(utf8::truncate("año", 10), "año");
}

TEST(Utf8, Append) {
  std::string out;
  utf8::append(out, U'ñ');
  utf8::append(out, U'€');
  EXPECT_EQ(out, "ñ€");
}

}  // namespace
}  // namespace hemeroteca
