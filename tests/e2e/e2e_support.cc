#include "tests/e2e/e2e_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace hemeroteca::testing {

namespace fs = std::filesystem;

ProcessResult run_index(const std::vector<std::string>& args, const ProcessOptions& options) {
  std::vector<std::string> argv{HEMEROTECA_INDEX_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv, options);
}

ProcessResult run_search(const std::vector<std::string>& args, const ProcessOptions& options) {
  std::vector<std::string> argv{HEMEROTECA_SEARCH_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv, options);
}

nlohmann::json search_json(const std::filesystem::path& db, const std::vector<std::string>& args,
                           int expected_exit) {
  std::vector<std::string> full{"--db", db.string(), "--json"};
  full.insert(full.end(), args.begin(), args.end());
  ProcessResult result = run_search(full);
  EXPECT_EQ(result.exit_code, expected_exit) << "stderr: " << result.err;
  nlohmann::json json = nlohmann::json::parse(result.out, nullptr, false);
  EXPECT_TRUE(json.is_object()) << "not a JSON object: " << result.out;
  return json;
}

std::set<std::string> result_ids(const nlohmann::json& output) {
  std::set<std::string> ids;
  if (output.contains("results"))
    for (const auto& hit : output["results"]) ids.insert(hit["id"].get<std::string>());
  return ids;
}

nlohmann::json index_json(const fs::path& db, std::vector<std::string> args, int expected_exit,
                          const ProcessOptions& options) {
  args.insert(args.begin(), {"--db", db.string(), "--json"});
  ProcessResult result = run_index(args, options);
  EXPECT_EQ(result.exit_code, expected_exit) << result.err;
  nlohmann::json json = nlohmann::json::parse(result.out, nullptr, false);
  EXPECT_TRUE(json.is_object()) << result.out << result.err;
  return json;
}

int article_count(const fs::path& db) {
  ProcessResult result = run_search({"--db", db.string(), "--info", "--json"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out)["articles"];
}

std::set<std::string> ids_of(const fs::path& db, const std::string& query) {
  ProcessResult result =
      run_search({"--db", db.string(), "--format", "ids", "--limit", "100000", query});
  std::set<std::string> ids;
  std::istringstream in(result.out);
  for (std::string line; std::getline(in, line);) ids.insert(line);
  return ids;
}

void write(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

void index_corpus(const std::filesystem::path& db) {
  ProcessResult result = run_index({"--db", db.string(), corpus_dir().string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
}

}  // namespace hemeroteca::testing
