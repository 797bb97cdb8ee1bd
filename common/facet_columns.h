// Facet columns: the facet fields' values of every article, kept in the
// index metadata in blocks of docids, so that facets over a whole match (and
// date filters) read each matched article's values from memory.
//
// Why not Xapian's value slots alone: reading a slot for one document costs
// a B-tree look-up and a partial chunk decode (~0.7 µs here), four slots per
// match; a query matching 50,000 articles would spend 150 ms on facets. The
// slots stay the source of truth; the columns are derived from them.
//
// Layout: metadata key schema::metadata::kFacetColumns + "<field>/<block>",
// block b holding docids [b * kFacetBlockSize + 1, (b + 1) * kFacetBlockSize].
// A block is self-contained (its own table of names), so rewriting one never
// touches another. The indexer rewrites, in the same commit, every block in
// which a document was added, replaced or deleted: columns and documents
// never disagree. See facet_columns.cc for the byte layout.
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

// Index side: remembers the blocks whose documents changed and rewrites them
// from the value slots before a commit.
class FacetColumnWriter {
 public:
  void touch(Xapian::docid docid) { blocks_.insert((docid - 1) / kFacetBlockSize); }
  // Writes every touched block into `db` (uncommitted; the caller commits).
  void flush(Xapian::WritableDatabase& db);
  // Rewrites every block of `db` (after a compaction renumbered documents).
  static void rewrite_all(Xapian::WritableDatabase& db);

 private:
  std::set<Xapian::docid> blocks_;
};

// A date as a number: 20260112 for 2026-01-12, 0 for none.
using DateKey = std::uint32_t;

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
  struct FieldState;
  // The block holding `docid`'s entry in `field` (its index there in
  // `index`), or null when it has no values.
  const Block* block(std::size_t field, Xapian::docid docid, Xapian::docid& index);
  template <typename Visit>
  void for_each_entry(std::size_t field, std::span<const Xapian::docid> docids, Visit visit);
  std::vector<FacetValue> count_dates(std::size_t field, std::span<const Xapian::docid> docids,
                                      DateGranularity granularity);
  std::vector<FacetValue> count_names(std::size_t field, std::span<const Xapian::docid> docids,
                                      std::size_t limit);

  std::vector<Xapian::Database> shards_;
  std::vector<std::unique_ptr<FieldState>> fields_;
};

}  // namespace hemeroteca
