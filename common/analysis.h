// Text analysis: the one path from text to index terms, used identically by
// the indexer (documents), the query parser (queries) and the snippets.
//
//   text --tokenize()--> tokens (NFC, case folded; byte offsets kept)
//        --Analyzer::term()--> index term
//
// Index term of a word = fold_accents(snowball_spanish(word with accents)):
// the stemmer sees the accents it needs (cooperación -> cooper), the term
// has none. A query word is looked up through every accent the user may
// have left out (see query_terms()), so "cooperacion" and "cooperación"
// search exactly the same terms. Numbers, symbols, handles and hashtags are
// not stemmed.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/lexicon.h"
#include "common/tokenizer.h"

namespace hemeroteca {

// Folding and stemming of the words. Keeps caches, so one Analyzer per
// thread; the Lexicon it reads is shared.
class Analyzer {
 public:
  Analyzer();  // with Lexicon::shared()
  explicit Analyzer(std::shared_ptr<const Lexicon> lexicon);

  // The index term of a token.
  const std::string& term(const Token& token);
  // The index term of a word's normalised form.
  const std::string& term(const std::string& form);
  // The accent-folded form of a normalised word ("soberanía" -> "soberania").
  const std::string& folded(const std::string& form);

  // Both at once (one look-up): the folded form and the index term of a
  // token.
  struct Forms {
    const std::string& folded;
    const std::string& term;
  };
  Forms forms(const Token& token);

  // The index terms a query word must find, whatever accents it was typed
  // with: the terms of every accentuation of its folded form (one acute
  // accent on any vowel, ü after g), sorted, without duplicates. The typed
  // form's own term is always among them.
  const std::vector<std::string>& query_terms(const Token& token);

  bool is_stopword(const std::string& form) { return lexicon_->is_stopword(folded(form)); }
  const Lexicon& lexicon() const { return *lexicon_; }

  // The analysis settings, stored in the index: the searcher refuses an
  // index analysed with other settings.
  std::string settings() const;

 private:
  // A cached word; stemmed only when its term is asked for (snippets fold
  // every word of an article but stem few).
  struct Word {
    std::string folded;
    std::string term;
    bool stemmed = false;
  };
  Word& word(const std::string& form);
  const std::string& term_of(const std::string& form, Word& word);
  std::string stem(const std::string& form);

  std::shared_ptr<const Lexicon> lexicon_;
  Xapian::Stem stemmer_;
  std::unordered_map<std::string, Word> words_;
  std::unordered_map<std::string, std::vector<std::string>> query_terms_;
};

// Every spelling of `folded` (a folded word) with one acute accent on one
// vowel, and with ü for u in "güe"/"güi", including `folded` itself.
std::vector<std::string> accent_candidates(const std::string& folded);

}  // namespace hemeroteca
