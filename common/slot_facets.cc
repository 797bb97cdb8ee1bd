#include "common/slot_facets.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

namespace hemeroteca {

SlotFacetCounter::SlotFacetCounter() {
  for (const schema::Field* field : schema::facet_fields())
    spies_.push_back({field, std::make_unique<Xapian::ValueCountMatchSpy>(field->slot)});
}

SlotFacetCounter::~SlotFacetCounter() = default;

void SlotFacetCounter::attach(Xapian::Enquire& enquire) {
  for (const Spy& spy : spies_) enquire.add_matchspy(spy.spy.get());
}

std::vector<Facet> SlotFacetCounter::facets(DateGranularity granularity, std::size_t limit) const {
  std::vector<Facet> facets;
  for (const Spy& spy : spies_) {
    Facet facet{std::string(spy.field->name), {}, {}};
    auto begin = spy.spy->values_begin(), end = spy.spy->values_end();
    if (spy.field == &schema::kDate) {
      std::map<DateKey, Xapian::doccount> days;  // chronological
      for (auto it = begin; it != end; ++it)
        if (DateKey day = date_key(*it)) days[day] += it.get_termfreq();
      facet = date_facet({days.begin(), days.end()}, granularity);
    } else {
      std::unordered_map<std::string, Xapian::doccount> counts;
      for (auto it = begin; it != end; ++it) {
        std::string packed = *it;
        std::vector<std::string_view> names = spy.field->has(schema::kMultiValue)
                                                  ? schema::unpack_values(packed)
                                                  : std::vector<std::string_view>{packed};
        // A name written twice in one article counts once (as in the columns).
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        for (std::string_view name : names)
          if (!name.empty()) counts[std::string(name)] += it.get_termfreq();
      }
      for (auto& [name, count] : counts) facet.values.push_back({name, count});
      keep_most_frequent(facet.values, limit);
    }
    facets.push_back(std::move(facet));
  }
  return facets;
}

}  // namespace hemeroteca
