#include "common/analysis.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace hemeroteca {
namespace {

// Stem cache bound: the vocabulary of a large corpus fits; a hostile input of
// endless distinct words does not grow it without limit.
constexpr std::size_t kMaxCachedStems = 1 << 20;

bool is_word_char(UChar32 c) {
  if (c < 0x80)
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  // Letters, digits, and combining marks (a decomposed accent stays inside
  // its word).
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool all_digits(std::string_view text) {
  for (char c : text)
    if (c < '0' || c > '9')
      return false;
  return !text.empty();
}

bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80)
      return false;
  return true;
}

}  // namespace

std::string normalize_word(std::string_view word) {
  if (is_ascii(word)) {
    std::string out(word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z')
        c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString normalized = U_SUCCESS(status) ? nfc->normalize(text, status) : text;
  if (U_FAILURE(status))
    normalized = text;
  normalized.foldCase();
  // Case folding can leave a sequence that is no longer NFC (rare: e.g. a
  // capital with a combining mark); normalise once more.
  status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfc->normalize(normalized, status);
  std::string out;
  (U_SUCCESS(status) ? folded : normalized).toUTF8String(out);
  return out;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int32_t word_start = -1;
  auto finish_word = [&](int32_t end) {
    if (word_start < 0)
      return;
    std::string_view raw = text.substr(word_start, end - word_start);
    if (raw.size() <= kMaxTokenBytes) {
      Token token;
      token.form = normalize_word(raw);
      token.start = static_cast<std::size_t>(word_start);
      token.end = static_cast<std::size_t>(end);
      token.kind = all_digits(token.form) ? TokenKind::kNumber : TokenKind::kWord;
      tokens.push_back(std::move(token));
    }
    word_start = -1;
  };
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && is_word_char(c)) {
      // A combining mark cannot start a word.
      if (word_start < 0 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0)
        continue;
      if (word_start < 0)
        word_start = start;
    } else {
      finish_word(start);
    }
  }
  finish_word(length);
  return tokens;
}

Analyzer::Analyzer() : stemmer_("spanish") {}

const std::string& Analyzer::term(const std::string& form) {
  auto found = stems_.find(form);
  if (found != stems_.end())
    return found->second;
  if (stems_.size() >= kMaxCachedStems)
    stems_.clear();
  std::string stem = all_digits(form) ? form : stemmer_(form);
  return stems_.emplace(form, std::move(stem)).first->second;
}

std::string Analyzer::settings() {
  return "stemmer=spanish;case=fold;norm=nfc;tokenizer=1";
}

}  // namespace hemeroteca
