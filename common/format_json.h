// The searcher's JSON output: a stable, versioned API (docs/json-output.md).
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>

#include "common/indexing.h"
#include "common/search.h"

namespace hemeroteca {

// Version of the JSON shape; bumped only for incompatible changes. Adding a
// field is compatible.
inline constexpr int kJsonVersion = 1;

nlohmann::ordered_json search_result_json(const SearchResult& result);

// One result, as in "results" (the lines of --format jsonl).
nlohmann::ordered_json hit_json(const Hit& hit);

nlohmann::ordered_json index_info_json(const IndexInfo& info);

// hemeroteca-index --json: the summary of a run.
nlohmann::ordered_json index_summary_json(const IndexSummary& summary);

// What a batch line that failed gives: {"version", "line", "error", "hint",
// "exit_code"}.
nlohmann::ordered_json error_json(std::size_t line, const std::string& message,
                                  const std::string& hint, int exit_code);

// Writes `json` on one line; invalid UTF-8 in strings is replaced, so the
// output is always valid JSON.
void write_json_line(const nlohmann::ordered_json& json, std::ostream& out);

}  // namespace hemeroteca
