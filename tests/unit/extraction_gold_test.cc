// The extractors against the gold annotations (tests/gold): the seeds and
// development sets in other styles (dev2, dev3 and dev4 were written blind,
// then used for development).
#include <gtest/gtest.h>

#include <iostream>

#include "common/article_analysis.h"
#include "tests/support/gold.h"

namespace hemeroteca {
namespace {

struct Totals {
  testing::Score speakers, actors, topics;
  std::size_t dates_right = 0, articles = 0;
};

// With `every_date`, each article's date must be right; otherwise the caller
// checks how many are.
Totals evaluate(const std::string& gold_file, const std::string& corpus, bool every_date = true) {
  std::filesystem::path root(HEMEROTECA_SOURCE_DIR);
  Analyzer analyzer;
  Extractor extractor(analyzer);
  Totals totals;
  for (const testing::GoldArticle& gold : testing::load_gold(root / gold_file)) {
    auto analyzed = analyze_file(root / corpus / gold.file, 1 << 26, analyzer, extractor);
    const Extraction& x = analyzed->extraction;
    std::set<std::string> speakers, actors, topics;
    for (const Evidence& e : x.speakers) speakers.insert(e.item);
    for (const Evidence& e : x.actors) actors.insert(e.item);
    for (const TopicScore& t : x.topics)
      if (t.assigned) topics.insert(t.name);
    totals.speakers.add(speakers, gold.speakers);
    totals.actors.add(actors, gold.actors);
    totals.topics.add(topics, gold.topics);
    if (every_date) {
      EXPECT_EQ(analyzed->article.date, gold.date) << gold.file;
      EXPECT_EQ(analyzed->article.date_source, gold.date_source) << gold.file;
    }
    totals.dates_right += analyzed->article.date == gold.date;
    ++totals.articles;
  }
  std::cout << "[gold " << gold_file << "] speakers P " << totals.speakers.precision() << " R "
            << totals.speakers.recall() << "; actors P " << totals.actors.precision() << " R "
            << totals.actors.recall() << "; topics P " << totals.topics.precision() << " R "
            << totals.topics.recall() << "; dates " << totals.dates_right << "/" << totals.articles
            << "\n";
  return totals;
}

TEST(ExtractionGold, Seeds) {
  Totals totals = evaluate("tests/gold/seeds.toml", "corpus");
  EXPECT_GE(totals.speakers.precision(), 0.9);
  EXPECT_GE(totals.speakers.recall(), 0.9);
  EXPECT_GE(totals.actors.recall(), 0.9);
  EXPECT_EQ(totals.dates_right, totals.articles);
}

TEST(ExtractionGold, DevelopmentSet) {
  Totals totals = evaluate("tests/gold/dev.toml", "tests/gold/dev");
  EXPECT_GE(totals.speakers.precision(), 0.9);
  EXPECT_GE(totals.speakers.recall(), 0.9);
  EXPECT_GE(totals.actors.recall(), 0.85);
  EXPECT_EQ(totals.dates_right, totals.articles);
}

TEST(ExtractionGold, WireAndRegionalStyles) {
  Totals totals = evaluate("tests/gold/dev2.toml", "tests/gold/dev2");
  EXPECT_GE(totals.speakers.precision(), 0.9);
  EXPECT_GE(totals.speakers.recall(), 0.9);
  EXPECT_GE(totals.actors.recall(), 0.85);
  EXPECT_EQ(totals.dates_right, totals.articles);
}

TEST(ExtractionGold, OutletsAcrossCountries) {
  Totals totals = evaluate("tests/gold/dev3.toml", "tests/gold/dev3");
  EXPECT_GE(totals.speakers.precision(), 0.9);
  EXPECT_GE(totals.speakers.recall(), 0.9);
  EXPECT_GE(totals.actors.recall(), 0.85);
  EXPECT_EQ(totals.dates_right, totals.articles);
}

TEST(ExtractionGold, TranscriptAndAmericas) {
  Totals totals = evaluate("tests/gold/dev4.toml", "tests/gold/dev4");
  EXPECT_GE(totals.speakers.precision(), 0.9);
  EXPECT_GE(totals.speakers.recall(), 0.8);
  EXPECT_GE(totals.actors.recall(), 0.85);
  EXPECT_EQ(totals.dates_right, totals.articles);
}

// Written blind and measured once before any rule was changed for it
// (speakers P 0.818, R 0.750: the level on articles nobody tuned for), then
// used for development like the others.
TEST(ExtractionGold, LastBlindSet) {
  Totals totals = evaluate("tests/gold/dev5.toml", "tests/gold/dev5");
  EXPECT_GE(totals.speakers.precision(), 0.85);
  EXPECT_GE(totals.speakers.recall(), 0.85);
  EXPECT_GE(totals.actors.recall(), 0.8);
  EXPECT_EQ(totals.dates_right, totals.articles);
}

// Written blind after the rules above (speakers P 0.925, R 0.831, dates 9/10
// when first measured), then used for development.
TEST(ExtractionGold, SixthSet) {
  Totals totals = evaluate("tests/gold/dev6.toml", "tests/gold/dev6", /*every_date=*/false);
  EXPECT_GE(totals.speakers.precision(), 0.9);
  EXPECT_GE(totals.speakers.recall(), 0.85);
  EXPECT_GE(totals.actors.recall(), 0.85);
  // e10 is dated only as "two weeks after" another date: not attempted.
  EXPECT_GE(totals.dates_right + 1, totals.articles);
}

// Written blind after every rule the sets above brought (speakers P 0.865,
// R 0.865, dates 7/10 when first measured).
TEST(ExtractionGold, SeventhSet) {
  Totals totals = evaluate("tests/gold/dev7.toml", "tests/gold/dev7");
  EXPECT_GE(totals.speakers.precision(), 0.85);
  EXPECT_GE(totals.speakers.recall(), 0.85);
  EXPECT_GE(totals.actors.recall(), 0.85);
  EXPECT_EQ(totals.dates_right, totals.articles);
}

}  // namespace
}  // namespace hemeroteca
