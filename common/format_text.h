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

}  // namespace hemeroteca
