// The words an indexing run saw, for spelling suggestions: folded words with
// their frequencies (Xapian's spelling table) and the way each is most often
// written (so a suggestion is shown with its accents and capitals).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hemeroteca {

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
  void write_display_forms(Xapian::WritableDatabase& db) const;

  // Adds what `other` recorded.
  void merge(const Vocabulary& other);

  std::size_t pending_spelling() const { return pending_.size(); }

 private:
  // One folded word: occurrences not yet in the spelling table, and how
  // often each way of writing it was seen (a few at most).
  struct Entry {
    Xapian::termcount pending = 0;
    std::vector<std::pair<std::string, std::uint32_t>> surfaces;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  Entry& entry(std::string_view folded);
  void count_surface(Entry& entry, std::string_view surface, std::uint32_t n);

  // One look-up per word seen: it is done for every word of every article.
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> words_;
  std::vector<const std::string*> pending_;  // keys of entries with pending > 0
};

// The metadata key holding how `folded` is usually written.
std::string display_form_key(std::string_view folded);

// How `folded` is usually written in `db` ("soberania" -> "soberanía"), or
// `folded` itself.
std::string display_form(const Xapian::Database& db, const std::string& folded);
// The same over the shards of an index: the first shard that wrote the word.
std::string display_form(const std::vector<Xapian::Database>& shards, const std::string& folded);

}  // namespace hemeroteca
