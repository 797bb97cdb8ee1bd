// Extraction end to end: what hemeroteca-index stores and hemeroteca-search
// shows, and hemeroteca-index --explain.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <memory>

#include "tests/e2e/e2e_support.h"

namespace hemeroteca::testing {
namespace {

bool has(const nlohmann::json& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

TEST(Extraction, StoredAndShownInResults) {
  TempDir dir;
  index_corpus(dir / "index");
  nlohmann::json out = search_json(dir / "index", {"id:003_8f34801e5629ecf3.txt"});
  ASSERT_EQ(out["results"].size(), 1u);
  const auto& hit = out["results"][0];
  EXPECT_EQ(hit["date"], "2026-01-15");
  EXPECT_EQ(hit["date_source"], "text");
  EXPECT_TRUE(has(hit["speakers"], "Tommy Pigott"));
  EXPECT_TRUE(has(hit["speakers"], "Claudia Sheinbaum"));
  EXPECT_TRUE(has(hit["actors"], "Nicolás Maduro"));
  EXPECT_TRUE(has(hit["topics"], "fentanilo y drogas"));
  EXPECT_TRUE(has(hit["mentioned_dates"], "2026-01-23"));
}

TEST(Extraction, FiltersOnExtractedFields) {
  TempDir dir;
  index_corpus(dir / "index");
  EXPECT_EQ(result_ids(search_json(dir / "index", {"speaker:\"Tommy Pigott\""})),
            std::set<std::string>{"003_8f34801e5629ecf3.txt"});
  EXPECT_EQ(result_ids(search_json(dir / "index", {"mentions:2026-01-23"})),
            (std::set<std::string>{"001_4d1c72fe2da7e519.txt", "003_8f34801e5629ecf3.txt"}));
  EXPECT_EQ(search_json(dir / "index", {"date_source:header"})["total"], 2);
  EXPECT_EQ(search_json(dir / "index", {"topic:\"fentanilo y drogas\""})["total"], 5);
}

TEST(Extraction, ExplainShowsItemsAndEvidence) {
  ProcessResult result =
      run_index({"--explain", (corpus_dir() / "002_784ec795567202d7.txt").string(), "--json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  nlohmann::json out = nlohmann::json::parse(result.out);
  EXPECT_EQ(out["date"], "2026-01-11");
  EXPECT_NE(out["date_evidence"].get<std::string>().find("11 de enero de 2026"), std::string::npos);
  bool rubio = false;
  for (const auto& speaker : out["speakers"])
    if (speaker["name"] == "Marco Rubio") {
      rubio = true;
      EXPECT_FALSE(speaker["evidence"].get<std::string>().empty());
    }
  EXPECT_TRUE(rubio);
  ASSERT_FALSE(out["topics"].empty());
  EXPECT_TRUE(out["topics"][0]["terms"].is_object());

  ProcessResult text =
      run_index({"--explain", (corpus_dir() / "002_784ec795567202d7.txt").string()});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("declarantes"), std::string::npos);
  EXPECT_NE(text.out.find("porque:"), std::string::npos);
}

TEST(Extraction, ExplainOfAMissingFileIsAUsageError) {
  ProcessResult result = run_index({"--explain", "/nonexistent/file.txt"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("cannot read"), std::string::npos) << result.err;
}

TEST(Extraction, EditingTheTaxonomyChangesTopicsWithoutRebuildingTheCode) {
  TempDir dir;
  std::filesystem::path data = dir / "data";
  std::filesystem::copy(std::filesystem::path(HEMEROTECA_SOURCE_DIR) / "data", data);
  std::filesystem::permissions(data / "topics.toml", std::filesystem::perms::owner_write,
                               std::filesystem::perm_options::add);
  {
    std::ofstream topics(data / "topics.toml", std::ios::app);
    topics << "\n[[topic]]\nname = \"telefonía\"\nterms = [\"llamada telefónica\", "
              "\"conversación telefónica\", \"vía telefónica\"]\n";
  }
  ProcessOptions options;
  options.env["HEMEROTECA_DATA_DIR"] = data.string();
  ProcessResult index =
      run_index({"--db", (dir / "index").string(), corpus_dir().string()}, options);
  ASSERT_EQ(index.exit_code, 0) << index.err;
  ProcessResult search =
      run_search({"--db", (dir / "index").string(), "--json", "topic:telefonía"}, options);
  EXPECT_EQ(search.exit_code, 0) << search.err;
}

}  // namespace
}  // namespace hemeroteca::testing
