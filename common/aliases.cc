#include "common/aliases.h"

#include <toml++/toml.h>

#include <algorithm>

#include "common/errors.h"
#include "common/text_normalize.h"

namespace hemeroteca {

void AliasTable::add_form(std::string_view text, std::size_t entry) {
  Form form;
  form.entry = entry;
  for (const Token& token : tokenize(text)) {
    if (token.overlay) continue;
    form.words.push_back(fold_accents(token.form));
    form.needs_upper.push_back(token.upper);
    form.needs_capital.push_back(rule_ == CaseRule::kCapitalized && token.capitalized);
  }
  if (form.words.empty()) return;
  // The same form twice (e.g. "EE.UU." and "EEUU" both give "eeuu"): keep
  // the first; a form already naming another entry keeps that entry.
  std::vector<std::size_t>& bucket = by_first_word_[form.words.front()];
  for (std::size_t index : bucket) {
    const Form& existing = forms_[index];
    if (existing.words == form.words && existing.needs_upper == form.needs_upper &&
        existing.needs_capital == form.needs_capital)
      return;
  }
  entries_[entry].longest_form = std::max(entries_[entry].longest_form, form.words.size());
  Openings& openings = openings_[entries_[entry].key];
  if (std::find(openings.first_words.begin(), openings.first_words.end(), form.words.front()) ==
      openings.first_words.end())
    openings.first_words.push_back(form.words.front());
  openings.longest_form = std::max(openings.longest_form, form.words.size());
  forms_.push_back(std::move(form));
  bucket.push_back(forms_.size() - 1);
  std::stable_sort(bucket.begin(), bucket.end(), [&](std::size_t a, std::size_t b) {
    return forms_[a].words.size() > forms_[b].words.size();
  });
}

const AliasTable::Openings& AliasTable::openings(const std::string& key) const {
  static const Openings kNone;
  auto found = openings_.find(key);
  return found == openings_.end() ? kNone : found->second;
}

std::size_t AliasTable::add(std::string_view canonical, const std::vector<std::string>& forms,
                            bool canonical_is_form) {
  std::string key;
  for (const Token& token : tokenize(canonical)) {
    if (token.overlay) continue;
    if (!key.empty()) key.push_back(' ');
    key += fold_accents(token.form);
  }
  entries_.push_back({std::string(canonical), key, 1});
  std::size_t entry = entries_.size() - 1;
  if (canonical_is_form) add_form(canonical, entry);
  for (const std::string& form : forms) add_form(form, entry);
  return entry;
}

void AliasTable::load_toml(std::string_view text, std::string_view source) {
  toml::table table;
  try {
    table = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    throw DataFileError(std::string(source) + ": " + std::string(e.description()));
  }
  const toml::array* entries = table["alias"].as_array();
  if (entries == nullptr) return;
  for (const toml::node& node : *entries) {
    const toml::table* entry = node.as_table();
    auto canonical = entry ? (*entry)["canonical"].value<std::string>() : std::nullopt;
    if (!canonical)
      throw DataFileError(std::string(source) + ": every [[alias]] needs a canonical name");
    std::vector<std::string> forms;
    if (const toml::array* list = (*entry)["forms"].as_array())
      for (const toml::node& form : *list)
        if (auto value = form.value<std::string>()) forms.push_back(*value);
    add(*canonical, forms);
  }
}

std::vector<AliasMatch> AliasTable::find(const std::vector<Token>& tokens,
                                         const std::vector<std::string>& folded,
                                         bool ignore_case) const {
  std::vector<AliasMatch> matches;
  // Positions of the non-overlay tokens: forms are matched on those.
  std::vector<std::size_t> words;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (!tokens[i].overlay) words.push_back(i);
  for (std::size_t w = 0; w < words.size();) {
    auto bucket = by_first_word_.find(folded[words[w]]);
    bool matched = false;
    if (bucket != by_first_word_.end()) {
      for (std::size_t form_index : bucket->second) {
        const Form& form = forms_[form_index];
        if (w + form.words.size() > words.size()) continue;
        bool ok = true;
        for (std::size_t k = 0; ok && k < form.words.size(); ++k) {
          const Token& token = tokens[words[w + k]];
          ok = folded[words[w + k]] == form.words[k] &&
               (ignore_case || ((!form.needs_upper[k] || token.upper) &&
                                (!form.needs_capital[k] || token.capitalized)));
        }
        if (!ok) continue;
        matches.push_back({words[w], words[w + form.words.size() - 1], form.entry});
        w += form.words.size();
        matched = true;
        break;
      }
    }
    if (!matched) ++w;
  }
  return matches;
}

}  // namespace hemeroteca
