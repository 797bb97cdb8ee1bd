#include "common/facets.h"

#include <algorithm>

namespace hemeroteca {

void FacetSpy::count(std::string value) {
  if (prefix_bytes_ > 0 && value.size() > prefix_bytes_) value.resize(prefix_bytes_);
  ++counts_[std::move(value)];
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  std::string value = doc.get_value(slot_);
  if (value.empty()) return;
  if (!multi_value_) return count(std::move(value));
  std::vector<std::string_view> names = schema::unpack_values(value);
  // An article naming someone twice still counts once.
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (std::string_view name : names) count(std::string(name));
}

std::size_t date_prefix_bytes(DateGranularity granularity) {
  switch (granularity) {
    case DateGranularity::kDay:
      return 8;
    case DateGranularity::kMonth:
      return 6;
    case DateGranularity::kYear:
      return 4;
  }
  return 8;
}

std::string format_date_bucket(std::string_view bucket) {
  std::string out(bucket.substr(0, 4));
  for (std::size_t part = 4; part + 2 <= bucket.size() && part <= 6; part += 2) {
    out.push_back('-');
    out.append(bucket.substr(part, 2));
  }
  return out;
}

std::vector<FacetValue> top_values(const std::map<std::string, Xapian::doccount>& counts,
                                   std::size_t limit) {
  std::vector<FacetValue> values;
  values.reserve(counts.size());
  for (const auto& [value, count] : counts) values.push_back({value, count});
  std::stable_sort(values.begin(), values.end(),
                   [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  if (limit > 0 && values.size() > limit) values.resize(limit);
  return values;
}

}  // namespace hemeroteca
