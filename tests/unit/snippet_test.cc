#include "common/snippet.h"

#include <gtest/gtest.h>

#include "common/text_normalize.h"

namespace hemeroteca {
namespace {

std::vector<std::string> marked(const Snippet& snippet) {
  std::vector<std::string> words;
  for (const auto& [start, end] : snippet.highlights)
    words.push_back(snippet.text.substr(start, end - start));
  return words;
}

TEST(Snippet, MarksInflectedFormsOfTheQueryTerms) {
  Analyzer analyzer;
  HighlightTerms terms{{analyzer.term("cártel")}, {}, {}, {}};
  Snippet snippet = make_snippet("Los cárteles y el cártel del norte.", terms, analyzer);
  EXPECT_EQ(marked(snippet), (std::vector<std::string>{"cárteles", "cártel"}));
}

TEST(Snippet, PicksThePassageWithTheMostDistinctTerms) {
  Analyzer analyzer;
  std::string filler(600, ' ');
  for (std::size_t i = 0; i < filler.size(); i += 6) filler.replace(i, 5, "nada ");
  std::string text = "fentanilo al inicio." + filler + "fentanilo y armas juntos." + filler;
  HighlightTerms terms{{analyzer.term("fentanilo"), analyzer.term("armas")}, {}, {}, {}};
  Snippet snippet = make_snippet(text, terms, analyzer, 120);
  EXPECT_NE(snippet.text.find("fentanilo y armas"), std::string::npos) << snippet.text;
  EXPECT_TRUE(snippet.text.starts_with("\xE2\x80\xA6"));
  EXPECT_EQ(marked(snippet), (std::vector<std::string>{"fentanilo", "armas"}));
}

TEST(Snippet, WithoutMatchesShowsTheStart) {
  Analyzer analyzer;
  Snippet snippet = make_snippet("Primera línea.\nSegunda línea.", {}, analyzer);
  EXPECT_EQ(snippet.text, "Primera línea. Segunda línea.");
  EXPECT_TRUE(snippet.highlights.empty());
}

// Word-only queries take a shortcut (chunks of text are tokenized only when
// they may match); an unused alias forces the whole-text path. Both must
// mark the same words.
TEST(Snippet, WordQueriesMarkTheSameWordsEitherWay) {
  Analyzer analyzer;
  const std::string text =
      "«¿Soberanía?», preguntó la SRE. PRESIDENTA Sheinbaum: los cárteles, el cártel y el "
      "narco-terrorismo; 3,000 armas (50%) y 1.5 toneladas de FENTANILO. @SecRubio y "
      "#Fentanilo, Ñandú, pingüino, Presencia presente, cooperación, cooperar, ídem, Über, "
      "niño, ÉXITO, Ação, Straße, Ⅻ, 東京, e-mail: a@b.c";
  const std::vector<std::vector<std::string>> queries = {{"soberanía"},
                                                         {"cártel", "armas"},
                                                         {"presidenta"},
                                                         {"fentanilo"},
                                                         {"3000"},
                                                         {"50"},
                                                         {"terrorismo"},
                                                         {"ñandú"},
                                                         {"pingüino"},
                                                         {"presencia"},
                                                         {"cooperar"},
                                                         {"über"},
                                                         {"niños"},
                                                         {"éxito"},
                                                         {"ação"},
                                                         {"straße"},
                                                         {"sheinbaum", "ídem"}};
  for (const auto& words : queries) {
    HighlightTerms terms;
    for (const std::string& word : words)
      terms.terms.push_back(analyzer.term(normalize_word(word)));
    HighlightTerms whole = terms;
    whole.prefixes.push_back("@whole-text");  // not a word: forces the whole-text path
    Snippet fast = make_snippet(text, terms, analyzer, 1000);
    Snippet reference = make_snippet(text, whole, analyzer, 1000);
    EXPECT_EQ(fast.highlights, reference.highlights) << words.front();
    EXPECT_EQ(fast.text, reference.text) << words.front();
    EXPECT_FALSE(reference.highlights.empty()) << words.front();
  }
  HighlightTerms prefixes{{}, {"fentan", "coop"}, {}, {}};
  HighlightTerms whole = prefixes;
  whole.prefixes.push_back("@whole-text");
  EXPECT_EQ(make_snippet(text, prefixes, analyzer, 1000).highlights,
            make_snippet(text, whole, analyzer, 1000).highlights);
}

// The same for phrases and aliases, which span several chunks.
TEST(Snippet, PhrasesAndAliasesMarkTheSameEitherWay) {
  Analyzer analyzer;
  const std::string text =
      "Dijo que EE. UU. y México — «la SRE» — firmaron; Estados   Unidos\nno. En EE.UU. la "
      "Secretaría de Relaciones Exteriores habló del 50 % y del 50% de los cárteles de la droga. "
      "la\n\nSRE, la   —   SRE";
  auto word = [&](const char* w) { return analyzer.term(normalize_word(w)); };
  std::vector<HighlightTerms> queries;
  queries.push_back({{}, {}, {"estados unidos"}, {}});
  queries.push_back({{}, {}, {"secretaria de relaciones exteriores"}, {}});
  queries.push_back({{}, {}, {"por ciento"}, {}});
  queries.push_back({{}, {}, {}, {{{{word("la")}, ""}, {{word("sre")}, ""}}}});
  queries.push_back(
      {{}, {}, {}, {{{{word("cárteles")}, ""}, {{word("de")}, ""}, {{word("la")}, ""}}}});
  queries.push_back({{word("firmaron")},
                     {},
                     {},
                     {{{{}, "estados unidos"}, {{word("y")}, ""}, {{word("méxico")}, ""}}}});
  for (const HighlightTerms& terms : queries) {
    HighlightTerms whole = terms;
    whole.prefixes.push_back("@whole-text");
    Snippet fast = make_snippet(text, terms, analyzer, 1000);
    Snippet reference = make_snippet(text, whole, analyzer, 1000);
    EXPECT_EQ(fast.highlights, reference.highlights) << reference.text;
    EXPECT_FALSE(reference.highlights.empty()) << reference.text;
  }
}

TEST(Snippet, MarksWildcardPrefixes) {
  Analyzer analyzer;
  HighlightTerms terms{{}, {"fentan"}, {}, {}};
  Snippet snippet = make_snippet("El fentanilo cruza.", terms, analyzer);
  EXPECT_EQ(marked(snippet), std::vector<std::string>{"fentanilo"});
}

}  // namespace
}  // namespace hemeroteca
