#include "common/text_file.h"

#include <gtest/gtest.h>

#include "tests/support/temp_dir.h"

namespace hemeroteca {
namespace {

TEST(DecodeText, StripsBomAndNormalizesLineEnds) {
  TextFile file = decode_text("\xEF\xBB\xBFLínea uno\r\nLínea dos\rtres");
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file.text, "Línea uno\nLínea dos\ntres");
}

TEST(DecodeText, RejectsWithAReason) {
  EXPECT_EQ(decode_text("").skip, SkipReason::kEmpty);
  EXPECT_EQ(decode_text(" \n\t ").skip, SkipReason::kEmpty);
  EXPECT_EQ(decode_text("\xEF\xBB\xBF").skip, SkipReason::kEmpty);
  EXPECT_EQ(decode_text(std::string("ab\0cd", 5)).skip, SkipReason::kBinary);
  EXPECT_EQ(decode_text(std::string(100, '\x01') + "texto").skip, SkipReason::kBinary);
}

TEST(DecodeText, ConvertsLatin1AndWindows1252) {
  TextFile latin1 = decode_text(
      "La soberan\xED"
      "a de M\xE9xico y el a\xF1o.");
  ASSERT_TRUE(latin1.ok());
  EXPECT_EQ(latin1.text, "La soberanía de México y el año.");
  ASSERT_EQ(latin1.warnings.size(), 1u);
  EXPECT_NE(latin1.warnings[0].find("converted"), std::string::npos);
  // Windows-1252 quotes and dash.
  TextFile windows = decode_text(
      "\x93Hola\x94 \x96"
      "dijo.");
  ASSERT_TRUE(windows.ok());
  EXPECT_EQ(windows.text, "“Hola” –dijo.");
}

TEST(DecodeText, ConvertsUtf16WithBom) {
  std::string utf16le(
      "\xFF\xFE"
      "a\0\xF1\0o\0",
      8);
  TextFile file = decode_text(utf16le);
  ASSERT_TRUE(file.ok()) << file.detail;
  EXPECT_EQ(file.text, "año");
}

TEST(ReadTextFile, ReadsAndReportsProblems) {
  testing::TempDir dir;
  auto good = dir.write("good.txt", "Texto.");
  auto big = dir.write("big.txt", std::string(2000, 'a'));
  EXPECT_TRUE(read_text_file(good, 1000).ok());
  EXPECT_EQ(read_text_file(good, 1000).text, "Texto.");
  TextFile too_large = read_text_file(big, 1000);
  EXPECT_EQ(too_large.skip, SkipReason::kTooLarge);
  EXPECT_NE(too_large.detail.find("2000"), std::string::npos);
  EXPECT_EQ(read_text_file(dir / "missing.txt", 1000).skip, SkipReason::kVanished);
  std::filesystem::create_symlink(dir / "nowhere.txt", dir / "link.txt");
  EXPECT_EQ(read_text_file(dir / "link.txt", 1000).skip, SkipReason::kBrokenLink);
}

TEST(SkipReason, HasStableNames) {
  EXPECT_EQ(skip_reason_name(SkipReason::kBinary), "binary");
  EXPECT_EQ(skip_reason_name(SkipReason::kTooLarge), "too-large");
  EXPECT_EQ(skip_reason_name(SkipReason::kInvalidEncoding), "invalid-encoding");
}

}  // namespace
}  // namespace hemeroteca
