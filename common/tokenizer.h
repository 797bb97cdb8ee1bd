// Tokenisation fitted to Spanish news.
//
// Words are runs of letters, digits and combining marks. On top of that:
//   3,000 / 3.000 / 300,000   -> one number token "3000", "300000"
//   3,5 / 3.5                 -> one number token "3.5"
//   EE.UU.  D.C.  S.A.        -> one token "eeuu", "dc", "sa"
//   50%                       -> "50" and a symbol token "%" (every "%" is one)
//   @SecRubio  @SRE_mx        -> the words ("secrubio"; "sre", "mx") plus an
//                                overlay token "@secrubio", "@sre_mx"
//   #México                   -> the word plus an overlay "#méxico"
//   narco-terrorismo          -> "narco", "terrorismo" plus an overlay
//                                "narcoterrorismo"
// Curly quotes, guillemets, dashes and other punctuation separate words.
//
// Overlay tokens share the position of the first token of their group, so a
// phrase matches either way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

enum class TokenKind : std::uint8_t {
  kWord,      // letters (digits may be mixed in)
  kNumber,    // digits, normalised separators
  kSymbol,    // "%"
  kHandle,    // overlay: "@secrubio"
  kHashtag,   // overlay: "#méxico"
  kCompound,  // overlay: "narcoterrorismo"
};

struct Token {
  std::string form;            // NFC, case folded; accents kept
  std::size_t start = 0;       // byte offsets in the tokenised text:
  std::size_t end = 0;         // [start, end)
  std::uint32_t position = 0;  // 0-based word position
  TokenKind kind = TokenKind::kWord;
  bool overlay = false;      // shares the position of the previous group's start
  bool upper = false;        // written in capitals (two letters or more): "SRE"
  bool capitalized = false;  // first letter a capital: "Rubio", "SRE"
};

// Longest token indexed, in bytes: longer "words" (base64, hashes) are
// dropped, as Xapian's TermGenerator does.
inline constexpr std::size_t kMaxTokenBytes = 64;

std::vector<Token> tokenize(std::string_view text);

}  // namespace hemeroteca
