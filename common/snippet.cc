#include "common/snippet.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace hemeroteca {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

struct Hit {
  std::size_t start, end;
  std::string key;
};

// Finds what a query searched for in a text, through the same analysis.
class Matcher {
 public:
  Matcher(std::string_view text, const HighlightTerms& wanted, Analyzer& analyzer)
      : text_(text), wanted_(wanted), analyzer_(analyzer), tokens_(tokenize(text)) {
    terms_.insert(wanted.terms.begin(), wanted.terms.end());
    aliases_.insert(wanted.aliases.begin(), wanted.aliases.end());
    // A token can match only if its folded form begins like one of the
    // wanted stems (Snowball strips suffixes and rewrites at most the last
    // two letters kept, as in presencia → present): most tokens are settled
    // without stemming them.
    std::vector<std::string_view> stems;
    auto add_stem = [&](std::string_view term) {
      std::size_t keep = term.size() > 3 ? term.size() - 2 : std::min<std::size_t>(term.size(), 1);
      stems.push_back(term.substr(0, keep));
    };
    for (const std::string& term : wanted.terms) add_stem(term);
    for (const auto& phrase : wanted.phrases)
      for (const HighlightItem& item : phrase)
        for (const std::string& term : item.terms) add_stem(term);
    for (const Token& token : tokens_) {
      const std::string& folded = analyzer_.folded(token.form);
      folded_.push_back(folded);
      bool candidate = std::any_of(stems.begin(), stems.end(), [&](std::string_view stem) {
        return std::string_view(folded).starts_with(stem);
      });
      token_terms_.push_back(candidate ? analyzer_.term(token) : std::string());
    }
    bool need_aliases = !wanted.aliases.empty();
    for (const auto& phrase : wanted.phrases)
      for (const HighlightItem& item : phrase) need_aliases |= !item.alias.empty();
    if (need_aliases)
      for (const AliasMatch& match : analyzer_.lexicon().aliases().find(tokens_, folded_))
        alias_at_[match.first] = match;
    covered_.assign(tokens_.size(), false);
  }

  // Every marked span, in text order, without overlaps: phrases first, then
  // aliases, then single words and prefixes.
  std::vector<Hit> hits() {
    for (std::size_t p = 0; p < wanted_.phrases.size(); ++p)
      for (std::size_t t = 0; t < tokens_.size(); ++t)
        if (std::size_t end = phrase_end(wanted_.phrases[p], t))
          mark(t, end - 1, "phrase " + std::to_string(p));
    for (const auto& [first, match] : alias_at_) {
      const std::string& key = analyzer_.lexicon().aliases().entry(match.entry).key;
      if (aliases_.count(key) && !covered_[first]) mark(first, match.last, key);
    }
    for (std::size_t t = 0; t < tokens_.size(); ++t) {
      if (covered_[t] || tokens_[t].overlay) continue;
      std::string key = word_key(t);
      if (!key.empty()) mark(t, t, key);
    }
    std::sort(hits_.begin(), hits_.end(),
              [](const Hit& a, const Hit& b) { return a.start < b.start; });
    return std::move(hits_);
  }

 private:
  // Index just past the phrase when `phrase` occurs at token `t`, else 0.
  std::size_t phrase_end(const std::vector<HighlightItem>& phrase, std::size_t t) const {
    for (const HighlightItem& item : phrase) {
      while (t < tokens_.size() && tokens_[t].overlay) ++t;
      if (t >= tokens_.size() || covered_[t]) return 0;
      if (!item.alias.empty()) {
        auto found = alias_at_.find(t);
        if (found == alias_at_.end() ||
            analyzer_.lexicon().aliases().entry(found->second.entry).key != item.alias)
          return 0;
        t = found->second.last + 1;
      } else {
        if (std::find(item.terms.begin(), item.terms.end(), token_terms_[t]) == item.terms.end())
          return 0;
        ++t;
      }
    }
    return t;
  }

  std::string word_key(std::size_t t) const {
    const std::string& term = token_terms_[t];
    if (!term.empty() && terms_.count(term)) return term;
    for (const std::string& prefix : wanted_.prefixes)
      if (term.starts_with(prefix) || folded_[t].starts_with(prefix)) return prefix;
    return {};
  }

  void mark(std::size_t first, std::size_t last, std::string key) {
    hits_.push_back({tokens_[first].start, tokens_[last].end, std::move(key)});
    for (std::size_t t = first; t <= last; ++t) covered_[t] = true;
  }

  std::string_view text_;
  const HighlightTerms& wanted_;
  Analyzer& analyzer_;
  std::vector<Token> tokens_;
  std::vector<std::string> folded_;
  std::vector<std::string> token_terms_;
  std::unordered_set<std::string> terms_;
  std::unordered_set<std::string> aliases_;
  std::map<std::size_t, AliasMatch> alias_at_;  // by first token
  std::vector<bool> covered_;
  std::vector<Hit> hits_;
};

bool wants_anything(const HighlightTerms& wanted) {
  return !wanted.terms.empty() || !wanted.prefixes.empty() || !wanted.aliases.empty() ||
         !wanted.phrases.empty();
}

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
  while (pos > 0 && text[pos - 1] != ' ' && text[pos - 1] != '\n' && text[pos - 1] != '\t') --pos;
  return pos;
}

std::size_t word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] != ' ' && text[pos] != '\n' && text[pos] != '\t') ++pos;
  return pos;
}

// Appends `text` with every run of white space (line breaks included) made
// one space: a snippet is one line.
void append_collapsed(std::string& out, std::string_view text) {
  bool in_space = !out.empty() && out.back() == ' ';
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (space) {
      if (!in_space) out.push_back(' ');
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
  if (wants_anything(terms)) hits = Matcher(text, terms, analyzer).hits();

  // The passage: around the best window of hits, or the start of the text.
  std::size_t start = 0;
  std::size_t end = std::min(text.size(), max_bytes);
  if (!hits.empty()) {
    auto [first, last] = best_window(hits, max_bytes);
    std::size_t span = hits[last].end - hits[first].start;
    std::size_t context = (max_bytes - std::min(span, max_bytes)) / 2;
    start = hits[first].start > context ? hits[first].start - context : 0;
    end = std::min(text.size(), start + max_bytes);
    if (end == text.size()) start = end > max_bytes ? end - max_bytes : 0;
  }
  while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
  if (start > 0) start = word_start(text, start);
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
  if (start > 0) snippet.text = kEllipsis;
  std::size_t pos = start;
  std::size_t passage_end = start + passage.size();
  for (const Hit& hit : hits) {
    if (hit.start < start || hit.end > passage_end) continue;
    append_collapsed(snippet.text, text.substr(pos, hit.start - pos));
    std::size_t mark = snippet.text.size();
    snippet.text += text.substr(hit.start, hit.end - hit.start);
    snippet.highlights.emplace_back(mark, snippet.text.size());
    pos = hit.end;
  }
  append_collapsed(snippet.text, text.substr(pos, passage_end - pos));
  if (passage_end < text.size()) snippet.text += kEllipsis;
  return snippet;
}

}  // namespace hemeroteca
