// The words an indexing run saw, for spelling suggestions: folded words with
// their frequencies (Xapian's spelling table) and the way each is most often
// written (so a suggestion is shown with its accents and capitals).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace hemeroteca {

class Analyzer;

// Shortest word offered as a spelling suggestion, in bytes.
inline constexpr std::size_t kMinSpellingBytes = 4;

class Vocabulary {
 public:
  // Records one occurrence of a word: its folded form and its surface form
  // as written (NFC).
  void add(const std::string& folded, std::string_view surface);

  // Adds the folded words and counts to `db`'s spelling table, and forgets
  // them (call before each commit).
  void flush_spelling(Xapian::WritableDatabase& db);

  // Records, in `db`'s metadata, the most frequent way of writing each word
  // seen (when it differs from the folded form).
  void write_display_forms(Xapian::WritableDatabase& db, Analyzer& analyzer) const;

  // Adds what `other` recorded.
  void merge(const Vocabulary& other);

  std::size_t pending_spelling() const { return spelling_.size(); }

 private:
  std::unordered_map<std::string, Xapian::termcount> spelling_;
  std::unordered_map<std::string, std::uint32_t> surfaces_;
};

// The metadata key holding how `folded` is usually written.
std::string display_form_key(std::string_view folded);

// How `folded` is usually written in `db` ("soberania" -> "soberanía"), or
// `folded` itself.
std::string display_form(const Xapian::Database& db, const std::string& folded);

}  // namespace hemeroteca
