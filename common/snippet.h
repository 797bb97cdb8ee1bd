// Snippets: the best passage of a text for a query, with the matched words
// marked. Matching goes through the analysis (a token is marked when its
// index term is one the query searched), so accents and inflections of the
// original text are marked too.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/analysis.h"
#include "common/query_parser.h"

namespace hemeroteca {

struct Snippet {
  std::string text;  // one line: newlines and tabs become spaces
  // Marked words as [start, end) byte offsets into `text`, in order.
  std::vector<std::pair<std::size_t, std::size_t>> highlights;
};

// Default snippet length, in bytes of the passage (ellipses not counted).
inline constexpr std::size_t kSnippetBytes = 240;

Snippet make_snippet(std::string_view text, const HighlightTerms& terms, Analyzer& analyzer,
                     std::size_t max_bytes = kSnippetBytes);

}  // namespace hemeroteca
