#include "common/facet_columns.h"

#include <algorithm>
#include <limits>
#include <map>
#include <string_view>
#include <utility>

#include "common/errors.h"

// Byte layout of a block (little-endian):
//   u8  format (2)
//   u8  kind: 0 names, 1 dates
//   u32 n, the number of docids the block covers (from its first)
//   dates: u32 x n, YYYYMMDD or 0
//   names: u8 number width (1 to 4), u8 offset width (2 or 4)
//          offset width x (n + 1): where each article's name numbers start
//          number width x (last offset): each article's names, once each
// A chunk of names: the names joined by U+001F (never part of a name; see
// schema::pack_values). Fixed widths: a block is used where it lies.

namespace hemeroteca {
namespace {

constexpr std::uint8_t kFormat = 2;
constexpr std::uint8_t kNamesKind = 0;
constexpr std::uint8_t kDatesKind = 1;
constexpr char kNameSeparator = '\x1f';
constexpr Xapian::docid kNoBlock = std::numeric_limits<Xapian::docid>::max();

std::string field_key(const schema::Field& field, std::string_view what) {
  std::string key(schema::metadata::kFacetColumns);
  key.append(field.name);
  key.push_back('/');
  key.append(what);
  return key;
}

std::string block_key(const schema::Field& field, Xapian::docid block) {
  return field_key(field, "b" + std::to_string(block));
}

std::string chunk_key(const schema::Field& field, std::uint32_t chunk) {
  return field_key(field, "n" + std::to_string(chunk));
}

void put(std::string& out, std::uint32_t value, int width) {
  for (int i = 0; i < width; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

// The `index`th number of an array of `width`-byte little-endian numbers.
std::uint32_t get(const char* array, std::size_t index, int width) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(array) + index * width;
  std::uint32_t value = bytes[0];
  if (width > 1) value |= std::uint32_t{bytes[1]} << 8;
  if (width > 2) value |= std::uint32_t{bytes[2]} << 16;
  if (width > 3) value |= std::uint32_t{bytes[3]} << 24;
  return value;
}

int width_for(std::uint32_t max_value) {
  int width = 1;
  while (width < 4 && (max_value >> (8 * width)) != 0) ++width;
  return width;
}

std::uint32_t read_count(const Xapian::Database& db, const schema::Field& field) {
  std::string text = db.get_metadata(field_key(field, "count"));
  std::uint32_t count = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return 0;
    count = count * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return count;
}

std::vector<std::string> split_chunk(const std::string& chunk) {
  std::vector<std::string> names;
  for (std::string_view name : schema::unpack_values(chunk)) names.emplace_back(name);
  return names;
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

std::string encode_numbers(const std::vector<std::vector<std::uint32_t>>& numbers) {
  std::vector<std::uint32_t> offsets = {0};
  std::uint32_t largest = 0, total = 0;
  for (const auto& doc : numbers) {
    for (std::uint32_t number : doc) largest = std::max(largest, number);
    total += static_cast<std::uint32_t>(doc.size());
    offsets.push_back(total);
  }
  int number_width = width_for(largest);
  int offset_width = total > 0xFFFF ? 4 : 2;
  std::string out;
  out.push_back(static_cast<char>(kFormat));
  out.push_back(static_cast<char>(kNamesKind));
  put(out, static_cast<std::uint32_t>(numbers.size()), 4);
  out.push_back(static_cast<char>(number_width));
  out.push_back(static_cast<char>(offset_width));
  for (std::uint32_t offset : offsets) put(out, offset, offset_width);
  for (const auto& doc : numbers)
    for (std::uint32_t number : doc) put(out, number, number_width);
  return out;
}

[[noreturn]] void damaged(const std::string& key) {
  throw IndexIncompatibleError("the index's facet data (" + key + ") is damaged",
                               "rebuild the index: hemeroteca-index --rebuild");
}

std::vector<const schema::Field*> name_fields() {
  std::vector<const schema::Field*> fields;
  for (const schema::Field* field : schema::facet_fields())
    if (field != &schema::kDate) fields.push_back(field);
  return fields;
}

}  // namespace

// ---------------------------------------------------------------- writing --

// The numbers given to one field's names, loaded from the index when first
// needed; new names are appended and saved with the next flush.
struct FacetColumnWriter::Dictionary {
  const schema::Field* field;
  bool loaded = false;
  std::unordered_map<std::string, std::uint32_t> numbers;
  std::vector<std::string> names;
  std::uint32_t saved = 0;  // names already in the index

  void load(const Xapian::Database& db) {
    loaded = true;
    saved = read_count(db, *field);
    for (std::uint32_t chunk = 0; chunk * kNamesPerChunk < saved; ++chunk)
      for (std::string& name : split_chunk(db.get_metadata(chunk_key(*field, chunk))))
        add(std::move(name));
    if (names.size() != saved) damaged(field_key(*field, "count"));
  }

  std::uint32_t add(std::string name) {
    auto [found, added] = numbers.try_emplace(name, static_cast<std::uint32_t>(names.size()));
    if (added) names.push_back(std::move(name));
    return found->second;
  }

  void save(Xapian::WritableDatabase& db) {
    if (saved == names.size()) return;
    auto count = static_cast<std::uint32_t>(names.size());
    for (std::uint32_t chunk = saved / kNamesPerChunk; chunk * kNamesPerChunk < count; ++chunk) {
      auto first = names.begin() + chunk * kNamesPerChunk;
      auto last = names.begin() + std::min(count, (chunk + 1) * kNamesPerChunk);
      db.set_metadata(chunk_key(*field, chunk), schema::pack_values(std::vector(first, last)));
    }
    db.set_metadata(field_key(*field, "count"), std::to_string(count));
    saved = count;
  }
};

FacetColumnWriter::FacetColumnWriter() {
  for (const schema::Field* field : name_fields()) {
    auto dictionary = std::make_unique<Dictionary>();
    dictionary->field = field;
    dictionaries_.push_back(std::move(dictionary));
  }
}

FacetColumnWriter::~FacetColumnWriter() = default;

void FacetColumnWriter::flush(Xapian::WritableDatabase& db) {
  for (Xapian::docid block : blocks_) write_block(db, block);
  blocks_.clear();
  for (auto& dictionary : dictionaries_)
    if (dictionary->loaded) dictionary->save(db);
}

void FacetColumnWriter::write_block(Xapian::WritableDatabase& db, Xapian::docid block) {
  Xapian::docid first = block * kFacetBlockSize + 1;
  Xapian::docid last = std::min(first + kFacetBlockSize - 1, db.get_lastdocid());
  for (const schema::Field* field : schema::facet_fields()) {
    std::string key = block_key(*field, block);
    auto values = last < first ? std::vector<std::vector<std::string>>()
                               : read_slot(db, field->slot, first, last - first + 1,
                                           field->has(schema::kMultiValue));
    bool any = std::any_of(values.begin(), values.end(), [](const auto& v) { return !v.empty(); });
    if (!any) {
      db.set_metadata(key, {});  // an empty tag deletes the entry
      continue;
    }
    if (field == &schema::kDate) {
      db.set_metadata(key, encode_dates(values));
      continue;
    }
    Dictionary& dictionary = **std::find_if(dictionaries_.begin(), dictionaries_.end(),
                                            [&](const auto& d) { return d->field == field; });
    if (!dictionary.loaded) dictionary.load(db);
    std::vector<std::vector<std::uint32_t>> numbers(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
      for (std::string& name : values[i]) numbers[i].push_back(dictionary.add(std::move(name)));
    db.set_metadata(key, encode_numbers(numbers));
  }
}

void FacetColumnWriter::rewrite_all(Xapian::WritableDatabase& db) {
  std::string prefix(schema::metadata::kFacetColumns);
  std::vector<std::string> stale;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it)
    stale.push_back(*it);
  for (const std::string& key : stale) db.set_metadata(key, {});
  FacetColumnWriter writer;
  for (auto& dictionary : writer.dictionaries_) dictionary->loaded = true;  // numbered anew
  for (Xapian::docid block = 0; block <= db.get_lastdocid() / kFacetBlockSize; ++block)
    writer.blocks_.insert(block);
  writer.flush(db);
}

// ---------------------------------------------------------------- reading --

// Days are counted in a flat array over the years the index's dates span
// (room for day 31 of every month).
struct FacetColumns::DaySlots {
  DateKey first_year = 0, years = 0;

  explicit DaySlots(const std::vector<Xapian::Database>& shards) {
    constexpr DateKey kMaxYears = 200;  // guards odd dates
    DateKey last = 0;
    for (const Xapian::Database& shard : shards) {
      DateKey low = date_key(shard.get_value_lower_bound(schema::kDate.slot)) / 10000;
      DateKey high = date_key(shard.get_value_upper_bound(schema::kDate.slot)) / 10000;
      if (low == 0 || high == 0) continue;
      first_year = first_year == 0 ? low : std::min(first_year, low);
      last = std::max(last, high);
    }
    if (first_year != 0) years = std::min(last - first_year + 1, kMaxYears);
  }

  std::size_t size() const { return std::size_t{years} * 12 * 31; }
  // The day's counter, or size() when outside.
  std::size_t of(DateKey key) const {
    DateKey year = key / 10000;
    if (year < first_year || year >= first_year + years) return size();
    return ((year - first_year) * 12 + (key / 100 % 100 - 1)) * 31 + (key % 100 - 1);
  }
};

// A block, read where it lies (a one-off search reads every block its
// matches fall in: unpacking them would cost more than counting them).
struct FacetColumns::Block {
  std::string bytes;
  std::string key;  // for messages
  std::uint8_t kind = kNamesKind;
  Xapian::docid size = 0;
  // Names kind: document i has the numbers [offset(i), offset(i + 1)).
  std::uint32_t total = 0;
  int number_width = 1, offset_width = 2;
  const char* offsets = nullptr;
  const char* numbers = nullptr;

  void parse() {
    const char* p = bytes.data();
    std::size_t length = bytes.size();
    if (length < 6 || static_cast<std::uint8_t>(p[0]) != kFormat) damaged(key);
    kind = static_cast<std::uint8_t>(p[1]);
    size = get(p + 2, 0, 4);
    if (size > kFacetBlockSize) damaged(key);
    if (kind == kDatesKind) {
      if (length != 6 + std::size_t{size} * 4) damaged(key);
      return;
    }
    if (kind != kNamesKind || length < 8) damaged(key);
    number_width = p[6];
    offset_width = p[7];
    if (number_width < 1 || number_width > 4 || (offset_width != 2 && offset_width != 4))
      damaged(key);
    offsets = p + 8;
    std::size_t at = 8 + (std::size_t{size} + 1) * offset_width;
    if (at > length) damaged(key);
    numbers = p + at;
    total = get(offsets, size, offset_width);
    if (at + std::size_t{total} * number_width != length) damaged(key);
  }

  DateKey date(Xapian::docid i) const { return get(bytes.data() + 6, i, 4); }

  // Document i's numbers [from, to), checked: a damaged block must not make
  // us read past it.
  std::pair<std::uint32_t, std::uint32_t> entry(Xapian::docid i) const {
    std::uint32_t from = get(offsets, i, offset_width);
    std::uint32_t to = get(offsets, std::size_t{i} + 1, offset_width);
    if (from > to || to > total) damaged(key);
    return {from, to};
  }

  std::uint32_t number(std::uint32_t k) const { return get(numbers, k, number_width); }
};

// One field in one shard: its loaded blocks and names, and the counters of
// a count in progress, by name number.
struct FacetColumns::Shard {
  std::unordered_map<Xapian::docid, std::unique_ptr<Block>> blocks;
  std::pair<Xapian::docid, const Block*> last{kNoBlock, nullptr};  // for date()
  bool counted_names = false;
  std::uint32_t names = 0;  // numbered in this shard
  std::unordered_map<std::uint32_t, std::vector<std::string>> chunks;
  std::vector<Xapian::doccount> counts;
  std::vector<std::uint32_t> touched;

  const std::string& name(const Xapian::Database& db, const schema::Field& field,
                          std::uint32_t number) {
    std::uint32_t chunk = number / kNamesPerChunk;
    auto found = chunks.find(chunk);
    if (found == chunks.end())
      found = chunks.emplace(chunk, split_chunk(db.get_metadata(chunk_key(field, chunk)))).first;
    std::uint32_t index = number % kNamesPerChunk;
    if (index >= found->second.size()) damaged(chunk_key(field, chunk));
    return found->second[index];
  }
};

struct FacetColumns::FieldState {
  const schema::Field* field;
  std::vector<Shard> shards;
  std::vector<Xapian::doccount> day_counts;  // the date field's
};

FacetColumns::FacetColumns(std::vector<Xapian::Database> shards) : shards_(std::move(shards)) {
  for (const schema::Field* field : schema::facet_fields()) {
    auto state = std::make_unique<FieldState>();
    state->field = field;
    state->shards.resize(shards_.size());
    fields_.push_back(std::move(state));
  }
}

FacetColumns::~FacetColumns() = default;

void FacetColumns::clear() {
  for (auto& state : fields_) {
    state->shards.clear();
    state->shards.resize(shards_.size());
  }
  days_.reset();
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
  auto& [last_number, last_block] = fields_[field]->shards[shard].last;
  if (last_number != number) {  // matches come in runs: skip the look-up
    last_block = load(field, shard, number);
    last_number = number;
  }
  return last_block && index < last_block->size ? last_block : nullptr;
}

const FacetColumns::Block* FacetColumns::load(std::size_t field, std::size_t shard,
                                              Xapian::docid number) {
  FieldState& state = *fields_[field];
  auto& loaded = state.shards[shard].blocks;
  auto found = loaded.find(number);
  if (found == loaded.end()) {
    auto fresh = std::make_unique<Block>();
    fresh->key = block_key(*state.field, number);
    fresh->bytes = shards_[shard].get_metadata(fresh->key);
    if (fresh->bytes.empty()) {
      fresh.reset();  // no values in this block
    } else {
      fresh->parse();
    }
    found = loaded.emplace(number, std::move(fresh)).first;
  }
  return found->second.get();
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
  // The block in use, per shard: matches come in runs of one block.
  const std::size_t n = shards_.size();
  std::vector<std::pair<Xapian::docid, const Block*>> current(n, {kNoBlock, nullptr});
  for (Xapian::docid docid : docids) {
    std::size_t shard = n == 1 ? 0 : (docid - 1) % n;
    Xapian::docid local = n == 1 ? docid : static_cast<Xapian::docid>((docid - 1) / n + 1);
    Xapian::docid number = (local - 1) / kFacetBlockSize;
    Xapian::docid index = (local - 1) % kFacetBlockSize;
    auto& [current_number, current_block] = current[shard];
    if (current_number != number) {
      current_block = load(field, shard, number);
      current_number = number;
    }
    if (current_block && index < current_block->size) visit(shard, *current_block, index);
  }
}

std::vector<Facet> FacetColumns::count(std::span<const Xapian::docid> docids,
                                       DateGranularity granularity, std::size_t limit) {
  std::vector<Facet> facets;
  for (std::size_t f = 0; f < fields_.size(); ++f) {
    Facet facet{std::string(fields_[f]->field->name), {}, {}};
    if (fields_[f]->field == &schema::kDate) {
      facet = count_dates(f, docids, granularity);
    } else {
      facet.values = count_names(f, docids, limit);
    }
    facets.push_back(std::move(facet));
  }
  return facets;
}

Facet FacetColumns::count_dates(std::size_t field, std::span<const Xapian::docid> docids,
                                DateGranularity granularity) {
  FieldState& state = *fields_[field];
  if (!days_) days_ = std::make_unique<DaySlots>(shards_);
  const DaySlots& slots = *days_;
  std::vector<Xapian::doccount>& counts = state.day_counts;
  if (counts.size() < slots.size()) counts.assign(slots.size(), 0);
  std::map<DateKey, Xapian::doccount> outside;  // dates beyond the array's years
  std::vector<DateKey> days;
  for_each_entry(field, docids, [&](std::size_t, const Block& b, Xapian::docid i) {
    if (b.kind != kDatesKind) return;
    DateKey key = b.date(i);
    if (key == 0) return;
    std::size_t slot = slots.of(key);
    if (slot == slots.size()) {
      ++outside[key];
    } else if (counts[slot]++ == 0) {
      days.push_back(key);
    }
  });
  for (const auto& [key, n] : outside) days.push_back(key);
  std::sort(days.begin(), days.end());
  std::vector<std::pair<DateKey, Xapian::doccount>> per_day;
  per_day.reserve(days.size());
  for (DateKey day : days) {
    std::size_t slot = slots.of(day);
    per_day.emplace_back(day, slot == slots.size() ? outside[day] : std::exchange(counts[slot], 0));
  }
  return date_facet(per_day, granularity);
}

std::vector<FacetValue> FacetColumns::count_names(std::size_t field,
                                                  std::span<const Xapian::docid> docids,
                                                  std::size_t limit) {
  FieldState& state = *fields_[field];
  const schema::Field& schema_field = *state.field;
  for (std::size_t s = 0; s < shards_.size(); ++s) {
    Shard& shard = state.shards[s];
    if (!shard.counted_names) {
      shard.names = read_count(shards_[s], schema_field);
      shard.counted_names = true;
    }
    if (shard.counts.size() < shard.names) shard.counts.resize(shard.names, 0);
    shard.touched.clear();
  }
  for_each_entry(field, docids, [&](std::size_t s, const Block& b, Xapian::docid i) {
    if (b.kind != kNamesKind) return;
    Shard& shard = state.shards[s];
    auto [from, to] = b.entry(i);
    for (std::uint32_t k = from; k < to; ++k) {
      std::uint32_t number = b.number(k);
      if (number >= shard.names) damaged(b.key);
      if (shard.counts[number]++ == 0) shard.touched.push_back(number);
    }
  });

  // By count, then name (byte order). Names are read only for the values
  // that can make the first `limit` (ties at the cut included).
  struct Candidate {
    Xapian::doccount count;
    std::size_t shard;
    std::uint32_t number;
  };
  std::vector<Candidate> candidates;
  for (std::size_t s = 0; s < shards_.size(); ++s)
    for (std::uint32_t number : state.shards[s].touched)
      candidates.push_back({std::exchange(state.shards[s].counts[number], 0), s, number});
  std::vector<FacetValue> values;
  if (shards_.size() > 1) {
    // The same name has other numbers in other shards: add up by name.
    std::unordered_map<std::string, Xapian::doccount> by_name;
    for (const Candidate& c : candidates)
      by_name[state.shards[c.shard].name(shards_[c.shard], schema_field, c.number)] += c.count;
    for (auto& [name, count] : by_name) values.push_back({name, count});
  } else {
    // The count of the limit-th most frequent value, in linear time; every
    // value counted at least as often is kept (ties at the cut included).
    std::size_t keep = candidates.size();
    if (limit > 0 && keep > limit) {
      auto more_frequent = [](const Candidate& a, const Candidate& b) { return a.count > b.count; };
      std::nth_element(candidates.begin(), candidates.begin() + static_cast<long>(limit - 1),
                       candidates.end(), more_frequent);
      Xapian::doccount cut = candidates[limit - 1].count;
      keep = static_cast<std::size_t>(
          std::partition(candidates.begin(), candidates.end(),
                         [cut](const Candidate& c) { return c.count >= cut; }) -
          candidates.begin());
    }
    for (std::size_t k = 0; k < keep; ++k)
      values.push_back({state.shards[0].name(shards_[0], schema_field, candidates[k].number),
                        candidates[k].count});
  }
  keep_most_frequent(values, limit);
  return values;
}

}  // namespace hemeroteca
