#include "common/facet_columns.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <string_view>

#include "common/errors.h"

// Byte layout of a block (little-endian):
//   u8  format (1)
//   u8  kind: 0 names, 1 dates
//   u32 n, the number of docids the block covers (from its first)
//   dates: u32 x n, YYYYMMDD or 0
//   names: u32 m, the block's distinct names
//          u8 name-index width (1, 2 or 4), u8 offset width (2 or 4)
//          u32 x (m + 1) offsets into the name bytes, then the name bytes
//          offset width x (n + 1): where each article's name indexes start
//          name-index width x (last offset): each article's names, once each
// Fixed widths: a block is used where it lies, without decoding.

namespace hemeroteca {
namespace {

constexpr std::uint8_t kFormat = 1;
constexpr std::uint8_t kNamesKind = 0;
constexpr std::uint8_t kDatesKind = 1;
constexpr std::uint32_t kUnmapped = std::numeric_limits<std::uint32_t>::max();

std::string block_key(const schema::Field& field, Xapian::docid block) {
  std::string key(schema::metadata::kFacetColumns);
  key.append(field.name);
  key.push_back('/');
  key.append(std::to_string(block));
  return key;
}

void put(std::string& out, std::uint32_t value, int width) {
  for (int i = 0; i < width; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

// The `index`th number of an array of `width`-byte little-endian numbers.
std::uint32_t get(const char* array, std::size_t index, int width) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(array) + index * width;
  switch (width) {
    case 1:
      return bytes[0];
    case 2:
      return std::uint32_t{bytes[0]} | std::uint32_t{bytes[1]} << 8;
    default:
      return std::uint32_t{bytes[0]} | std::uint32_t{bytes[1]} << 8 |
             std::uint32_t{bytes[2]} << 16 | std::uint32_t{bytes[3]} << 24;
  }
}

int width_for(std::size_t max_value) {
  if (max_value <= 0xFF) return 1;
  if (max_value <= 0xFFFF) return 2;
  return 4;
}

DateKey date_key(std::string_view slot_value) {
  if (slot_value.size() != 8) return 0;
  DateKey key = 0;
  for (char c : slot_value) {
    if (c < '0' || c > '9') return 0;
    key = key * 10 + static_cast<DateKey>(c - '0');
  }
  return key;
}

// The values of one slot for docids [first, first + n), read from its
// value stream (each article's names once, in first-seen order).
std::vector<std::vector<std::string>> read_slot(const Xapian::Database& db, Xapian::valueno slot,
                                                Xapian::docid first, Xapian::docid n,
                                                bool multi_value) {
  std::vector<std::vector<std::string>> values(n);
  auto it = db.valuestream_begin(slot);
  auto end = db.valuestream_end(slot);
  if (it == end) return values;
  it.skip_to(first);
  for (; it != end && it.get_docid() < first + n; ++it) {
    std::string value = *it;
    auto& names = values[it.get_docid() - first];
    if (!multi_value) {
      names.push_back(std::move(value));
      continue;
    }
    for (std::string_view name : schema::unpack_values(value))
      if (std::find(names.begin(), names.end(), name) == names.end()) names.emplace_back(name);
  }
  return values;
}

std::string encode_dates(const std::vector<std::vector<std::string>>& values) {
  std::string out;
  out.push_back(static_cast<char>(kFormat));
  out.push_back(static_cast<char>(kDatesKind));
  put(out, static_cast<std::uint32_t>(values.size()), 4);
  for (const auto& names : values) put(out, names.empty() ? 0 : date_key(names.front()), 4);
  return out;
}

std::string encode_names(const std::vector<std::vector<std::string>>& values) {
  std::vector<std::string_view> table;
  std::unordered_map<std::string_view, std::uint32_t> index_of;
  std::vector<std::uint32_t> indexes, offsets = {0};
  for (const auto& names : values) {
    for (const std::string& name : names) {
      auto [found, added] = index_of.try_emplace(name, static_cast<std::uint32_t>(table.size()));
      if (added) table.push_back(name);
      indexes.push_back(found->second);
    }
    offsets.push_back(static_cast<std::uint32_t>(indexes.size()));
  }
  int index_width = width_for(table.empty() ? 0 : table.size() - 1);
  int offset_width = std::max(2, width_for(indexes.size()));
  std::string out;
  out.push_back(static_cast<char>(kFormat));
  out.push_back(static_cast<char>(kNamesKind));
  put(out, static_cast<std::uint32_t>(values.size()), 4);
  put(out, static_cast<std::uint32_t>(table.size()), 4);
  out.push_back(static_cast<char>(index_width));
  out.push_back(static_cast<char>(offset_width));
  std::uint32_t name_bytes = 0;
  for (std::string_view name : table) {
    put(out, name_bytes, 4);
    name_bytes += static_cast<std::uint32_t>(name.size());
  }
  put(out, name_bytes, 4);
  for (std::string_view name : table) out.append(name);
  for (std::uint32_t offset : offsets) put(out, offset, offset_width);
  for (std::uint32_t index : indexes) put(out, index, index_width);
  return out;
}

void write_block(Xapian::WritableDatabase& db, Xapian::docid block) {
  Xapian::docid first = block * kFacetBlockSize + 1;
  Xapian::docid last = std::min(first + kFacetBlockSize - 1, db.get_lastdocid());
  for (const schema::Field* field : schema::facet_fields()) {
    std::string key = block_key(*field, block);
    if (last < first) {
      db.set_metadata(key, {});  // an empty tag deletes the entry
      continue;
    }
    auto values =
        read_slot(db, field->slot, first, last - first + 1, field->has(schema::kMultiValue));
    bool any = std::any_of(values.begin(), values.end(), [](const auto& v) { return !v.empty(); });
    if (!any) {
      db.set_metadata(key, {});
    } else {
      db.set_metadata(key, field == &schema::kDate ? encode_dates(values) : encode_names(values));
    }
  }
}

[[noreturn]] void damaged(const std::string& key) {
  throw IndexIncompatibleError("the index's facet data (" + key + ") is damaged",
                               "rebuild the index: hemeroteca-index --rebuild");
}

// Days of years [kFirstYear, kFirstYear + kYears) are counted in a flat
// array (room for day 31 of every month); others in a map.
constexpr DateKey kFirstYear = 1900;
constexpr std::size_t kYears = 300;
constexpr std::size_t kDaySlots = kYears * 12 * 31;

std::size_t day_slot(DateKey key) {
  DateKey year = key / 10000;
  if (year < kFirstYear || year >= kFirstYear + kYears) return kDaySlots;
  return ((year - kFirstYear) * 12 + (key / 100 % 100 - 1)) * 31 + (key % 100 - 1);
}

}  // namespace

void FacetColumnWriter::flush(Xapian::WritableDatabase& db) {
  for (Xapian::docid block : blocks_) write_block(db, block);
  blocks_.clear();
}

void FacetColumnWriter::rewrite_all(Xapian::WritableDatabase& db) {
  // Blocks past the last document (left by deletions) go too.
  Xapian::docid blocks = db.get_lastdocid() / kFacetBlockSize + 1;
  std::string prefix(schema::metadata::kFacetColumns);
  std::vector<std::string> stale;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it)
    stale.push_back(*it);
  for (const std::string& key : stale) db.set_metadata(key, {});
  for (Xapian::docid block = 0; block < blocks; ++block) write_block(db, block);
}

// ---------------------------------------------------------------- reading --

struct FacetColumns::Block {
  std::string bytes;
  std::uint8_t kind = kNamesKind;
  Xapian::docid size = 0;
  // Names kind:
  std::uint32_t names = 0;
  int index_width = 1, offset_width = 2;
  const char* name_offsets = nullptr;
  const char* name_bytes = nullptr;
  const char* offsets = nullptr;
  const char* indexes = nullptr;
  // The block's name indexes mapped to the field's counters, when first met.
  mutable std::vector<std::uint32_t> counter_of;

  void parse(const std::string& key) {
    const char* p = bytes.data();
    std::size_t length = bytes.size();
    if (length < 6 || static_cast<std::uint8_t>(p[0]) != kFormat) damaged(key);
    kind = static_cast<std::uint8_t>(p[1]);
    size = get(p + 2, 0, 4);
    if (kind == kDatesKind) {
      if (length != 6 + std::size_t{size} * 4) damaged(key);
      return;
    }
    if (kind != kNamesKind || length < 12) damaged(key);
    names = get(p + 6, 0, 4);
    index_width = p[10];
    offset_width = p[11];
    if ((index_width != 1 && index_width != 2 && index_width != 4) ||
        (offset_width != 2 && offset_width != 4))
      damaged(key);
    std::size_t at = 12;
    name_offsets = p + at;
    at += (std::size_t{names} + 1) * 4;
    if (at > length) damaged(key);
    name_bytes = p + at;
    at += get(name_offsets, names, 4);
    offsets = p + at;
    at += (std::size_t{size} + 1) * offset_width;
    if (at > length) damaged(key);
    indexes = p + at;
    std::size_t total = get(offsets, size, offset_width);
    if (at + total * index_width != length) damaged(key);
    counter_of.assign(names, kUnmapped);
  }

  DateKey date(Xapian::docid i) const { return get(bytes.data() + 6, i, 4); }

  std::string_view name(std::uint32_t index) const {
    std::uint32_t from = get(name_offsets, index, 4);
    std::uint32_t to = get(name_offsets, index + 1, 4);
    return {name_bytes + from, to - from};
  }
};

// One facet field: its loaded blocks (per shard) and its counters, indexed
// by a number given to each distinct name the first time it is met.
struct FacetColumns::FieldState {
  const schema::Field* field;
  std::vector<std::unordered_map<Xapian::docid, std::unique_ptr<Block>>> blocks;  // per shard
  std::vector<std::pair<Xapian::docid, const Block*>> last;                       // per shard
  std::unordered_map<std::string, std::uint32_t> counter_of_name;
  std::vector<std::string> names;
  std::vector<Xapian::doccount> counts;
  std::vector<std::uint32_t> touched;

  std::uint32_t counter(std::string_view name) {
    auto [found, added] =
        counter_of_name.try_emplace(std::string(name), static_cast<std::uint32_t>(names.size()));
    if (added) {
      names.emplace_back(name);
      counts.push_back(0);
    }
    return found->second;
  }
};

FacetColumns::FacetColumns(std::vector<Xapian::Database> shards) : shards_(std::move(shards)) {
  for (const schema::Field* field : schema::facet_fields()) {
    auto state = std::make_unique<FieldState>();
    state->field = field;
    state->blocks.resize(shards_.size());
    state->last.resize(shards_.size(), {0, nullptr});
    fields_.push_back(std::move(state));
  }
}

FacetColumns::~FacetColumns() = default;

void FacetColumns::clear() {
  for (auto& state : fields_) {
    for (auto& shard_blocks : state->blocks) shard_blocks.clear();
    for (auto& last : state->last) last = {0, nullptr};
    state->counter_of_name.clear();
    state->names.clear();
    state->counts.clear();
  }
}

const FacetColumns::Block* FacetColumns::block(std::size_t field, Xapian::docid docid,
                                               Xapian::docid& index) {
  // Xapian interleaves the documents of n shards: docid d is the shard's
  // document (d - 1) / n + 1 in shard (d - 1) % n.
  std::size_t n = shards_.size();
  std::size_t shard = (docid - 1) % n;
  Xapian::docid local = static_cast<Xapian::docid>((docid - 1) / n + 1);
  Xapian::docid number = (local - 1) / kFacetBlockSize;
  index = (local - 1) % kFacetBlockSize;
  FieldState& state = *fields_[field];
  auto& [last_number, last_block] = state.last[shard];
  if (last_block && last_number == number)  // matches come in runs: skip the look-up
    return index < last_block->size ? last_block : nullptr;
  auto& loaded = state.blocks[shard];
  auto found = loaded.find(number);
  if (found == loaded.end()) {
    std::string key = block_key(*state.field, number);
    auto fresh = std::make_unique<Block>();
    fresh->bytes = shards_[shard].get_metadata(key);
    if (fresh->bytes.empty()) {
      fresh.reset();  // no values in this block
    } else {
      fresh->parse(key);
    }
    found = loaded.emplace(number, std::move(fresh)).first;
  }
  const Block* b = found->second.get();
  if (b) state.last[shard] = {number, b};
  return b && index < b->size ? b : nullptr;
}

DateKey FacetColumns::date(Xapian::docid docid) {
  static const std::size_t kDateField = [] {
    auto fields = schema::facet_fields();
    return static_cast<std::size_t>(std::find(fields.begin(), fields.end(), &schema::kDate) -
                                    fields.begin());
  }();
  Xapian::docid index;
  const Block* b = block(kDateField, docid, index);
  return b && b->kind == kDatesKind ? b->date(index) : 0;
}

template <typename Visit>
void FacetColumns::for_each_entry(std::size_t field, std::span<const Xapian::docid> docids,
                                  Visit visit) {
  for (Xapian::docid docid : docids) {
    Xapian::docid index;
    if (const Block* b = block(field, docid, index)) visit(*b, index);
  }
}

std::vector<Facet> FacetColumns::count(std::span<const Xapian::docid> docids,
                                       DateGranularity granularity, std::size_t limit) {
  std::vector<Facet> facets;
  for (std::size_t f = 0; f < fields_.size(); ++f) {
    FieldState& state = *fields_[f];
    Facet facet{std::string(state.field->name), {}};
    if (state.field == &schema::kDate) {
      facet.values = count_dates(f, docids, granularity);
    } else {
      facet.values = count_names(f, docids, limit);
    }
    facets.push_back(std::move(facet));
  }
  return facets;
}

std::vector<FacetValue> FacetColumns::count_dates(std::size_t field,
                                                  std::span<const Xapian::docid> docids,
                                                  DateGranularity granularity) {
  FieldState& state = *fields_[field];
  if (state.counts.size() < kDaySlots) state.counts.assign(kDaySlots, 0);
  std::map<DateKey, Xapian::doccount> outside;  // dates beyond the array's years
  std::vector<DateKey> days;
  for_each_entry(field, docids, [&](const Block& b, Xapian::docid i) {
    if (b.kind != kDatesKind) return;
    DateKey key = b.date(i);
    if (key == 0) return;
    std::size_t slot = day_slot(key);
    if (slot == kDaySlots) {
      ++outside[key];
    } else if (state.counts[slot]++ == 0) {
      days.push_back(key);
    }
  });
  for (const auto& [key, n] : outside) days.push_back(key);
  std::sort(days.begin(), days.end());
  DateKey divisor = granularity == DateGranularity::kDay     ? 1
                    : granularity == DateGranularity::kMonth ? 100
                                                             : 10000;
  std::vector<FacetValue> values;
  DateKey last_bucket = 0;
  for (DateKey day : days) {
    std::size_t slot = day_slot(day);
    Xapian::doccount n = slot == kDaySlots ? outside[day] : std::exchange(state.counts[slot], 0);
    if (!values.empty() && last_bucket == day / divisor) {
      values.back().count += n;
    } else {
      last_bucket = day / divisor;
      values.push_back({std::to_string(last_bucket), n});
    }
  }
  for (FacetValue& value : values) value.value = format_date_bucket(value.value);
  return values;
}

std::vector<FacetValue> FacetColumns::count_names(std::size_t field,
                                                  std::span<const Xapian::docid> docids,
                                                  std::size_t limit) {
  FieldState& state = *fields_[field];
  state.touched.clear();
  for_each_entry(field, docids, [&](const Block& b, Xapian::docid i) {
    if (b.kind != kNamesKind) return;
    std::uint32_t to = get(b.offsets, i + 1, b.offset_width);
    for (std::uint32_t k = get(b.offsets, i, b.offset_width); k < to; ++k) {
      std::uint32_t local = get(b.indexes, k, b.index_width);
      if (local >= b.names) continue;
      std::uint32_t& counter = b.counter_of[local];
      if (counter == kUnmapped) counter = state.counter(b.name(local));
      if (state.counts[counter]++ == 0) state.touched.push_back(counter);
    }
  });
  // By count, then value (byte order), the first `limit`.
  auto before = [&](std::uint32_t a, std::uint32_t b) {
    if (state.counts[a] != state.counts[b]) return state.counts[a] > state.counts[b];
    return state.names[a] < state.names[b];
  };
  std::size_t keep = limit == 0 ? state.touched.size() : std::min(limit, state.touched.size());
  std::partial_sort(state.touched.begin(), state.touched.begin() + static_cast<long>(keep),
                    state.touched.end(), before);
  std::vector<FacetValue> values;
  for (std::size_t k = 0; k < keep; ++k)
    values.push_back({state.names[state.touched[k]], state.counts[state.touched[k]]});
  for (std::uint32_t counter : state.touched) state.counts[counter] = 0;
  return values;
}

}  // namespace hemeroteca
