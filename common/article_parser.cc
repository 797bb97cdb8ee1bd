#include "common/article_parser.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/calendar.h"
#include "common/utf8.h"

namespace hemeroteca {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

bool starts_with_ci(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
  return true;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_space(text[pos])) ++pos;
  return pos;
}

// Tries "date[:] YYYY-MM-DD" at `pos`. On success returns the position after
// it, and the date ("" plus a warning when it is not a real day).
bool parse_date_header(std::string_view text, std::size_t& pos, ArticleHeader& header) {
  std::string_view rest = text.substr(pos);
  if (!starts_with_ci(rest, "date")) return false;
  std::size_t i = 4;
  if (i < rest.size() && rest[i] == ':') ++i;
  std::size_t value_start = i;
  while (i < rest.size() && is_blank(rest[i])) ++i;
  if (i == value_start && rest[i - 1] != ':') return false;  // "dated", "datebook"
  std::size_t date_start = i;
  while (i < rest.size() && !is_space(rest[i])) ++i;
  std::string_view value = rest.substr(date_start, i - date_start);
  // Shape check first: "date" followed by anything else is body text.
  bool shaped = value.size() == 10 && value[4] == '-' && value[7] == '-' &&
                std::all_of(value.begin(), value.end(), [](char c) {
                  return c == '-' || std::isdigit(static_cast<unsigned char>(c));
                });
  if (!shaped) return false;
  if (auto date = parse_iso_date(value)) {
    header.date = date->iso();
  } else {
    header.warnings.push_back("ignored invalid date header \"" + std::string(value) + "\"");
  }
  pos += i;
  return true;
}

// Tries "key: value" lines for the text headers.
bool parse_text_header(std::string_view text, std::size_t& pos, ArticleHeader& header) {
  struct Key {
    std::string_view name;
    std::string ArticleHeader::*member;
  };
  static const std::array<Key, 3> kKeys = {Key{"title:", &ArticleHeader::title},
                                           Key{"source:", &ArticleHeader::source},
                                           Key{"url:", &ArticleHeader::url}};
  std::string_view rest = text.substr(pos);
  for (const Key& key : kKeys) {
    if (!starts_with_ci(rest, key.name)) continue;
    std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    header.*key.member = std::string(trim(line.substr(key.name.size())));
    pos += end == std::string_view::npos ? rest.size() : end;
    return true;
  }
  return false;
}

// A period after a short capitalised token ("EE.", "UU.", "D.C.", "Sr.")
// is an abbreviation, not the end of a sentence.
bool ends_abbreviation(std::string_view text, std::size_t period) {
  std::size_t start = period;
  while (start > 0 && !is_space(text[start - 1]) && text[start - 1] != '(') --start;
  std::string_view token = text.substr(start, period - start);
  if (token.empty() || token.size() > 3) return false;
  return std::isupper(static_cast<unsigned char>(token.front())) != 0;
}

// Byte position just after the first sentence end in `text` (or npos).
std::size_t sentence_end(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') return i;
    bool terminal = c == '.' || c == '!' || c == '?';
    std::size_t after = i + 1;
    if (!terminal && text.compare(i, 3, "\xE2\x80\xA6") == 0) {  // U+2026 …
      terminal = true;
      after = i + 3;
    }
    if (!terminal) continue;
    if (after < text.size() && !is_space(text[after])) continue;  // "3.5", "gob.mx"
    if (c == '.' && ends_abbreviation(text, i)) continue;
    return after;
  }
  return std::string_view::npos;
}

}  // namespace

ArticleHeader parse_header(std::string_view text) {
  ArticleHeader header;
  std::size_t pos = skip_spaces(text, 0);
  bool had_date = false;
  while (pos < text.size()) {
    std::size_t line_start = pos;
    if (!had_date && parse_date_header(text, pos, header)) {
      had_date = true;
      // The body may follow on the same line: then the header is over.
      while (pos < text.size() && is_blank(text[pos])) ++pos;
      if (pos < text.size() && text[pos] != '\n' && text[pos] != '\r') break;
    } else if (!parse_text_header(text, pos, header)) {
      pos = line_start;
      break;
    }
    pos = skip_spaces(text, pos);
  }
  header.body_offset = skip_spaces(text, pos);
  return header;
}

std::string first_sentence(std::string_view body, std::size_t max_bytes) {
  body = trim(body);
  std::string_view sentence = trim(body.substr(0, sentence_end(body)));
  if (sentence.size() <= max_bytes) return std::string(sentence);
  std::string_view cut = utf8::truncate(sentence, max_bytes);
  std::size_t space = cut.find_last_of(" \t");
  if (space != std::string_view::npos && space > max_bytes / 2) cut = cut.substr(0, space);
  while (!cut.empty() && (is_space(cut.back()) || cut.back() == ',' || cut.back() == ';'))
    cut.remove_suffix(1);
  return std::string(cut) + "\xE2\x80\xA6";
}

Article parse_article(std::string text, std::string id) {
  ArticleHeader header = parse_header(text);
  Article article;
  article.id = std::move(id);
  article.date = header.date;
  article.date_source = header.date.empty() ? "none" : "header";
  article.source = header.source;
  article.url = header.url;
  article.body_offset = header.body_offset;
  article.warnings = std::move(header.warnings);
  article.text = std::move(text);
  article.title_in_body = header.title.empty();
  article.title = article.title_in_body ? first_sentence(article.body()) : header.title;
  return article;
}

}  // namespace hemeroteca
