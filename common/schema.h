// The index schema: every field, its Xapian term prefix and its value slot,
// defined once and used by the indexer (to write) and the searcher (to read
// and to configure its query parser).
//
// Rules that keep old indexes readable:
//  * value slots are explicit numbers, never derived from the order of the
//    table; a slot number is never reused for another meaning;
//  * a change to what is written bumps kSchemaVersion, which the searcher
//    checks when it opens an index.
//
// Term layout (prefixes follow Xapian's conventions, docs/termprefixes.rst):
//   Q<key>            unique key of an article: its absolute path
//                     (see unique_term())
//   XID<id>           the article's id (path relative to its corpus folder)
//   <stem>            body and title words, with positions
//   S<stem>           title words, with positions
//   XDS<source>       where the date came from: header | text | none
//   XMD<YYYYMMDD>     every date the article mentions
//   XSP<key>          speakers, XA<key> actors, XT<key> topics
//   XSRC<key>         the article's source (from the "source:" header)
//   XAL<key>          an alias (data/aliases.toml), at the position of each
//                     of its forms in the body, e.g. "XALestados unidos"
// Values:
//   0  date, "YYYYMMDD" (sorts as a string)
//   1  actors, 2 speakers, 3 topics: display names packed by pack_values()
//   4  sort key: "YYYYMMDD <unique key>" (" <unique key>" when undated)
//   10 file signature used by incremental indexing
#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca::schema {

// Bumped whenever the meaning of a term prefix, a value slot or the stored
// document data changes, or how terms are weighted (6: the lead's boost).
inline constexpr int kSchemaVersion = 6;

inline constexpr Xapian::valueno kNoSlot = Xapian::BAD_VALUENO;

enum FieldFlag : unsigned {
  kFreeText = 1u << 0,    // analysed words; searchable as `field:word`
  kBoolean = 1u << 1,     // exact-match filter terms `field:value`
  kFacet = 1u << 2,       // counted in facets (needs a value slot)
  kMultiValue = 1u << 3,  // several values per article, packed in the slot
  kSortable = 1u << 4,    // usable with --sort
  kDateRange = 1u << 5,   // accepts date ranges `field:A..B`
  kInternal = 1u << 6,    // written by the indexer, not a query field
  kExactValue = 1u << 7,  // boolean value used as typed (ids, paths), not
                          // normalised like names
};

struct Field {
  std::string_view name;    // as typed in queries: `speaker:rubio`
  std::string_view prefix;  // Xapian term prefix; "" for the default text
  Xapian::valueno slot;     // value slot, or kNoSlot
  unsigned flags;
  std::string_view description;
  std::string_view example;

  constexpr bool has(FieldFlag flag) const { return (flags & flag) != 0; }
  constexpr bool has_slot() const { return slot != kNoSlot; }
};

inline constexpr Field kPath{"path",
                             "Q",
                             kNoSlot,
                             kBoolean | kExactValue,
                             "the article's file, as an absolute path (its unique key)",
                             "path:/home/ana/corpus/000_cb0d0d3e700154b1.txt"};
inline constexpr Field kId{"id",
                           "XID",
                           kNoSlot,
                           kBoolean | kExactValue,
                           "the article's id: its path relative to the corpus folder",
                           "id:000_cb0d0d3e700154b1.txt"};
inline constexpr Field kBody{
    "body", "", kNoSlot, kFreeText, "the article text (searched by default)", "fentanilo"};
inline constexpr Field kTitle{"title",          "S", kNoSlot, kFreeText, "words of the title",
                              "title:soberanía"};
inline constexpr Field kDate{"date",
                             "",
                             0,
                             kFacet | kSortable | kDateRange,
                             "publication date: a day, a month, a year or a range",
                             "date:2026-01-10..2026-01-15"};
inline constexpr Field kDateSource{
    "date_source",       "XDS", kNoSlot, kBoolean, "where the date came from: header, text or none",
    "date_source:header"};
inline constexpr Field kMentions{
    "mentions",           "XMD", kNoSlot, kBoolean | kDateRange, "a date the article mentions",
    "mentions:2026-01-23"};
inline constexpr Field kActor{"actor",
                              "XA",
                              1,
                              kBoolean | kFacet | kMultiValue,
                              "a person or institution the article mentions",
                              "actor:sheinbaum"};
inline constexpr Field kSpeaker{"speaker",
                                "XSP",
                                2,
                                kBoolean | kFacet | kMultiValue,
                                "a person or institution quoted in the article",
                                "speaker:\"Marco Rubio\""};
inline constexpr Field kTopic{
    "topic",          "XT", 3, kBoolean | kFacet | kMultiValue, "a topic from the taxonomy",
    "topic:fentanilo"};
inline constexpr Field kSource{
    "source",        "XSRC", kNoSlot, kBoolean, "the publication, from the source: header",
    "source:milenio"};
inline constexpr Field kAlias{
    "alias", "XAL", kNoSlot, kInternal, "an alias entry, indexed wherever any of its forms occurs",
    ""};
inline constexpr Field kSignature{
    "signature", "", 10, kInternal, "file size, modification time and content hash", ""};

// Results are sorted on this, not on the date alone, so that articles of
// equal date (or equal score) come in the same order whatever their docids:
// a sharded index numbers documents differently from one database.
inline constexpr Field kSortKey{
    "sort_key", "", 4, kInternal, "the date, a space and the unique key (a total order)", ""};

inline constexpr std::array<const Field*, 14> kFields = {
    &kPath,  &kId,      &kBody,  &kTitle,  &kDate,  &kDateSource, &kMentions,
    &kActor, &kSpeaker, &kTopic, &kSource, &kAlias, &kSignature,  &kSortKey,
};

namespace detail {
constexpr bool prefixes_unique() {
  for (std::size_t i = 0; i < kFields.size(); ++i)
    for (std::size_t j = i + 1; j < kFields.size(); ++j)
      if (!kFields[i]->prefix.empty() && kFields[i]->prefix == kFields[j]->prefix) return false;
  return true;
}
constexpr bool slots_unique() {
  for (std::size_t i = 0; i < kFields.size(); ++i)
    for (std::size_t j = i + 1; j < kFields.size(); ++j)
      if (kFields[i]->has_slot() && kFields[i]->slot == kFields[j]->slot) return false;
  return true;
}
constexpr bool names_unique() {
  for (std::size_t i = 0; i < kFields.size(); ++i)
    for (std::size_t j = i + 1; j < kFields.size(); ++j)
      if (kFields[i]->name == kFields[j]->name) return false;
  return true;
}
constexpr bool facets_have_slots() {
  for (const Field* f : kFields)
    if (f->has(kFacet) && !f->has_slot()) return false;
  return true;
}
}  // namespace detail

static_assert(detail::prefixes_unique(), "two fields share a term prefix");
static_assert(detail::slots_unique(), "two fields share a value slot");
static_assert(detail::names_unique(), "two fields share a name");
static_assert(detail::facets_have_slots(), "a facet field needs a value slot");

// The field called `name` (as typed in a query), or nullptr. Internal fields
// are not found.
const Field* find_query_field(std::string_view name);

// Names of the fields a query may use, in table order.
std::vector<std::string_view> query_field_names();

// The fields counted as facets, in table order.
std::vector<const Field*> facet_fields();

// `prefix + value`, e.g. term(kSpeaker, "marco rubio") == "XSPmarco rubio".
std::string term(const Field& field, std::string_view value);

// The unique-key term for an article. Keys longer than Xapian's term limit
// are shortened and made unique with a hash of the whole key.
std::string unique_term(std::string_view key);

// Several values in one slot: joined by U+001F (unit separator), which never
// occurs in a display name (the extractors strip control characters).
std::string pack_values(std::span<const std::string> values);
std::vector<std::string_view> unpack_values(std::string_view packed);

// "2026-01-12" -> "20260112" (the date slot's sortable form) and back.
std::string date_to_slot(std::string_view iso_date);
std::string slot_to_date(std::string_view slot_value);

// Keys of the index metadata written by the indexer.
namespace metadata {
inline constexpr std::string_view kSchemaVersion = "hemeroteca.schema_version";
inline constexpr std::string_view kAnalysis = "hemeroteca.analysis";
// Fingerprint of the extractors' data files the documents were built with.
inline constexpr std::string_view kExtraction = "hemeroteca.extraction";
inline constexpr std::string_view kLastUpdate = "hemeroteca.last_update";
inline constexpr std::string_view kFolders = "hemeroteca.folders";
// Prefix of the facet columns' blocks: "<prefix><field>/<block>" (see
// facet_columns.h).
inline constexpr std::string_view kFacetColumns = "hemeroteca.facets/";
// In each shard of a sharded index: "<shard>/<shards>" ("0/4"); absent in
// an index of one database.
inline constexpr std::string_view kShard = "hemeroteca.shard";
}  // namespace metadata

}  // namespace hemeroteca::schema
