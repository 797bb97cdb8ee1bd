// Text analysis: the one path from text to index terms, used identically by
// the indexer (documents) and the searcher (queries, highlighting).
//
//   text --tokenize()--> tokens (byte offsets into the original text,
//                        normalised form: NFC + case folded)
//        --Analyzer::term()--> index term (Spanish Snowball stem)
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hemeroteca {

enum class TokenKind : std::uint8_t {
  kWord,    // letters (and digits mixed in)
  kNumber,  // digits only
};

struct Token {
  std::string form;       // normalised: NFC, case folded
  std::size_t start = 0;  // byte offsets of the token in the analysed text:
  std::size_t end = 0;    // [start, end)
  TokenKind kind = TokenKind::kWord;
};

// Longest token indexed, in bytes: longer "words" (base64, hashes) are
// dropped, as Xapian's TermGenerator does.
inline constexpr std::size_t kMaxTokenBytes = 64;

// Splits `text` into word and number tokens.
std::vector<Token> tokenize(std::string_view text);

// NFC normalisation and case folding of one word.
std::string normalize_word(std::string_view word);

// Turns normalised token forms into index terms. Keeps a cache of stems, so
// one Analyzer per thread.
class Analyzer {
 public:
  Analyzer();

  // The index term for a normalised form.
  const std::string& term(const std::string& form);

  // A description of the analysis settings, stored in the index so that the
  // searcher can refuse an index analysed differently.
  static std::string settings();

 private:
  Xapian::Stem stemmer_;
  std::unordered_map<std::string, std::string> stems_;
};

}  // namespace hemeroteca
