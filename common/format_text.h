// The searcher's human-readable output.
#pragma once

#include <ostream>

#include "common/search.h"

namespace hemeroteca {

struct TextStyle {
  bool color = false;   // ANSI bold for matches, dim for details
  bool facets = false;  // print the facet block after the results
};

void write_text(const SearchResult& result, const TextStyle& style, std::ostream& out);

// --format paths: the file of each result that still exists, one per line
// (or ended by NUL with `separator` '\0'), as the bytes of its name.
void write_paths(const SearchResult& result, char separator, std::ostream& out);

// --format ids: the id of each result, one per line.
void write_ids(const SearchResult& result, char separator, std::ostream& out);

void write_info_text(const IndexInfo& info, std::ostream& out);

}  // namespace hemeroteca
