#include "common/analysis.h"

#include <algorithm>

#include "common/text_normalize.h"

namespace hemeroteca {
namespace {

// Cache bounds: the vocabulary of a large corpus fits; a hostile input of
// endless distinct words does not grow them without limit.
constexpr std::size_t kMaxCachedWords = 1 << 20;
constexpr std::size_t kMaxCachedQueryWords = 1 << 14;

// Version of the tokenizer's rules; part of the settings stored in an index.
constexpr int kTokenizerVersion = 2;

bool all_digits(const std::string& text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct Accented {
  char plain;
  const char* acute;
};
constexpr Accented kVowels[] = {
    {'a', "\xC3\xA1"}, {'e', "\xC3\xA9"}, {'i', "\xC3\xAD"}, {'o', "\xC3\xB3"}, {'u', "\xC3\xBA"}};
constexpr const char* kUDiaeresis = "\xC3\xBC";

}  // namespace

std::vector<std::string> accent_candidates(const std::string& folded) {
  // Spellings with ü: "pinguino" -> "pingüino" (u between g and e/i).
  std::vector<std::string> bases{folded};
  for (std::size_t i = 1; i + 1 < folded.size(); ++i) {
    if (folded[i] != 'u' || folded[i - 1] != 'g' || (folded[i + 1] != 'e' && folded[i + 1] != 'i'))
      continue;
    std::size_t count = bases.size();
    for (std::size_t b = 0; b < count; ++b) {
      std::string with = bases[b];
      // Offsets shift by one byte per earlier replacement; find the same u.
      std::size_t pos = i + (with.size() - folded.size());
      with.replace(pos, 1, kUDiaeresis);
      bases.push_back(std::move(with));
    }
  }
  std::vector<std::string> candidates;
  for (const std::string& base : bases) {
    candidates.push_back(base);
    for (std::size_t i = 0; i < base.size(); ++i)
      for (const Accented& vowel : kVowels)
        if (base[i] == vowel.plain) {
          std::string with = base;
          with.replace(i, 1, vowel.acute);
          candidates.push_back(std::move(with));
        }
  }
  return candidates;
}

Analyzer::Analyzer() : Analyzer(Lexicon::shared()) {}

Analyzer::Analyzer(std::shared_ptr<const Lexicon> lexicon)
    : lexicon_(std::move(lexicon)), stemmer_("spanish") {}

std::string Analyzer::stem(const std::string& form) {
  if (all_digits(form)) return form;
  return fold_accents(stemmer_(form));
}

Analyzer::Word& Analyzer::word(const std::string& form) {
  auto found = words_.find(form);
  if (found != words_.end()) return found->second;
  if (words_.size() >= kMaxCachedWords) words_.clear();
  return words_.emplace(form, Word{fold_accents(form), {}, false}).first->second;
}

const std::string& Analyzer::term_of(const std::string& form, Word& word) {
  if (!word.stemmed) {
    word.term = stem(form);
    word.stemmed = true;
  }
  return word.term;
}

const std::string& Analyzer::term(const std::string& form) {
  return term_of(form, word(form));
}

const std::string& Analyzer::folded(const std::string& form) {
  return word(form).folded;
}

Analyzer::Forms Analyzer::forms(const Token& token) {
  Word& w = word(token.form);
  bool stemmed = token.kind == TokenKind::kWord || token.kind == TokenKind::kCompound;
  return {w.folded, stemmed ? term_of(token.form, w) : w.folded};
}

const std::string& Analyzer::term(const Token& token) {
  switch (token.kind) {
    case TokenKind::kWord:
    case TokenKind::kCompound:
      return term(token.form);
    case TokenKind::kNumber:
    case TokenKind::kSymbol:
    case TokenKind::kHandle:
    case TokenKind::kHashtag:
      return folded(token.form);
  }
  return folded(token.form);
}

const std::vector<std::string>& Analyzer::query_terms(const Token& token) {
  const std::string& key = folded(token.form);
  auto found = query_terms_.find(key);
  if (found != query_terms_.end()) return found->second;
  if (query_terms_.size() >= kMaxCachedQueryWords) query_terms_.clear();
  std::vector<std::string> terms;
  if (token.kind == TokenKind::kWord || token.kind == TokenKind::kCompound) {
    for (const std::string& candidate : accent_candidates(key)) terms.push_back(stem(candidate));
  } else {
    terms.push_back(term(token));
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return query_terms_.emplace(key, std::move(terms)).first->second;
}

std::string Analyzer::settings() const {
  return "stemmer=spanish;fold=acute,diaeresis;norm=nfc,casefold;tokenizer=" +
         std::to_string(kTokenizerVersion) + ";data=" + lexicon_->fingerprint();
}

}  // namespace hemeroteca
