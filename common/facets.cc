#include "common/facets.h"

#include <algorithm>

namespace hemeroteca {

void FacetSpy::count(std::string_view value) {
  if (prefix_bytes_ > 0 && value.size() > prefix_bytes_) value = value.substr(0, prefix_bytes_);
  auto found = counts_.find(value);
  if (found != counts_.end()) {
    ++found->second;
  } else {
    counts_.emplace(std::string(value), 1);
  }
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  std::string value = doc.get_value(slot_);
  if (value.empty()) return;
  if (!multi_value_) return count(value);
  names_.clear();
  std::string_view rest = value;
  while (!rest.empty()) {
    std::size_t end = rest.find('\x1f');
    names_.push_back(rest.substr(0, end));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  // An article naming someone twice still counts once.
  if (names_.size() > 1) {
    std::sort(names_.begin(), names_.end());
    names_.erase(std::unique(names_.begin(), names_.end()), names_.end());
  }
  for (std::string_view name : names_) count(name);
}

std::map<std::string, Xapian::doccount> FacetSpy::counts() const {
  return {counts_.begin(), counts_.end()};
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
