#include "common/snippet.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

namespace hemeroteca {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

struct Hit {
  std::size_t start, end;
  std::string key;
};

// Start of a wanted stem that every form stemming to it begins with: the
// Spanish Snowball stemmer strips suffixes, and its only rewrite (-encia ->
// -ente, as in presencia -> present) changes the stem's last letter.
std::string_view stem_start(std::string_view term) {
  return term.substr(0, term.size() > 1 ? term.size() - 1 : term.size());
}

// A stretch of text [start, end) to tokenize and match.
struct Region {
  std::size_t start, end;
};

// What a query wants marked, prepared once for all the regions of a text.
struct Wanted {
  explicit Wanted(const HighlightTerms& highlight)
      : terms(highlight),
        term_set(highlight.terms.begin(), highlight.terms.end()),
        alias_set(highlight.aliases.begin(), highlight.aliases.end()) {
    for (const std::string& term : highlight.terms) stem_starts.push_back(stem_start(term));
    for (const auto& phrase : highlight.phrases)
      for (const HighlightItem& item : phrase) {
        for (const std::string& term : item.terms) stem_starts.push_back(stem_start(term));
        needs_aliases |= !item.alias.empty();
      }
    needs_aliases |= !highlight.aliases.empty();
  }

  const HighlightTerms& terms;
  std::unordered_set<std::string> term_set;
  std::unordered_set<std::string> alias_set;
  std::vector<std::string_view> stem_starts;
  bool needs_aliases = false;
};

// Finds what a query searched for in a text, through the same analysis.
class Matcher {
 public:
  // Matches the `regions` of `text` (each tokenized on its own; nothing
  // matches across the gap between two).
  Matcher(std::string_view text, const std::vector<Region>& regions, const Wanted& wanted,
          Analyzer& analyzer)
      : wanted_(wanted.terms), prepared_(wanted), analyzer_(analyzer) {
    for (const Region& region : regions) add_region(text, region);
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
      if (prepared_.alias_set.count(key) && !covered_[first]) mark(first, match.last, key);
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
  void add_region(std::string_view text, const Region& region) {
    std::vector<Token> tokens = tokenize(text.substr(region.start, region.end - region.start));
    std::size_t base = tokens_.size();
    if (!tokens.empty()) region_starts_.push_back(base);
    std::vector<std::string> folded;
    for (Token& token : tokens) {
      token.start += region.start;
      token.end += region.start;
      // A token can match only if its folded form begins like one of the
      // wanted stems: most tokens are settled without stemming them.
      const std::string& form = analyzer_.folded(token.form);
      folded.push_back(form);
      bool candidate = std::any_of(
          prepared_.stem_starts.begin(), prepared_.stem_starts.end(),
          [&](std::string_view start) { return std::string_view(form).starts_with(start); });
      token_terms_.push_back(candidate ? analyzer_.term(token) : std::string());
    }
    if (prepared_.needs_aliases)
      for (AliasMatch match : analyzer_.lexicon().aliases().find(tokens, folded)) {
        match.first += base;
        match.last += base;
        alias_at_[match.first] = match;
      }
    std::move(tokens.begin(), tokens.end(), std::back_inserter(tokens_));
    std::move(folded.begin(), folded.end(), std::back_inserter(folded_));
  }

  bool starts_region(std::size_t t) const {
    return std::binary_search(region_starts_.begin(), region_starts_.end(), t);
  }

  // Index just past the phrase when `phrase` occurs at token `t`, else 0.
  std::size_t phrase_end(const std::vector<HighlightItem>& phrase, std::size_t t) const {
    std::size_t first = t;
    for (const HighlightItem& item : phrase) {
      while (t < tokens_.size() && tokens_[t].overlay) ++t;
      if (t >= tokens_.size() || covered_[t] || (t != first && starts_region(t))) return 0;
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
    if (!term.empty() && prepared_.term_set.count(term)) return term;
    for (const std::string& prefix : wanted_.prefixes)
      if (term.starts_with(prefix) || folded_[t].starts_with(prefix)) return prefix;
    return {};
  }

  void mark(std::size_t first, std::size_t last, std::string key) {
    hits_.push_back({tokens_[first].start, tokens_[last].end, std::move(key)});
    for (std::size_t t = first; t <= last; ++t) covered_[t] = true;
  }

  const HighlightTerms& wanted_;
  const Wanted& prepared_;
  Analyzer& analyzer_;
  std::vector<Token> tokens_;
  std::vector<std::string> folded_;
  std::vector<std::string> token_terms_;
  std::map<std::size_t, AliasMatch> alias_at_;  // by first token
  std::vector<bool> covered_;
  std::vector<std::size_t> region_starts_;  // first token of each region
  std::vector<Hit> hits_;
};

// ------------------------------------------------------------- regions --
//
// Tokenizing a whole article for ten results cost more than the search. So
// the text is first cut at white space into chunks, and only the regions
// that may hold a mark are tokenized and matched: a chunk one of whose words
// could open a mark (its folded start is the start of a wanted stem, of a
// phrase's first word or of an alias form), plus the chunks a phrase or an
// alias starting there may reach. No token crosses white space, so the
// marks are those of the whole text.

bool starts_like_a_word(std::string_view term) {
  if (term.empty()) return false;
  auto c = static_cast<unsigned char>(term[0]);
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Folds the start of a word for the pre-check: ASCII lower-cased, Spanish
// accented letters without their acute accent or diaeresis (ñ kept).
// Returns false for any other letter, which the tokenizer then judges.
bool fold_start(std::string_view word, std::size_t max_bytes, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < word.size() && out.size() < max_bytes;) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      if (!is_ascii_alnum(c)) break;
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    if (c != 0xC3 || i + 1 >= word.size()) return false;
    switch (static_cast<unsigned char>(word[i + 1])) {
      case 0x81:
      case 0xA1:
        out.push_back('a');
        break;  // Á á
      case 0x89:
      case 0xA9:
        out.push_back('e');
        break;  // É é
      case 0x8D:
      case 0xAD:
        out.push_back('i');
        break;  // Í í
      case 0x93:
      case 0xB3:
        out.push_back('o');
        break;  // Ó ó
      case 0x9A:
      case 0xBA:
      case 0x9C:
      case 0xBC:
        out.push_back('u');
        break;  // Ú ú Ü ü
      case 0x91:
      case 0xB1:
        out += "\xC3\xB1";
        break;  // Ñ ñ
      default:
        return false;
    }
    i += 2;
  }
  return true;
}

// Bytes that separate words inside a chunk: ASCII other than letters and
// digits, Latin-1 punctuation (¡ ¿ « »), general punctuation (— “ ”).
std::size_t separator_bytes(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return is_ascii_alnum(c) ? 0 : 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xC0) return 2;
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) return 3;
  return 0;
}

class RegionFinder {
 public:
  RegionFinder(const HighlightTerms& wanted, const AliasTable& aliases) {
    for (const std::string& term : wanted.terms) add_start(stem_start(term));
    for (const std::string& prefix : wanted.prefixes) add_start(stem_start(prefix));
    for (const std::string& key : wanted.aliases) add_alias(aliases.openings(key));
    for (const auto& phrase : wanted.phrases) {
      if (phrase.empty()) continue;
      std::size_t words = 0;
      for (const HighlightItem& item : phrase)
        words += item.alias.empty()
                     ? 1
                     : std::max<std::size_t>(1, aliases.openings(item.alias).longest_form);
      reach_ = std::max(reach_, words);
      const HighlightItem& first = phrase.front();
      if (!first.alias.empty()) add_alias(aliases.openings(first.alias));
      for (const std::string& term : first.terms) add_start(stem_start(term));
    }
  }

  // The regions to match, or nullopt when some wanted start is not a word
  // (a handle, a symbol) and the whole text must be matched.
  std::optional<std::vector<Region>> find(std::string_view text) {
    if (!usable_) return std::nullopt;
    std::vector<Region> regions;
    bool previous_included = false;
    std::size_t words_left = 0;  // word-bearing chunks still to include
    for (std::size_t at = 0; at < text.size();) {
      while (at < text.size() && is_space(text[at])) ++at;
      std::size_t end = at;
      while (end < text.size() && !is_space(text[end])) ++end;
      if (end == at) break;
      std::string_view chunk = text.substr(at, end - at);
      bool has_word = false;
      bool opens = may_open(chunk, has_word);
      if (opens) words_left = std::max(words_left, reach_);
      bool included = words_left > 0;
      if (included) {
        if (previous_included) {
          regions.back().end = end;
        } else {
          regions.push_back({at, end});
        }
        if (has_word) --words_left;
      }
      previous_included = included;
      at = end;
    }
    return regions;
  }

 private:
  void add_start(std::string_view start) {
    if (!starts_like_a_word(start)) usable_ = false;
    if (start.empty()) return;
    starts_.push_back(start);
    longest_ = std::max(longest_, start.size());
    wants_numbers_ |= start[0] >= '0' && start[0] <= '9';
  }

  void add_alias(const AliasTable::Openings& openings) {
    if (openings.first_words.empty()) usable_ = false;  // unknown: be safe
    for (const std::string& word : openings.first_words) add_start(word);
    reach_ = std::max(reach_, openings.longest_form);
  }

  // Whether a word of `chunk` may open a mark; `has_word` tells whether it
  // holds a word at all.
  bool may_open(std::string_view chunk, bool& has_word) {
    for (std::size_t i = 0; i < chunk.size();) {
      if (std::size_t skip = separator_bytes(chunk, i)) {
        i += skip;
        continue;
      }
      has_word = true;
      std::size_t word_end = i;
      while (word_end < chunk.size() && separator_bytes(chunk, word_end) == 0) ++word_end;
      // Numbers are written in groups ("3,000"): any group may start one.
      if (chunk[i] >= '0' && chunk[i] <= '9' && wants_numbers_) return true;
      if (!fold_start(chunk.substr(i, word_end - i), longest_, folded_)) return true;
      for (std::string_view start : starts_)
        if (std::string_view(folded_).starts_with(start)) return true;
      i = word_end;
    }
    return false;
  }

  bool usable_ = true;
  std::vector<std::string_view> starts_;
  std::size_t longest_ = 0;
  std::size_t reach_ = 1;  // word-bearing chunks a mark may span
  bool wants_numbers_ = false;
  std::string folded_;  // reused between words
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
  if (wants_anything(terms)) {
    auto regions = RegionFinder(terms, analyzer.lexicon().aliases()).find(text);
    if (!regions) regions = std::vector<Region>{{0, text.size()}};
    Wanted wanted(terms);
    hits = Matcher(text, *regions, wanted, analyzer).hits();
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
