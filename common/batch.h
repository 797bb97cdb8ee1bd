// Batch mode for scripts: one query per input line, one JSON line per query,
// in order, with the index opened once.
//
// A line is either the query as typed, or a JSON object:
//   {"query": "fentanilo", "speaker": ["rubio"], "from": "2026-01",
//    "to": "2026-02", "actor": ..., "topic": ..., "like": "ID",
//    "limit": 5, "offset": 0, "sort": "-date", "any": false,
//    "facets": true, "date_facet": "month", "facet_limit": 5,
//    "id": "any value"}
// (every key optional; "speaker", "actor", "topic" take a string or a list;
// "id" is echoed back). Blank lines are skipped. A line that cannot be run
// gives an error object {"version", "line", "error", "hint", "exit_code"}
// and the run goes on.
#pragma once

#include <cstddef>
#include <istream>
#include <ostream>

#include "common/search.h"

namespace hemeroteca {

struct BatchSummary {
  std::size_t queries = 0;
  std::size_t errors = 0;
  // Shards left out of the last answered query (--allow-partial).
  std::vector<MissingShard> missing_shards;
};

// `defaults`: the request the command line describes; a line's JSON fields
// override it.
BatchSummary run_batch(Searcher& searcher, const SearchRequest& defaults, std::istream& in,
                       std::ostream& out);

}  // namespace hemeroteca
