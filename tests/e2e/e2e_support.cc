#include "tests/e2e/e2e_support.h"

#include <gtest/gtest.h>

namespace hemeroteca::testing {

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

void index_corpus(const std::filesystem::path& db) {
  ProcessResult result = run_index({"--db", db.string(), corpus_dir().string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
}

}  // namespace hemeroteca::testing
