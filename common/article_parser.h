// The input format: one article per UTF-8 text file, with an optional header.
//
//   [white space] date YYYY-MM-DD [body on the same line...]
//   title: ...
//   source: ...
//   url: ...
//
// Header lines may come in any order, only at the start of the file; the
// first line that is not a header starts the body. The `date` header may be
// followed by the body on the same line (as in the seed articles).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/article.h"

namespace hemeroteca {

struct ArticleHeader {
  std::string date;  // ISO, "" when absent or invalid
  std::string title;
  std::string source;
  std::string url;
  std::size_t body_offset = 0;        // where the body starts in the text
  std::vector<std::string> warnings;  // e.g. an invalid date header
};

ArticleHeader parse_header(std::string_view text);

// The first sentence of `body`, cut at a word boundary when longer than
// `max_bytes` (an ellipsis then marks the cut).
std::string first_sentence(std::string_view body, std::size_t max_bytes = 160);

// Builds an Article from decoded text: header fields, body offset, and the
// title (the header's, else the first sentence).
Article parse_article(std::string text, std::string id);

}  // namespace hemeroteca
