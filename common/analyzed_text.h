// A text tokenised once and shared by the indexer and the extractors: its
// tokens, their folded forms, sentences and quotations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis.h"

namespace hemeroteca {

struct AnalyzedText {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<std::string> folded;      // per token: accent- and case-folded form
  std::vector<std::string> terms;       // per token: index term (Analyzer::term)
  std::vector<std::uint32_t> sentence;  // per token: index of its sentence
  std::vector<bool> quoted;             // per token: inside quotation marks
  std::vector<bool> sentence_start;     // per token: first word of its sentence

  std::size_t size() const { return tokens.size(); }

  // The raw text between the end of token `a` and the start of token `b`
  // (a < b); from the start of the text when a == npos.
  std::string_view gap(std::size_t a, std::size_t b) const;
  // The raw text of tokens [first, last].
  std::string_view span(std::size_t first, std::size_t last) const;
  // The sentence holding token `t`, as raw text (trimmed).
  std::string_view sentence_text(std::size_t t) const;

  // Index of the next non-overlay token after `t`, or size().
  std::size_t next_word(std::size_t t) const;
  // Index of the previous non-overlay token before `t`, or npos.
  std::size_t previous_word(std::size_t t) const;
  // True when the folded words from token `t` on are `words` (overlay tokens
  // skipped); `end` receives the index after the last one.
  bool matches_at(std::size_t t, const std::vector<std::string>& words, std::size_t& end) const;
};

AnalyzedText analyze_text(std::string_view text, Analyzer& analyzer);

// True when `gap`, the text between tokens `before` and `after`, ends a
// sentence.
bool ends_sentence(std::string_view gap, const Token& before, const Token& after);

}  // namespace hemeroteca
