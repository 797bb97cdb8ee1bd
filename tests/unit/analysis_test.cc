#include "common/analysis.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

std::vector<std::string> forms(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& token : tokenize(text))
    out.push_back(token.form);
  return out;
}

TEST(Tokenize, SplitsWordsAndKeepsOffsets) {
  std::string text = "La soberanía, ¡ahora!";
  std::vector<Token> tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].form, "soberanía");
  EXPECT_EQ(text.substr(tokens[1].start, tokens[1].end - tokens[1].start), "soberanía");
  EXPECT_EQ(tokens[2].form, "ahora");
}

TEST(Tokenize, CaseFoldsAndNormalizes) {
  EXPECT_EQ(forms("MÉXICO México méxico"),
            (std::vector<std::string>{"méxico", "méxico", "méxico"}));
  // "e" + combining acute (NFD) becomes the precomposed "é" (NFC).
  EXPECT_EQ(forms("Me\xCC\x81xico"), std::vector<std::string>{"méxico"});
  EXPECT_EQ(forms("AÑO"), std::vector<std::string>{"año"});
}

TEST(Tokenize, NumbersAreTokens) {
  std::vector<Token> tokens = tokenize("el 15 de enero");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
}

TEST(Tokenize, DropsOverlongTokens) {
  std::string text = "corto " + std::string(100, 'x') + " fin";
  EXPECT_EQ(forms(text), (std::vector<std::string>{"corto", "fin"}));
}

TEST(Tokenize, SurvivesInvalidUtf8) {
  std::vector<Token> tokens = tokenize("sober\xE1nia y m\xC3");
  EXPECT_FALSE(tokens.empty());
}

TEST(Analyzer, StemsSpanishInflectionsTogether) {
  Analyzer analyzer;
  EXPECT_EQ(analyzer.term("cárteles"), analyzer.term("cártel"));
  EXPECT_EQ(analyzer.term("llamadas"), analyzer.term("llamada"));
  EXPECT_EQ(analyzer.term("narcoterrorismo"), analyzer.term("narcoterrorismo"));
  EXPECT_NE(analyzer.term("año"), analyzer.term("ano"));
  EXPECT_EQ(analyzer.term("2026"), "2026");
}

TEST(Analyzer, SettingsDescribeTheAnalysis) {
  EXPECT_NE(Analyzer::settings().find("spanish"), std::string::npos);
}

}  // namespace
}  // namespace hemeroteca
