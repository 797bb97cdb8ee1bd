#include "common/vocabulary.h"

#include "common/analysis.h"
#include "common/text_normalize.h"

#include <tuple>

namespace hemeroteca {

std::string display_form_key(std::string_view folded) {
  return "hemeroteca.display:" + std::string(folded);
}

std::string display_form(const Xapian::Database& db, const std::string& folded) {
  std::string display = db.get_metadata(display_form_key(folded));
  return display.empty() ? folded : display;
}

std::string display_form(const std::vector<Xapian::Database>& shards, const std::string& folded) {
  for (const Xapian::Database& shard : shards) {
    std::string display = shard.get_metadata(display_form_key(folded));
    if (!display.empty()) return display;
  }
  return folded;
}

Vocabulary::Entry& Vocabulary::entry(std::string_view folded) {
  auto found = words_.find(folded);
  if (found == words_.end()) found = words_.emplace(std::string(folded), Entry{}).first;
  if (found->second.pending == 0) pending_.push_back(&found->first);
  return found->second;
}

void Vocabulary::count_surface(Entry& entry, std::string_view surface, std::uint32_t n) {
  for (auto& [seen, count] : entry.surfaces)
    if (seen == surface) {
      count += n;
      return;
    }
  entry.surfaces.emplace_back(std::string(surface), n);
}

void Vocabulary::add(const std::string& folded, std::string_view surface) {
  Entry& word = entry(folded);
  ++word.pending;
  count_surface(word, surface, 1);
}

void Vocabulary::merge(const Vocabulary& other) {
  for (const auto& [folded, theirs] : other.words_) {
    Entry& word = entry(folded);
    // (an entry is pending from entry(); keep it so even when `theirs`
    // adds no occurrence, which flush handles)
    word.pending += theirs.pending;
    for (const auto& [surface, count] : theirs.surfaces) count_surface(word, surface, count);
  }
}

void Vocabulary::flush_spelling(Xapian::WritableDatabase& db) {
  for (const std::string* folded : pending_) {
    Entry& word = words_.find(*folded)->second;
    if (word.pending > 0) db.add_spelling(*folded, word.pending);
    word.pending = 0;
  }
  pending_.clear();
}

namespace {

// "SHEINBAUM" (a transcript's speaker label, a headline) is how a word is
// shouted, not how it is written: used only when it is the only way seen.
bool all_capitals(std::string_view surface) {
  return letter_case(surface).all_capitals();
}

}  // namespace

void Vocabulary::write_display_forms(Xapian::WritableDatabase& db) const {
  // Prefer: not all capitals, then the most frequent, then (on a tie) the
  // greater byte string: lower case sorts after upper case, so a word
  // capitalised at the start of a sentence loses.
  auto rank = [](const std::pair<std::string, std::uint32_t>& written) {
    return std::make_tuple(!all_capitals(written.first), written.second,
                           std::string_view(written.first));
  };
  for (const auto& [folded, word] : words_) {
    const std::pair<std::string, std::uint32_t>* best = nullptr;
    for (const auto& written : word.surfaces)
      if (best == nullptr || rank(written) > rank(*best)) best = &written;
    if (best != nullptr && best->first != folded)
      db.set_metadata(display_form_key(folded), best->first);
  }
}

}  // namespace hemeroteca
