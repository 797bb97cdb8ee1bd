#include "common/text_normalize.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

TEST(NormalizeWord, CaseFoldsAndComposes) {
  EXPECT_EQ(normalize_word("MÉXICO"), "méxico");
  EXPECT_EQ(normalize_word("México"), "méxico");
  EXPECT_EQ(normalize_word("AÑO"), "año");
  EXPECT_EQ(normalize_word("Me\xCC\x81xico"), "méxico") << "NFD input composed";
  EXPECT_EQ(normalize_word("ASCII"), "ascii");
}

struct FoldCase {
  const char* in;
  const char* out;
};

TEST(FoldAccents, DropsAcuteAndDiaeresisOnly) {
  const FoldCase cases[] = {
      {"soberanía", "soberania"},
      {"cooperación", "cooperacion"},
      {"pingüino", "pinguino"},
      {"méxico", "mexico"},
      {"año", "año"},
      {"niño", "niño"},
      {"à", "à"},
      {"ç", "ç"},
      {"ÁÉÍÓÚ", "AEIOU"},
      {"plain", "plain"},
      {"e\xCC\x81", "e"},
  };
  for (const FoldCase& c : cases) EXPECT_EQ(fold_accents(c.in), c.out) << c.in;
}

TEST(FoldAccents, KeepsInvalidBytes) {
  EXPECT_EQ(fold_accents("a\xFF"
                         "b"),
            "a\xFF"
            "b");
}

TEST(LetterCase, CountsCapitals) {
  EXPECT_TRUE(letter_case("SHEINBAUM").all_capitals());
  EXPECT_TRUE(letter_case("ÁNGELES").all_capitals());
  EXPECT_FALSE(letter_case("Sheinbaum").all_capitals());
  EXPECT_TRUE(letter_case("Sheinbaum").first_upper);
  EXPECT_FALSE(letter_case("A").all_capitals()) << "one letter is not an acronym";
  EXPECT_FALSE(letter_case("año").first_upper);
}

}  // namespace
}  // namespace hemeroteca
