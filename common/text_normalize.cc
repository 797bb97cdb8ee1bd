#include "common/text_normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <atomic>

#include "common/utf8.h"

namespace hemeroteca {
namespace {

constexpr UChar32 kCombiningAcute = 0x0301;
constexpr UChar32 kCombiningDiaeresis = 0x0308;

// Per-code-point tables below U+0250 (the Latin letters with accents),
// filled from ICU on first use of each code point: a search process looks
// up a handful of letters, and should not pay for all of them at start.
// Entries are atomic because indexing threads share them; a race only
// computes the same value twice.
class LatinTable {
 public:
  explicit LatinTable(UChar32 (*compute)(UChar32)) : compute_(compute) {
    for (auto& entry : table_) entry.store(kUnknown, std::memory_order_relaxed);
  }
  UChar32 operator()(UChar32 c) {
    UChar32 value = table_[static_cast<std::size_t>(c)].load(std::memory_order_relaxed);
    if (value == kUnknown) {
      value = compute_(c);
      table_[static_cast<std::size_t>(c)].store(value, std::memory_order_relaxed);
    }
    return value;
  }

 private:
  static constexpr UChar32 kUnknown = -2;
  UChar32 (*compute_)(UChar32);
  std::array<std::atomic<UChar32>, 0x250> table_;
};

// `cp` without its acute accent or diaeresis, else itself.
UChar32 compute_fold(UChar32 cp) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposition;
  if (U_FAILURE(status) || !nfd->getDecomposition(cp, decomposition)) return cp;
  if (decomposition.length() != 2) return cp;  // one base + one mark only
  UChar32 mark = decomposition.char32At(1);
  return mark == kCombiningAcute || mark == kCombiningDiaeresis ? decomposition.char32At(0) : cp;
}

// The case folding of `cp` when it is one letter that is NFC on its own,
// as `cp` is; else -1.
UChar32 compute_latin_fold(UChar32 cp) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return -1;
  icu::UnicodeString text(cp), folded(cp);
  folded.foldCase();
  UErrorCode check = U_ZERO_ERROR;
  if (folded.countChar32() == 1 && nfc->isNormalized(text, check) &&
      nfc->isNormalized(folded, check) && U_SUCCESS(check))
    return folded.char32At(0);
  return -1;
}

// Accent folding of one code point; returns `c` itself when it has no acute
// accent or diaeresis to drop. Latin letters with accents live below
// U+0250; others are left alone (the analysis is for Spanish; Greek tonos
// and the like are out of scope).
UChar32 fold_code_point(UChar32 c) {
  static LatinTable table(compute_fold);
  return c >= 0 && c < 0x250 ? table(c) : c;
}

// Case folding of Latin letters below U+0250 that are NFC on their own and
// fold to one such letter (á, Á, ñ, Ñ, ü ...), or -1 for the others (ß ...):
// these go through ICU. A word of such letters alone is NFC (a combining
// mark, from U+0300, sends the word through ICU too).
UChar32 fold_latin(UChar32 c) {
  static LatinTable table(compute_latin_fold);
  return c >= 0 && c < 0x250 ? table(c) : -1;
}

// Lower-cases `word` without ICU when every letter allows it.
bool fold_latin_word(std::string_view word, std::string& out) {
  out.clear();
  out.reserve(word.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  int32_t length = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = bytes[i];
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      ++i;
      continue;
    }
    U8_NEXT(bytes, i, length, c);
    UChar32 folded = fold_latin(c);
    if (folded < 0) return false;
    utf8::append(out, static_cast<char32_t>(folded));
  }
  return true;
}

}  // namespace

bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

LetterCase letter_case(std::string_view word) {
  LetterCase counts;
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  int32_t length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  bool first = true;
  while (i < length) {
    UChar32 c = bytes[i];
    bool up, low;
    if (c < 0x80) {  // ASCII: no need to ask ICU
      ++i;
      up = c >= 'A' && c <= 'Z';
      low = c >= 'a' && c <= 'z';
      if (!up && !low) continue;
    } else {
      U8_NEXT(bytes, i, length, c);
      if (c < 0 || !u_isalpha(c)) continue;
      up = u_isupper(c) || u_istitle(c);
      low = u_islower(c);
    }
    if (up) ++counts.upper;
    if (low) ++counts.lower;
    if (first) counts.first_upper = up;
    first = false;
  }
  return counts;
}

std::string normalize_word(std::string_view word) {
  std::string out;
  if (fold_latin_word(word, out)) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  if (U_SUCCESS(status)) text = nfc->normalize(text, status);
  text.foldCase();
  // Case folding can leave a sequence that is no longer NFC (rare: a capital
  // with a combining mark); normalise once more.
  status = U_ZERO_ERROR;
  if (!nfc->isNormalized(text, status) && U_SUCCESS(status)) text = nfc->normalize(text, status);
  out.clear();
  text.toUTF8String(out);
  return out;
}

std::string fold_accents(std::string_view word) {
  if (is_ascii(word)) return std::string(word);
  std::string out;
  out.reserve(word.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  int32_t length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      out.append(word.substr(start, i - start));
    } else if (c == kCombiningAcute || c == kCombiningDiaeresis) {
      continue;  // a decomposed accent left over
    } else {
      utf8::append(out, static_cast<char32_t>(fold_code_point(c)));
    }
  }
  return out;
}

}  // namespace hemeroteca
