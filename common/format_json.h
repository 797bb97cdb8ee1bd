// The searcher's JSON output: a stable, versioned API (docs/json-output.md).
#pragma once

#include <ostream>
#include <string>

#include "common/indexing.h"
#include "common/json_writer.h"
#include "common/search.h"

namespace hemeroteca {

// Version of the JSON shape; bumped only for incompatible changes. Adding a
// field is compatible.
inline constexpr int kJsonVersion = 1;

// The members of a search result, written into the object `json` has open
// (batch mode adds its own after them).
void write_search_result_members(JsonWriter& json, const SearchResult& result);
std::string search_result_json(const SearchResult& result);

// One result, as in "results" (the lines of --format jsonl).
void write_hit(JsonWriter& json, const Hit& hit);
std::string hit_json(const Hit& hit);

std::string index_info_json(const IndexInfo& info);

// hemeroteca-index --json: the summary of a run.
std::string index_summary_json(const IndexSummary& summary);

// What a batch line that failed gives: {"version", "line", "error", "hint",
// "exit_code"}.
std::string error_json(std::size_t line, const std::string& message, const std::string& hint,
                       int exit_code);

// Writes one JSON text and a line break.
void write_json_line(const std::string& json, std::ostream& out);

}  // namespace hemeroteca
