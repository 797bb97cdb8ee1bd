// Exact facet counts over the whole match set.
//
// Xapian's ValueCountMatchSpy counts a slot's whole value as one string; our
// actor, speaker and topic slots pack several names (schema::pack_values), so
// FacetSpy unpacks them and counts each name once per article. Dates are
// counted by day, month or year.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/schema.h"

namespace hemeroteca {

enum class DateGranularity { kDay, kMonth, kYear };

struct FacetValue {
  std::string value;
  Xapian::doccount count = 0;
};

struct Facet {
  std::string name;  // the schema field's name: "date", "speaker" ...
  std::vector<FacetValue> values;
};

class FacetSpy : public Xapian::MatchSpy {
 public:
  // `prefix_bytes` > 0 counts only that many leading bytes of each value
  // (dates by month: 6, by year: 4).
  FacetSpy(Xapian::valueno slot, bool multi_value, std::size_t prefix_bytes = 0)
      : slot_(slot), multi_value_(multi_value), prefix_bytes_(prefix_bytes) {}

  void operator()(const Xapian::Document& doc, double weight) override;

  // The counts, by value, in value order.
  std::map<std::string, Xapian::doccount> counts() const;

 private:
  // Looked up by string_view: counting allocates only for a new value.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  void count(std::string_view value);

  Xapian::valueno slot_;
  bool multi_value_;
  std::size_t prefix_bytes_;
  std::unordered_map<std::string, Xapian::doccount, Hash, std::equal_to<>> counts_;
  std::vector<std::string_view> names_;  // reused between documents
};

// Number of bytes of the date slot ("YYYYMMDD") a granularity keeps.
std::size_t date_prefix_bytes(DateGranularity granularity);

// "20260112" / "202601" / "2026" -> "2026-01-12" / "2026-01" / "2026".
std::string format_date_bucket(std::string_view bucket);

// The `limit` most frequent values (0: all), by count then value.
std::vector<FacetValue> top_values(const std::map<std::string, Xapian::doccount>& counts,
                                   std::size_t limit);

}  // namespace hemeroteca
