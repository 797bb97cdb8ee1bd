#include "common/analyzed_text.h"

#include <algorithm>

namespace hemeroteca {
namespace {

constexpr std::string_view kOpeningQuotes[] = {"\xE2\x80\x9C", "\xC2\xAB"};  // “ «
constexpr std::string_view kClosingQuotes[] = {"\xE2\x80\x9D", "\xC2\xBB"};  // ” »
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Quotation state across a gap of text: returns the new state.
bool walk_quotes(std::string_view gap, bool quoted) {
  for (std::size_t i = 0; i < gap.size(); ++i) {
    if (gap[i] == '"') {
      quoted = !quoted;
      continue;
    }
    if (gap.compare(i, 2, "\n\n") == 0) quoted = false;  // a paragraph closes any quote
    for (std::string_view q : kOpeningQuotes)
      if (gap.compare(i, q.size(), q) == 0) quoted = true;
    for (std::string_view q : kClosingQuotes)
      if (gap.compare(i, q.size(), q) == 0) quoted = false;
  }
  return quoted;
}

}  // namespace

bool ends_sentence(std::string_view gap, const Token& before, const Token& after) {
  if (gap.find('\n') != std::string_view::npos) return true;
  if (gap.find('!') != std::string_view::npos || gap.find('?') != std::string_view::npos)
    return true;
  if (gap.find(kEllipsis) != std::string_view::npos && gap.find(' ') != std::string_view::npos)
    return true;
  std::size_t period = gap.find('.');
  if (period == std::string_view::npos) return false;
  // A period before a small letter is an abbreviation's ("EE. UU. pidió");
  // so is one after one or two capitals ("D. C.", "Sr. Pérez").
  if (!after.capitalized && after.kind == TokenKind::kWord) return false;
  // Not "visas H-2A. La secretaria": a code's last part, with a digit.
  if (period == 0 && before.capitalized && before.end - before.start <= 2 &&
      before.kind == TokenKind::kWord &&
      std::none_of(before.form.begin(), before.form.end(),
                   [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  // A period must be followed by white space (or a quote and white space).
  return std::any_of(gap.begin() + static_cast<long>(period), gap.end(), is_space);
}

AnalyzedText analyze_text(std::string_view text, Analyzer& analyzer) {
  AnalyzedText out;
  out.text = text;
  out.tokens = tokenize(text);
  std::size_t n = out.tokens.size();
  out.folded.reserve(n);
  out.terms.reserve(n);
  out.sentence.assign(n, 0);
  out.quoted.assign(n, false);
  out.sentence_start.assign(n, false);
  std::uint32_t sentence = 0;
  bool quoted = false;
  std::size_t previous = std::string_view::npos;
  for (std::size_t t = 0; t < n; ++t) {
    const Token& token = out.tokens[t];
    Analyzer::Forms forms = analyzer.forms(token);
    out.folded.push_back(forms.folded);
    out.terms.push_back(forms.term);
    if (token.overlay) {
      out.sentence[t] = sentence;
      out.quoted[t] = quoted;
      continue;
    }
    std::string_view gap = out.gap(previous, t);
    bool starts =
        previous == std::string_view::npos || ends_sentence(gap, out.tokens[previous], token);
    if (starts && previous != std::string_view::npos) ++sentence;
    quoted = walk_quotes(gap, quoted);
    // After an opening quote or a colon, a capital is a sentence start too.
    bool opens =
        gap.find(':') != std::string_view::npos ||
        std::any_of(std::begin(kOpeningQuotes), std::end(kOpeningQuotes),
                    [&](std::string_view q) { return gap.find(q) != std::string_view::npos; });
    out.sentence[t] = sentence;
    out.quoted[t] = quoted;
    out.sentence_start[t] = starts || opens;
    previous = t;
  }
  return out;
}

std::string_view AnalyzedText::gap(std::size_t a, std::size_t b) const {
  std::size_t start = a == std::string_view::npos ? 0 : tokens[a].end;
  std::size_t end = b < tokens.size() ? tokens[b].start : text.size();
  if (end < start) return {};
  return text.substr(start, end - start);
}

std::string_view AnalyzedText::span(std::size_t first, std::size_t last) const {
  return text.substr(tokens[first].start, tokens[last].end - tokens[first].start);
}

std::string_view AnalyzedText::sentence_text(std::size_t t) const {
  std::size_t first = t, last = t;
  while (first > 0 && sentence[first - 1] == sentence[t]) --first;
  while (last + 1 < tokens.size() && sentence[last + 1] == sentence[t]) ++last;
  std::size_t start = tokens[first].start;
  std::size_t end = tokens[last].end;
  // Include the closing punctuation and quotes.
  while (end < text.size() && text[end] != '\n' && !is_space(text[end])) ++end;
  // ... and an opening quote before the first word.
  while (start > 0 && !is_space(text[start - 1]) && text[start - 1] != '\n') --start;
  return text.substr(start, end - start);
}

std::size_t AnalyzedText::next_word(std::size_t t) const {
  std::size_t next = t + 1;
  while (next < tokens.size() && tokens[next].overlay) ++next;
  return next;
}

std::size_t AnalyzedText::previous_word(std::size_t t) const {
  while (t > 0) {
    --t;
    if (!tokens[t].overlay) return t;
  }
  return std::string_view::npos;
}

bool AnalyzedText::matches_at(std::size_t t, const std::vector<std::string>& words,
                              std::size_t& end) const {
  for (const std::string& word : words) {
    while (t < tokens.size() && tokens[t].overlay) ++t;
    if (t >= tokens.size() || folded[t] != word) return false;
    ++t;
  }
  end = t;
  return true;
}

}  // namespace hemeroteca
