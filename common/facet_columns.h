// Facet columns: the facet fields' values of every article, kept in the
// index metadata in blocks of docids, so that facets over a whole match (and
// date filters) read each matched article's values from memory.
//
// Why not Xapian's value slots alone: reading a slot for one document costs
// a B-tree look-up and a partial chunk decode (~0.7 µs here), four slots per
// match; a query matching 50,000 articles would spend 150 ms on facets. The
// slots stay the source of truth; the columns are derived from them.
//
// Layout, under schema::metadata::kFacetColumns + "<field>/":
//   "b<block>"  block b: docids [b * kFacetBlockSize + 1, (b + 1) * kFacetBlockSize],
//               each article's date, or the numbers of its names
//   "n<chunk>"  the field's names numbered [chunk * kNamesPerChunk, ...)
//   "count"     how many names the field has numbered
// Names are numbered once per index, in the order first met, and never
// renumbered (a rebuild starts afresh), so a block holds small numbers and
// only the names a facet shows are ever read. The indexer rewrites, in the
// same commit, every block in which a document was added, replaced or
// deleted: columns and documents never disagree. See facet_columns.cc for
// the byte layout.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/facets.h"
#include "common/schema.h"

namespace hemeroteca {

inline constexpr Xapian::docid kFacetBlockSize = 1024;
inline constexpr std::uint32_t kNamesPerChunk = 256;

// Index side: remembers the blocks whose documents changed and rewrites them
// from the value slots before a commit.
class FacetColumnWriter {
 public:
  FacetColumnWriter();
  ~FacetColumnWriter();

  void touch(Xapian::docid docid) { blocks_.insert((docid - 1) / kFacetBlockSize); }
  // Writes every touched block into `db` (uncommitted; the caller commits).
  void flush(Xapian::WritableDatabase& db);
  // Writes every block of `db` afresh, with names numbered anew (after a
  // compaction merged shards, whose numbers and docids differ).
  static void rewrite_all(Xapian::WritableDatabase& db);

 private:
  struct Dictionary;
  void write_block(Xapian::WritableDatabase& db, Xapian::docid block);

  std::set<Xapian::docid> blocks_;
  std::vector<std::unique_ptr<Dictionary>> dictionaries_;  // per names field
};

// Search side: facet counts and dates of articles, read from the columns of
// one or more shards (a search over several shards numbers documents
// round-robin, as Xapian does). Loaded blocks are kept: a long-lived
// searcher (batch mode) reads each block once per index revision.
class FacetColumns {
 public:
  // `shards` in the order they were added to the combined database.
  explicit FacetColumns(std::vector<Xapian::Database> shards);
  ~FacetColumns();
  FacetColumns(const FacetColumns&) = delete;
  FacetColumns& operator=(const FacetColumns&) = delete;

  // Forgets every loaded block (the index changed).
  void clear();

  // The article's date, or 0.
  DateKey date(Xapian::docid docid);

  // Exact facets over `docids` (ascending): every facet field of the schema,
  // in table order; dates chronological by `granularity`, other fields
  // their `limit` most frequent values (0: all) by count, then value.
  std::vector<Facet> count(std::span<const Xapian::docid> docids, DateGranularity granularity,
                           std::size_t limit);

 private:
  struct Block;
  struct Shard;
  struct FieldState;
  struct DaySlots;

  // The block holding `docid`'s entry in `field` (its index there in
  // `index`), or null when it has no values.
  const Block* block(std::size_t field, Xapian::docid docid, Xapian::docid& index);
  // Block `number` of `field` in `shard`, read when first asked for.
  const Block* load(std::size_t field, std::size_t shard, Xapian::docid number);
  template <typename Visit>
  void for_each_entry(std::size_t field, std::span<const Xapian::docid> docids, Visit visit);
  Facet count_dates(std::size_t field, std::span<const Xapian::docid> docids,
                    DateGranularity granularity);
  std::vector<FacetValue> count_names(std::size_t field, std::span<const Xapian::docid> docids,
                                      std::size_t limit);

  std::vector<Xapian::Database> shards_;
  std::vector<std::unique_ptr<FieldState>> fields_;
  std::unique_ptr<DaySlots> days_;  // the years dates are counted over
};

}  // namespace hemeroteca
