// The spine, end to end: corpus/ -> hemeroteca-index -> index ->
// hemeroteca-search -> JSON and text results, exit codes.
#include <gtest/gtest.h>

#include <memory>

#include "tests/e2e/e2e_support.h"

namespace hemeroteca::testing {
namespace {

class IndexSearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    index_corpus(db());
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static std::filesystem::path db() { return *dir_ / "index"; }

  static std::unique_ptr<TempDir> dir_;
};
std::unique_ptr<TempDir> IndexSearch::dir_;

const std::set<std::string> kAllSeeds = {"000_cb0d0d3e700154b1.txt", "001_4d1c72fe2da7e519.txt",
                                         "002_784ec795567202d7.txt", "003_8f34801e5629ecf3.txt",
                                         "004_2d24295e93382dda.txt"};

TEST_F(IndexSearch, FentaniloFindsAllFiveSeeds) {
  nlohmann::json out = search_json(db(), {"fentanilo"});
  EXPECT_EQ(out["total"], 5);
  EXPECT_EQ(result_ids(out), kAllSeeds);
}

TEST_F(IndexSearch, MaduroFindsOnlyTheArticleThatNamesHim) {
  nlohmann::json out = search_json(db(), {"Maduro"});
  EXPECT_EQ(out["total"], 1);
  EXPECT_EQ(result_ids(out), std::set<std::string>{"003_8f34801e5629ecf3.txt"});
}

TEST_F(IndexSearch, JsonHasTheDocumentedShape) {
  nlohmann::json out = search_json(db(), {"fentanilo", "armas"});
  EXPECT_EQ(out["version"], 1);
  EXPECT_EQ(out["query"], "fentanilo armas");
  ASSERT_TRUE(out["results"].is_array());
  ASSERT_FALSE(out["results"].empty());
  int expected_rank = 1;
  double previous_score = 1e9;
  for (const auto& hit : out["results"]) {
    EXPECT_EQ(hit["rank"], expected_rank++);
    for (const char* key : {"id", "path", "title", "snippet"})
      EXPECT_TRUE(hit[key].is_string()) << key;
    EXPECT_TRUE(hit["date"].is_string() || hit["date"].is_null());
    EXPECT_TRUE(hit["score"].is_number());
    EXPECT_LE(hit["score"].get<double>(), previous_score) << "results not ranked by score";
    previous_score = hit["score"].get<double>();
    for (const char* key : {"speakers", "actors", "topics"})
      EXPECT_TRUE(hit[key].is_array()) << key;
    EXPECT_TRUE(std::filesystem::exists(hit["path"].get<std::string>()));
  }
  for (const char* facet : {"date", "speaker", "topic", "actor"})
    EXPECT_TRUE(out["facets"][facet].is_array()) << facet;
}

TEST_F(IndexSearch, DatesAreStoredAndCounted) {
  nlohmann::json out = search_json(db(), {"fentanilo"});
  std::map<std::string, nlohmann::json> dates, sources;
  for (const auto& hit : out["results"]) {
    dates[hit["id"]] = hit["date"];
    sources[hit["id"]] = hit["date_source"];
  }
  // Header dates, and dates read from the text for the other three.
  EXPECT_EQ(dates["000_cb0d0d3e700154b1.txt"], "2026-01-12");
  EXPECT_EQ(sources["000_cb0d0d3e700154b1.txt"], "header");
  EXPECT_EQ(dates["001_4d1c72fe2da7e519.txt"], "2026-01-16");
  EXPECT_EQ(dates["002_784ec795567202d7.txt"], "2026-01-11");
  EXPECT_EQ(sources["002_784ec795567202d7.txt"], "text");
  EXPECT_EQ(dates["003_8f34801e5629ecf3.txt"], "2026-01-15");
  EXPECT_EQ(dates["004_2d24295e93382dda.txt"], "2026-01-12");
  // The date facet counts every match, chronologically (counted by hand).
  nlohmann::json expected = nlohmann::json::parse(
      R"([{"value":"2026-01-11","count":1},{"value":"2026-01-12","count":2},)"
      R"({"value":"2026-01-15","count":1},{"value":"2026-01-16","count":1}])");
  EXPECT_EQ(out["facets"]["date"], expected);
}

TEST_F(IndexSearch, SnippetMarksTheMatchedWord) {
  nlohmann::json out = search_json(db(), {"Maduro"});
  const auto& hit = out["results"][0];
  std::string snippet = hit["snippet"];
  EXPECT_NE(snippet.find("Maduro"), std::string::npos);
  ASSERT_FALSE(hit["highlights"].empty());
}

TEST_F(IndexSearch, StemmingMatchesInflections) {
  // "cártel" is only written in the plural in the seeds.
  nlohmann::json out = search_json(db(), {"cártel"});
  EXPECT_GT(out["total"].get<int>(), 0);
}

TEST_F(IndexSearch, LimitAndOffsetPage) {
  nlohmann::json all = search_json(db(), {"fentanilo"});
  nlohmann::json page = search_json(db(), {"--limit", "2", "--offset", "1", "fentanilo"});
  ASSERT_EQ(page["results"].size(), 2u);
  EXPECT_EQ(page["total"], 5);
  EXPECT_EQ(page["results"][0]["id"], all["results"][1]["id"]);
  EXPECT_EQ(page["results"][0]["rank"], 2);
}

TEST_F(IndexSearch, AWordInNoArticleExitsOne) {
  nlohmann::json out = search_json(db(), {"zzxxqqwordless"}, 1);
  EXPECT_EQ(out["total"], 0);
  EXPECT_TRUE(out["results"].empty());
}

TEST_F(IndexSearch, TextOutputListsRankedResults) {
  ProcessResult result = run_search({"--db", db().string(), "--facets", "Maduro"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find(" 1. "), std::string::npos);
  EXPECT_NE(result.out.find("003_8f34801e5629ecf3.txt"), std::string::npos);
  EXPECT_NE(result.out.find("Facetas"), std::string::npos);
  EXPECT_EQ(result.out.find("\x1b["), std::string::npos) << "colour when not on a terminal";
}

TEST_F(IndexSearch, IndexPathFromEnvironment) {
  ProcessOptions options;
  options.env["HEMEROTECA_DB"] = db().string();
  ProcessResult result = run_search({"--json", "Maduro"}, options);
  EXPECT_EQ(result.exit_code, 0) << result.err;
}

TEST_F(IndexSearch, ReindexingReplacesInsteadOfDuplicating) {
  TempDir dir;
  index_corpus(dir / "index");
  index_corpus(dir / "index");
  nlohmann::json out = search_json(dir / "index", {"fentanilo"});
  EXPECT_EQ(out["total"], 5);
}

TEST(Binaries, MissingIndexHasItsOwnExitCode) {
  TempDir dir;
  ProcessResult result = run_search({"--db", (dir / "nothing-here").string(), "fentanilo"});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.err.find("no index at"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("hemeroteca-index"), std::string::npos) << "no hint: " << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(Binaries, UnreadableIndexIsReportedNotCrashed) {
  TempDir dir;
  dir.write("index/garbage", "not a xapian database");
  ProcessResult result = run_search({"--db", (dir / "index").string(), "fentanilo"});
  EXPECT_EQ(result.exit_code, 3) << result.err;
  EXPECT_EQ(result.signal, 0);
}

TEST(Binaries, HelpAndVersion) {
  for (auto* run : {&run_index, &run_search}) {
    ProcessResult help = (*run)({"--help"}, {});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("--db"), std::string::npos);
    ProcessResult version = (*run)({"--version"}, {});
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_NE(version.out.find("hemeroteca"), std::string::npos);
  }
}

TEST(Binaries, UsageErrorsExitTwo) {
  EXPECT_EQ(run_index({}).exit_code, 2);
  EXPECT_EQ(run_index({"--no-such-option", "x"}).exit_code, 2);
  TempDir dir;
  EXPECT_EQ(run_index({"--db", (dir / "i").string(), (dir / "missing").string()}).exit_code, 2);
  EXPECT_EQ(run_search({"--limit", "many", "x"}).exit_code, 2);
}

TEST(Binaries, EmptyQueryIsAUsageError) {
  TempDir dir;
  index_corpus(dir / "index");
  ProcessResult result = run_search({"--db", (dir / "index").string(), "--json"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("error"), std::string::npos);
}

}  // namespace
}  // namespace hemeroteca::testing
