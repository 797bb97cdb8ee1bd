// Facets: counts of the values of the date, speaker, topic and actor fields
// over a whole match (counted by facet_columns.h).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

// kAuto picks by the span of the matched dates: days up to three months,
// months up to three years, else years.
enum class DateGranularity { kAuto, kDay, kMonth, kYear };

struct FacetValue {
  std::string value;
  Xapian::doccount count = 0;
};

struct Facet {
  std::string name;  // the schema field's name: "date", "speaker" ...
  std::vector<FacetValue> values;
  std::string granularity;  // the date facet's buckets: "day", "month" or "year"
};

// A date as a number: 20260112 for 2026-01-12, 0 for none.
using DateKey = std::uint32_t;

// The date slot's value "20260112" as a number; 0 when it is not a date.
DateKey date_key(std::string_view slot_value);

// The bucket of day 20260112: itself, 202601 or 2026 (kAuto: itself).
std::uint32_t date_bucket(std::uint32_t day, DateGranularity granularity);

// Counts by day, in chronological order, as the date facet: buckets of
// `granularity` (kAuto resolved by the span of the days), formatted.
Facet date_facet(const std::vector<std::pair<DateKey, Xapian::doccount>>& days,
                 DateGranularity granularity);

// "day", "month", "year" (kAuto: "auto").
std::string_view granularity_name(DateGranularity granularity);

// Orders name facet values by count, then value (byte order), and keeps the
// first `limit` (0: all).
void keep_most_frequent(std::vector<FacetValue>& values, std::size_t limit);

// "20260112" / "202601" / "2026" -> "2026-01-12" / "2026-01" / "2026".
std::string format_date_bucket(std::string_view bucket);

}  // namespace hemeroteca
