// Aliases: several ways of writing one thing ("EE. UU." = "Estados Unidos"),
// loaded from data/aliases.toml and matched on token sequences, so that the
// indexer can add one term for every form and the query parser can search
// that term for any form.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/tokenizer.h"

namespace hemeroteca {

struct AliasEntry {
  std::string canonical;         // display name: "Estados Unidos"
  std::string key;               // folded words: "estados unidos" (the term's value)
  std::size_t longest_form = 1;  // words in its longest form
};

// One occurrence of an alias form in a token sequence: tokens
// [first, last] (indexes into the vector given to find()).
struct AliasMatch {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t entry = 0;
};

// How the case of a form's words constrains the text's words.
enum class CaseRule {
  kAcronyms,     // a word written in capitals ("SRE") matches only capitals
  kCapitalized,  // also: a capitalised word ("Rubio") matches only a
                 // capitalised word (not "rubio", blond)
};

class AliasTable {
 public:
  explicit AliasTable(CaseRule rule = CaseRule::kAcronyms) : rule_(rule) {}

  // Adds an entry and returns its index; `forms` are other writings of
  // `canonical`, which is a form too unless `canonical_is_form` is false.
  std::size_t add(std::string_view canonical, const std::vector<std::string>& forms,
                  bool canonical_is_form = true);

  // Parses the TOML text of an aliases file ([[alias]] canonical, forms).
  // Throws DataFileError naming `source` on malformed input.
  void load_toml(std::string_view text, std::string_view source);

  // Occurrences of forms in `tokens` (overlay tokens are skipped), longest
  // match first, not overlapping. `folded[i]` is the accent-folded form of
  // tokens[i].
  // `ignore_case`: case rules off (for what people type in queries).
  std::vector<AliasMatch> find(const std::vector<Token>& tokens,
                               const std::vector<std::string>& folded,
                               bool ignore_case = false) const;

  const AliasEntry& entry(std::size_t index) const { return entries_[index]; }
  std::size_t size() const { return entries_.size(); }
  // Most words in any form of `entry` (bounds the gap an alias adds inside
  // a phrase).
  std::size_t longest_form(std::size_t entry) const { return entries_[entry].longest_form; }
  // The first words (folded) of the forms of the entry with key `key`, and
  // the most words in any of them; none for an unknown key.
  struct Openings {
    std::vector<std::string> first_words;
    std::size_t longest_form = 0;
  };
  const Openings& openings(const std::string& key) const;

 private:
  struct Form {
    std::vector<std::string> words;  // folded
    std::vector<bool> needs_upper;
    std::vector<bool> needs_capital;
    std::size_t entry;
  };
  void add_form(std::string_view text, std::size_t entry);

  CaseRule rule_;
  std::vector<AliasEntry> entries_;
  std::vector<Form> forms_;
  // First word -> forms starting with it, longest first.
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
  std::unordered_map<std::string, Openings> openings_;  // by entry key
};

}  // namespace hemeroteca
