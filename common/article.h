// An article as the indexer builds it and the searcher shows it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

struct Article {
  // Identity.
  std::string key;   // unique key in the index: the absolute file path
  std::string id;    // shown to users: path relative to its corpus folder
  std::string path;  // absolute path of the file ("" when not from a file)

  // From the header (or derived from the text).
  std::string title;
  bool title_in_body = false;  // true when the title is the first sentence
  std::string date;            // "YYYY-MM-DD" or ""
  std::string date_source;     // "header", "text" or "none"
  std::string source;
  std::string url;

  // The decoded text (UTF-8, LF line ends, no BOM); the body starts at
  // body_offset, after the header lines.
  std::string text;
  std::size_t body_offset = 0;

  // Extracted facts (filled by the extractors; may be empty).
  std::vector<std::string> mentioned_dates;
  std::vector<std::string> speakers;
  std::vector<std::string> actors;
  std::vector<std::string> topics;

  // Non-fatal problems met while reading it (shown by the indexer).
  std::vector<std::string> warnings;

  std::string_view body() const { return std::string_view(text).substr(body_offset); }
};

}  // namespace hemeroteca
