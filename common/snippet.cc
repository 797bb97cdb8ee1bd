#include "common/snippet.h"

#include <algorithm>
#include <unordered_set>

namespace hemeroteca {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

class Matcher {
 public:
  Matcher(const HighlightTerms& terms, Analyzer& analyzer)
      : terms_(terms.terms.begin(), terms.terms.end()),
        prefixes_(terms.prefixes),
        analyzer_(analyzer) {}

  // Index of the query term `token` matches (for counting distinct terms),
  // or empty when it matches none.
  std::string match(const Token& token) {
    const std::string& term = analyzer_.term(token.form);
    if (terms_.count(term))
      return term;
    for (const std::string& prefix : prefixes_)
      if (token.form.starts_with(prefix) || term.starts_with(prefix))
        return prefix;
    return {};
  }

  bool empty() const { return terms_.empty() && prefixes_.empty(); }

 private:
  std::unordered_set<std::string> terms_;
  const std::vector<std::string>& prefixes_;
  Analyzer& analyzer_;
};

struct Hit {
  std::size_t start, end;
  std::string key;
};

// The window of hits, at most `max_bytes` long, with the most distinct terms
// (then the most hits); returns [first, last] indexes into `hits`.
std::pair<std::size_t, std::size_t> best_window(const std::vector<Hit>& hits,
                                                std::size_t max_bytes) {
  std::pair<std::size_t, std::size_t> best{0, 0};
  std::size_t best_distinct = 0, best_count = 0;
  for (std::size_t first = 0; first < hits.size(); ++first) {
    std::unordered_set<std::string_view> distinct;
    std::size_t last = first;
    for (std::size_t i = first; i < hits.size() && hits[i].end - hits[first].start <= max_bytes;
         ++i) {
      distinct.insert(hits[i].key);
      last = i;
    }
    std::size_t count = last - first + 1;
    if (distinct.size() > best_distinct ||
        (distinct.size() == best_distinct && count > best_count)) {
      best = {first, last};
      best_distinct = distinct.size();
      best_count = count;
    }
  }
  return best;
}

// Moves `pos` back to the start of the word it falls in.
std::size_t word_start(std::string_view text, std::size_t pos) {
  while (pos > 0 && text[pos - 1] != ' ' && text[pos - 1] != '\n' && text[pos - 1] != '\t')
    --pos;
  return pos;
}

std::size_t word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] != ' ' && text[pos] != '\n' && text[pos] != '\t')
    ++pos;
  return pos;
}

// Appends `text` with every run of white space (line breaks included) made
// one space: a snippet is one line.
void append_collapsed(std::string& out, std::string_view text) {
  bool in_space = !out.empty() && out.back() == ' ';
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (space) {
      if (!in_space)
        out.push_back(' ');
    } else {
      out.push_back(c);
    }
    in_space = space;
  }
}

}  // namespace

Snippet make_snippet(std::string_view text, const HighlightTerms& terms, Analyzer& analyzer,
                     std::size_t max_bytes) {
  std::vector<Hit> hits;
  Matcher matcher(terms, analyzer);
  if (!matcher.empty()) {
    for (const Token& token : tokenize(text)) {
      std::string key = matcher.match(token);
      if (!key.empty())
        hits.push_back({token.start, token.end, std::move(key)});
    }
  }

  // The passage: around the best window of hits, or the start of the text.
  std::size_t start = 0;
  std::size_t end = std::min(text.size(), max_bytes);
  if (!hits.empty()) {
    auto [first, last] = best_window(hits, max_bytes);
    std::size_t span = hits[last].end - hits[first].start;
    std::size_t context = (max_bytes - std::min(span, max_bytes)) / 2;
    start = hits[first].start > context ? hits[first].start - context : 0;
    end = std::min(text.size(), start + max_bytes);
    if (end == text.size())
      start = end > max_bytes ? end - max_bytes : 0;
  }
  while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
    ++start;
  if (start > 0)
    start = word_start(text, start);
  if (end < text.size()) {
    std::size_t cut = word_start(text, end);
    end = cut > start ? cut : word_end(text, end);
  }
  std::string_view passage = text.substr(start, end - start);
  while (!passage.empty() && (passage.front() == ' ' || passage.front() == '\n')) {
    passage.remove_prefix(1);
    ++start;
  }
  while (!passage.empty() && (passage.back() == ' ' || passage.back() == '\n'))
    passage.remove_suffix(1);

  Snippet snippet;
  if (start > 0)
    snippet.text = kEllipsis;
  std::size_t pos = start;
  std::size_t passage_end = start + passage.size();
  for (const Hit& hit : hits) {
    if (hit.start < start || hit.end > passage_end)
      continue;
    append_collapsed(snippet.text, text.substr(pos, hit.start - pos));
    std::size_t mark = snippet.text.size();
    snippet.text += text.substr(hit.start, hit.end - hit.start);
    snippet.highlights.emplace_back(mark, snippet.text.size());
    pos = hit.end;
  }
  append_collapsed(snippet.text, text.substr(pos, passage_end - pos));
  if (passage_end < text.size())
    snippet.text += kEllipsis;
  return snippet;
}

}  // namespace hemeroteca
