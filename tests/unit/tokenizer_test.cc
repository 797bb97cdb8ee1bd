#include "common/tokenizer.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

std::vector<std::string> forms(std::string_view text, bool with_overlays = true) {
  std::vector<std::string> out;
  for (const Token& token : tokenize(text))
    if (with_overlays || !token.overlay) out.push_back(token.form);
  return out;
}

using Forms = std::vector<std::string>;

TEST(Tokenize, SplitsWordsAndKeepsOffsets) {
  std::string text = "La soberanía, ¡ahora!";
  std::vector<Token> tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].form, "soberanía");
  EXPECT_EQ(text.substr(tokens[1].start, tokens[1].end - tokens[1].start), "soberanía");
  EXPECT_EQ(tokens[2].position, 2u);
}

TEST(Tokenize, CaseFoldsAndMarksCapitals) {
  std::vector<Token> tokens = tokenize("La SRE y Rubio");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].form, "sre");
  EXPECT_TRUE(tokens[1].upper);
  EXPECT_TRUE(tokens[1].capitalized);
  EXPECT_FALSE(tokens[3].upper);
  EXPECT_TRUE(tokens[3].capitalized);
  EXPECT_FALSE(tokens[2].capitalized);
}

TEST(Tokenize, PunctuationOfSpanishNewsSeparates) {
  EXPECT_EQ(forms("«controlan México» —dijo— “en México gobierna”"),
            (Forms{"controlan", "méxico", "dijo", "en", "méxico", "gobierna"}));
  EXPECT_EQ(forms("¿Qué está en juego?"), (Forms{"qué", "está", "en", "juego"}));
}

TEST(Tokenize, NumbersWithSeparators) {
  EXPECT_EQ(forms("300,000 personas"), (Forms{"300000", "personas"}));
  EXPECT_EQ(forms("3.000.000 dólares"), (Forms{"3000000", "dólares"}));
  EXPECT_EQ(forms("creció 3,5 y 3.5"), (Forms{"creció", "3.5", "y", "3.5"}));
  EXPECT_EQ(forms("el año 2026. Luego"), (Forms{"el", "año", "2026", "luego"}));
  EXPECT_EQ(forms("99 votos"), (Forms{"99", "votos"}));
  std::vector<Token> tokens = tokenize("3,000");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kNumber);
}

TEST(Tokenize, PercentIsASymbol) {
  EXPECT_EQ(forms("50% y 43 %"), (Forms{"50", "%", "y", "43", "%"}));
  EXPECT_EQ(tokenize("50%")[1].kind, TokenKind::kSymbol);
}

TEST(Tokenize, DottedAcronyms) {
  EXPECT_EQ(forms("EE.UU. y D.C."), (Forms{"eeuu", "y", "dc"}));
  EXPECT_EQ(forms("EE. UU."), (Forms{"ee", "uu"}))
      << "with spaces: two words (an alias joins them)";
  std::vector<Token> tokens = tokenize("EE. UU.");
  EXPECT_TRUE(tokens[0].upper);
  EXPECT_EQ(forms("A. Gómez"), (Forms{"a", "gómez"}));
}

TEST(Tokenize, HandlesAndHashtags) {
  std::vector<Token> tokens = tokenize("(@SecRubio) #México @SRE_mx");
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[0].form, "secrubio");
  EXPECT_EQ(tokens[1].form, "@secrubio");
  EXPECT_TRUE(tokens[1].overlay);
  EXPECT_EQ(tokens[1].kind, TokenKind::kHandle);
  EXPECT_EQ(tokens[1].position, tokens[0].position);
  EXPECT_EQ(tokens[2].form, "méxico");
  EXPECT_EQ(tokens[3].form, "#méxico");
  EXPECT_EQ(tokens[3].kind, TokenKind::kHashtag);
  EXPECT_EQ(tokens[4].form, "sre");
  EXPECT_EQ(tokens[5].form, "mx");
  EXPECT_EQ(tokens[6].form, "@sre_mx");
  EXPECT_EQ(tokens[6].position, tokens[4].position);
  EXPECT_EQ(forms("ana@example.org", false), (Forms{"ana", "example", "org"}))
      << "an e-mail address is not a handle";
}

TEST(Tokenize, HyphenatedWords) {
  std::vector<Token> tokens = tokenize("narco-terrorismo y Estados Unidos-México");
  EXPECT_EQ(tokens[0].form, "narco");
  EXPECT_EQ(tokens[1].form, "terrorismo");
  EXPECT_EQ(tokens[2].form, "narcoterrorismo");
  EXPECT_TRUE(tokens[2].overlay);
  EXPECT_EQ(tokens[2].position, tokens[0].position);
  EXPECT_EQ(tokens[2].kind, TokenKind::kCompound);
  EXPECT_EQ(tokens[3].position, tokens[1].position + 1);
  EXPECT_EQ(forms("Unidos-México"), (Forms{"unidos", "méxico"})) << "proper names are not joined";
}

TEST(Tokenize, Urls) {
  EXPECT_EQ(forms("https://www.gob.mx/sre/prensa", false),
            (Forms{"https", "www", "gob", "mx", "sre", "prensa"}));
}

TEST(Tokenize, DropsOverlongTokens) {
  std::string text = "corto " + std::string(100, 'x') + " fin";
  EXPECT_EQ(forms(text), (Forms{"corto", "fin"}));
}

TEST(Tokenize, SurvivesInvalidUtf8) {
  EXPECT_FALSE(tokenize("sober\xE1nia y m\xC3").empty());
  EXPECT_TRUE(tokenize("").empty());
  EXPECT_TRUE(tokenize("\xCC\x81\xCC\x81").empty()) << "lone combining marks";
}

}  // namespace
}  // namespace hemeroteca
