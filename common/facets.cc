#include "common/facets.h"

#include <algorithm>
#include <chrono>

namespace hemeroteca {

DateKey date_key(std::string_view slot_value) {
  if (slot_value.size() != 8) return 0;
  DateKey key = 0;
  for (char c : slot_value) {
    if (c < '0' || c > '9') return 0;
    key = key * 10 + static_cast<DateKey>(c - '0');
  }
  DateKey month = key / 100 % 100, day = key % 100;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? key : 0;
}

std::uint32_t date_bucket(std::uint32_t day, DateGranularity granularity) {
  switch (granularity) {
    case DateGranularity::kAuto:
    case DateGranularity::kDay:
      return day;
    case DateGranularity::kMonth:
      return day / 100;
    case DateGranularity::kYear:
      return day / 10000;
  }
  return day;
}

namespace {

// Spans of the matched dates up to which kAuto counts by day, by month.
constexpr long kAutoDaysUpTo = 92;
constexpr long kAutoMonthsUpTo = 3 * 366;

long days_since_epoch(DateKey key) {
  using namespace std::chrono;
  year_month_day date{year(static_cast<int>(key / 10000)), month(key / 100 % 100), day(key % 100)};
  return sys_days(date).time_since_epoch().count();
}

}  // namespace

std::string_view granularity_name(DateGranularity granularity) {
  switch (granularity) {
    case DateGranularity::kDay:
      return "day";
    case DateGranularity::kMonth:
      return "month";
    case DateGranularity::kYear:
      return "year";
    case DateGranularity::kAuto:
      break;
  }
  return "auto";
}

Facet date_facet(const std::vector<std::pair<DateKey, Xapian::doccount>>& days,
                 DateGranularity granularity) {
  if (granularity == DateGranularity::kAuto) {
    long span = days.empty()
                    ? 0
                    : days_since_epoch(days.back().first) - days_since_epoch(days.front().first);
    granularity = span <= kAutoDaysUpTo     ? DateGranularity::kDay
                  : span <= kAutoMonthsUpTo ? DateGranularity::kMonth
                                            : DateGranularity::kYear;
  }
  Facet facet{"date", {}, std::string(granularity_name(granularity))};
  std::uint32_t last_bucket = 0;
  for (const auto& [day, count] : days) {
    std::uint32_t bucket = date_bucket(day, granularity);
    if (!facet.values.empty() && bucket == last_bucket) {
      facet.values.back().count += count;
    } else {
      last_bucket = bucket;
      facet.values.push_back({std::to_string(bucket), count});
    }
  }
  for (FacetValue& value : facet.values) value.value = format_date_bucket(value.value);
  return facet;
}

void keep_most_frequent(std::vector<FacetValue>& values, std::size_t limit) {
  auto before = [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  };
  std::size_t keep = limit == 0 ? values.size() : std::min(limit, values.size());
  std::partial_sort(values.begin(), values.begin() + static_cast<long>(keep), values.end(), before);
  values.resize(keep);
}

std::string format_date_bucket(std::string_view bucket) {
  std::string out(bucket.substr(0, 4));
  for (std::size_t part = 4; part + 2 <= bucket.size() && part <= 6; part += 2) {
    out.push_back('-');
    out.append(bucket.substr(part, 2));
  }
  return out;
}

}  // namespace hemeroteca
