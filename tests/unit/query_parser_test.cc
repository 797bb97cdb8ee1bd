#include "common/query_parser.h"

#include <gtest/gtest.h>

#include <set>

#include "common/article_parser.h"
#include "common/document_builder.h"
#include "common/errors.h"

namespace hemeroteca {
namespace {

struct Doc {
  const char* id;
  const char* text;
  std::vector<std::string> speakers = {};
  std::vector<std::string> mentioned = {};
};

// A small real index (Xapian's in-memory backend) to run parsed queries on.
class QueryParserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
    DocumentBuilder builder(analyzer_);
    const Doc docs[] = {
        {"a",
         "date 2026-01-12\nRubio habló con De la Fuente sobre fentanilo y armas.",
         {"Marco Rubio"},
         {"2026-01-11"}},
        {"b", "date 2026-01-16\nLos cárteles trafican fentanilo.", {"Claudia Sheinbaum"}},
        {"c", "date 2025-12-01\nEl comercio y los aranceles.", {"Marco Rubio"}, {"2026-01-23"}},
        {"d", "Sin fecha: la soberanía y las armas.", {}},
        {"e", "date 2026-02-01\nLa cooperación con EE. UU. y la SRE; 50% menos.", {}},
        {"f", "date 2026-02-02\nCooperar con Estados Unidos y la Cancillería.", {}},
    };
    for (const Doc& d : docs) {
      Article article = parse_article(d.text, d.id);
      article.key = std::string("/c/") + d.id;
      article.path = article.key;
      article.speakers = d.speakers;
      article.mentioned_dates = d.mentioned;
      db_.replace_document(schema::unique_term(article.key), builder.build(article));
    }
    db_.commit();
  }

  std::set<std::string> ids(std::string_view query, DefaultOperator op = DefaultOperator::kAnd) {
    QueryParser parser(analyzer_, db_);
    ParsedQuery parsed = parser.parse(query, op);
    Xapian::Enquire enquire(db_);
    enquire.set_query(parsed.query);
    std::set<std::string> result;
    for (auto it = enquire.get_mset(0, 100).begin(); it != enquire.get_mset(0, 100).end(); ++it) {
      auto doc = it.get_document();
      for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
        if ((*t).starts_with("XID")) result.insert((*t).substr(3));
    }
    return result;
  }

  using Ids = std::set<std::string>;
  Analyzer analyzer_;
  Xapian::WritableDatabase db_;
};

TEST_F(QueryParserTest, WordsAreAndedByDefault) {
  EXPECT_EQ(ids("fentanilo armas"), (Ids{"a"}));
  EXPECT_EQ(ids("fentanilo armas", DefaultOperator::kOr), (Ids{"a", "b", "d"}));
}

TEST_F(QueryParserTest, StemsQueryWordsLikeDocuments) {
  EXPECT_EQ(ids("cártel"), (Ids{"b"}));
  EXPECT_EQ(ids("ARMAS"), (Ids{"a", "d"})) << "capitalised words are stemmed too";
  EXPECT_EQ(ids("Cárteles"), (Ids{"b"}));
}

TEST_F(QueryParserTest, AccentsAreOptional) {
  EXPECT_EQ(ids("soberania"), (Ids{"d"}));
  EXPECT_EQ(ids("SOBERANIA"), (Ids{"d"}));
  EXPECT_EQ(ids("cooperacion"), (Ids{"e", "f"})) << "cooperación and cooperar share a stem";
  EXPECT_EQ(ids("cooperacion"), ids("cooperación"));
  EXPECT_EQ(ids("\"la soberania\""), (Ids{"d"}));
}

TEST_F(QueryParserTest, StopwordsAreDroppedOutsidePhrases) {
  EXPECT_EQ(ids("la soberanía"), (Ids{"d"}));
  EXPECT_EQ(ids("de la"), ids("\"de la\"")) << "only stopwords: kept";
  EXPECT_EQ(ids("+con armas"), (Ids{"a"})) << "a required stopword is kept";
  QueryParser parser(analyzer_, db_);
  EXPECT_EQ(parser.parse("la soberanía de las armas", DefaultOperator::kAnd).default_joined_words,
            2u);
}

TEST_F(QueryParserTest, LooseningTurnsStandAlonePhrasesIntoWords) {
  QueryParser parser(analyzer_, db_);
  const char* query = "«soberanía and armas» -\"de la\" title:\"Rubio habló\"";
  ParsedQuery kept = parser.parse(query, DefaultOperator::kOr);
  EXPECT_EQ(kept.loosenable_phrases, 1u) << "excluded and field phrases stay";
  EXPECT_EQ(kept.default_joined_words, 0u);
  ParsedQuery loose = parser.parse(query, DefaultOperator::kOr, PhraseMode::kLoosen);
  EXPECT_EQ(loose.default_joined_words, 3u) << "\"and\" inside quotes is a word";
  EXPECT_EQ(ids("\"soberanía fentanilo\"", DefaultOperator::kOr), (Ids{}));
}

TEST_F(QueryParserTest, AliasesMatchEveryForm) {
  EXPECT_EQ(ids("\"EE. UU.\""), (Ids{"e", "f"}));
  EXPECT_EQ(ids("Estados Unidos"), (Ids{"e", "f"}));
  EXPECT_EQ(ids("EUA cooperación"), (Ids{"e", "f"}));
  EXPECT_EQ(ids("SRE"), (Ids{"e", "f"}));
  EXPECT_EQ(ids("\"cooperar con EE. UU. y la SRE\""), (Ids{"e", "f"})) << "aliases inside a phrase";
  EXPECT_EQ(ids("\"EE. UU. con\""), (Ids{}));
  EXPECT_EQ(ids("\"50 por ciento\""), (Ids{"e"}));
}

TEST_F(QueryParserTest, UnknownWordsAreReported) {
  QueryParser parser(analyzer_, db_);
  ParsedQuery parsed = parser.parse("fentanilo sobrania armas", DefaultOperator::kAnd);
  ASSERT_EQ(parsed.unknown_words.size(), 1u);
  EXPECT_EQ(parsed.unknown_words[0].folded, "sobrania");
  EXPECT_EQ(parsed.unknown_words[0].start, 10u);
  EXPECT_EQ(parsed.unknown_words[0].end, 18u);
}

TEST_F(QueryParserTest, BooleanOperatorsInAnyCase) {
  EXPECT_EQ(ids("comercio OR cárteles"), (Ids{"b", "c"}));
  EXPECT_EQ(ids("comercio or cárteles"), (Ids{"b", "c"}));
  EXPECT_EQ(ids("fentanilo AND armas"), (Ids{"a"}));
  EXPECT_EQ(ids("fentanilo NOT armas"), (Ids{"b"}));
  EXPECT_EQ(ids("fentanilo not armas"), (Ids{"b"}));
  EXPECT_EQ(ids("(comercio OR soberanía) armas"), (Ids{"d"}));
}

TEST_F(QueryParserTest, PlusAndMinus) {
  EXPECT_EQ(ids("fentanilo -armas"), (Ids{"b"}));
  EXPECT_EQ(ids("+armas fentanilo", DefaultOperator::kOr), (Ids{"a", "d"}));
  EXPECT_EQ(ids("-armas"), (Ids{"b", "c", "e", "f"}));
}

TEST_F(QueryParserTest, Phrases) {
  EXPECT_EQ(ids("\"De la Fuente\""), (Ids{"a"}));
  EXPECT_EQ(ids("\"fuente la de\""), (Ids{}));
  EXPECT_EQ(ids("“fentanilo y armas”"), (Ids{"a"}));
  EXPECT_EQ(ids("\"fentanilo y armas"), (Ids{"a"})) << "unclosed quote closes at the end";
}

TEST_F(QueryParserTest, Wildcards) {
  EXPECT_EQ(ids("fentan*"), (Ids{"a", "b"}));
  EXPECT_EQ(ids("fentanilo*"), (Ids{"a", "b"})) << "longer than the stem";
  EXPECT_EQ(ids("soberan*"), (Ids{"d"}));
}

TEST_F(QueryParserTest, FieldFilters) {
  EXPECT_EQ(ids("speaker:rubio"), (Ids{"a", "c"}));
  EXPECT_EQ(ids("speaker:\"Marco Rubio\""), (Ids{"a", "c"}));
  EXPECT_EQ(ids("speaker:\"marco rubio\""), (Ids{"a", "c"}));
  EXPECT_EQ(ids("fentanilo speaker:\"Marco Rubio\""), (Ids{"a"}));
  EXPECT_EQ(ids("speaker:\"Marco Rubio\" speaker:\"Claudia Sheinbaum\""), (Ids{"a", "b", "c"}))
      << "OR within a field";
  EXPECT_EQ(ids("-speaker:\"Marco Rubio\""), (Ids{"b", "d", "e", "f"}));
  EXPECT_EQ(ids("id:b"), (Ids{"b"}));
  EXPECT_EQ(ids("path:/c/d"), (Ids{"d"}));
}

TEST_F(QueryParserTest, TitleField) {
  // Titles here are the first sentences.
  EXPECT_EQ(ids("title:cárteles"), (Ids{"b"}));
  EXPECT_EQ(ids("title:\"sobre fentanilo\""), (Ids{"a"}));
}

TEST_F(QueryParserTest, DateFields) {
  EXPECT_EQ(ids("date:2026-01-12"), (Ids{"a"}));
  EXPECT_EQ(ids("date:2026-01"), (Ids{"a", "b"}));
  EXPECT_EQ(ids("date:2025"), (Ids{"c"}));
  EXPECT_EQ(ids("date:2026-01-10..2026-01-15"), (Ids{"a"}));
  EXPECT_EQ(ids("date:2026-01-13.."), (Ids{"b", "e", "f"}));
  EXPECT_EQ(ids("date:..2025-12"), (Ids{"c"}));
  EXPECT_EQ(ids("fentanilo date:2026-01-16"), (Ids{"b"}));
  EXPECT_EQ(ids("mentions:2026-01-23"), (Ids{"c"}));
  EXPECT_EQ(ids("mentions:2026-01"), (Ids{"a", "c"}));
  EXPECT_EQ(ids("mentions:2026-01-01..2026-01-20"), (Ids{"a"}));
}

TEST_F(QueryParserTest, InvalidInputThrowsQueryError) {
  QueryParser parser(analyzer_, db_);
  for (const char* bad : {"date:2026-13-45", "date:yesterday", "date:2026-02..2026-01", "date:..",
                          "speaker:", "mentions:2026-02-30"})
    EXPECT_THROW(parser.parse(bad, DefaultOperator::kAnd), QueryError) << bad;
}

TEST_F(QueryParserTest, LenientWhereIntentIsClear) {
  EXPECT_EQ(ids("(fentanilo armas"), (Ids{"a"}));
  EXPECT_EQ(ids("fentanilo armas)"), (Ids{"a"}));
  EXPECT_EQ(ids("fentanilo - armas"), (Ids{"a"})) << "a lone minus means nothing";
}

TEST_F(QueryParserTest, UnknownFieldsAreTextWithAWarning) {
  QueryParser parser(analyzer_, db_);
  ParsedQuery parsed = parser.parse("autor:fentanilo", DefaultOperator::kAnd);
  ASSERT_EQ(parsed.warnings.size(), 1u);
  EXPECT_NE(parsed.warnings[0].find("autor"), std::string::npos);
  EXPECT_TRUE(parser.parse("https://example.org", DefaultOperator::kAnd).warnings.empty());
}

TEST_F(QueryParserTest, ReportsRankingAndDefaultJoinedWords) {
  QueryParser parser(analyzer_, db_);
  ParsedQuery words = parser.parse("fentanilo armas +soberanía", DefaultOperator::kAnd);
  EXPECT_TRUE(words.ranked);
  EXPECT_EQ(words.default_joined_words, 2u);
  ParsedQuery filters = parser.parse("date:2026 speaker:\"Marco Rubio\"", DefaultOperator::kAnd);
  EXPECT_FALSE(filters.ranked);
  EXPECT_EQ(filters.default_joined_words, 0u);
}

TEST(DateRange, Parses) {
  DateRange day = parse_date_range("2026-01-12");
  EXPECT_EQ(day.from, "20260112");
  EXPECT_EQ(day.to, "20260112");
  DateRange month = parse_date_range("2024-02");
  EXPECT_EQ(month.from, "20240201");
  EXPECT_EQ(month.to, "20240229");
  DateRange open = parse_date_range("2026..");
  EXPECT_EQ(open.from, "20260101");
  EXPECT_EQ(open.to, "");
}

}  // namespace
}  // namespace hemeroteca
