#include "common/snippet.h"

#include <gtest/gtest.h>

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

TEST(Snippet, MarksWildcardPrefixes) {
  Analyzer analyzer;
  HighlightTerms terms{{}, {"fentan"}, {}, {}};
  Snippet snippet = make_snippet("El fentanilo cruza.", terms, analyzer);
  EXPECT_EQ(marked(snippet), std::vector<std::string>{"fentanilo"});
}

}  // namespace
}  // namespace hemeroteca
