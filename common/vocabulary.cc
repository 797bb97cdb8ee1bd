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

void Vocabulary::add(const std::string& folded, std::string_view surface) {
  ++spelling_[folded];
  ++surfaces_[std::string(surface)];
}

void Vocabulary::merge(const Vocabulary& other) {
  for (const auto& [word, count] : other.spelling_) spelling_[word] += count;
  for (const auto& [surface, count] : other.surfaces_) surfaces_[surface] += count;
}

void Vocabulary::flush_spelling(Xapian::WritableDatabase& db) {
  for (const auto& [word, count] : spelling_) db.add_spelling(word, count);
  spelling_.clear();
}

namespace {

// "SHEINBAUM" (a transcript's speaker label, a headline) is how a word is
// shouted, not how it is written: used only when it is the only way seen.
bool all_capitals(std::string_view surface) {
  return letter_case(surface).all_capitals();
}

}  // namespace

void Vocabulary::write_display_forms(Xapian::WritableDatabase& db, Analyzer& analyzer) const {
  struct Best {
    std::string surface;
    std::uint32_t count = 0;
    bool capitals = true;
  };
  std::unordered_map<std::string, Best> best;
  for (const auto& [surface, count] : surfaces_) {
    std::string folded = analyzer.folded(normalize_word(surface));
    Best& current = best[folded];
    bool capitals = all_capitals(surface);
    // Prefer: not all capitals, then the most frequent, then (on a tie) the
    // greater byte string: lower case sorts after upper case, so a word
    // capitalised at the start of a sentence loses.
    auto rank = [](bool caps, std::uint32_t n, const std::string& s) {
      return std::make_tuple(!caps, n, std::string_view(s));
    };
    if (current.count == 0 ||
        rank(capitals, count, surface) > rank(current.capitals, current.count, current.surface))
      current = {surface, count, capitals};
  }
  for (const auto& [folded, choice] : best)
    if (choice.surface != folded) db.set_metadata(display_form_key(folded), choice.surface);
}

}  // namespace hemeroteca
