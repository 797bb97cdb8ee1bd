// Facets: counts of the values of the date, speaker, topic and actor fields
// over a whole match (counted by facet_columns.h).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

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

// "20260112" / "202601" / "2026" -> "2026-01-12" / "2026-01" / "2026".
std::string format_date_bucket(std::string_view bucket);

}  // namespace hemeroteca
