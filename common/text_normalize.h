// Normalisation of words: the building blocks of the analysis.
//
//   normalize_word("MÉXICO") == "méxico"   NFC + case folding
//   fold_accents("méxico")   == "mexico"   acute accents and diaeresis
//   fold_accents("año")      == "año"      ... but ñ stays: año != ano
#pragma once

#include <string>
#include <string_view>

namespace hemeroteca {

// NFC normalisation and full case folding of a word.
std::string normalize_word(std::string_view word);

// Removes acute accents and diaereses (á é í ó ú ý ü ï ë ...), keeping every
// other mark: ñ, ç, à stay as they are. Expects NFC input.
std::string fold_accents(std::string_view word);

// True when `text` is pure ASCII (the fast path of both functions).
bool is_ascii(std::string_view text);

// The letters of a word, by case.
struct LetterCase {
  int upper = 0;             // capitals (and title-case letters)
  int lower = 0;             // small letters
  bool first_upper = false;  // the first letter is a capital
  // Two letters or more, all capitals: "SRE", "SHEINBAUM".
  bool all_capitals() const { return upper >= 2 && lower == 0; }
};

LetterCase letter_case(std::string_view word);

}  // namespace hemeroteca
