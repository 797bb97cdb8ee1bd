// Helpers for end-to-end tests: run the real hemeroteca-index and
// hemeroteca-search binaries and read their JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace hemeroteca::testing {

ProcessResult run_index(const std::vector<std::string>& args, const ProcessOptions& options = {});
ProcessResult run_search(const std::vector<std::string>& args, const ProcessOptions& options = {});

// Runs a search with --json, checks that stdout is one valid JSON object,
// and returns it.
nlohmann::json search_json(const std::filesystem::path& db, const std::vector<std::string>& args,
                           int expected_exit = 0);

// The ids of the results of a JSON search output.
std::set<std::string> result_ids(const nlohmann::json& output);

// Runs the indexer with --db `db` --json `args`; checks its exit code and
// that it printed one JSON object, and returns it.
nlohmann::json index_json(const std::filesystem::path& db, std::vector<std::string> args,
                          int expected_exit = 0, const ProcessOptions& options = {});
// The number of articles of the index (from --info).
int article_count(const std::filesystem::path& db);
// The ids of every article `query` matches.
std::set<std::string> ids_of(const std::filesystem::path& db, const std::string& query);
// Writes `content` to `path`, creating its folder.
void write(const std::filesystem::path& path, const std::string& content);

// Builds an index of the repository's corpus/ into `db`; fails the test
// when the indexer does not exit 0.
void index_corpus(const std::filesystem::path& db);

}  // namespace hemeroteca::testing
