// Facets counted by Xapian's matcher, from the value slots, with its stock
// ValueCountMatchSpy: the way that works through Xapian's remote protocol
// (xapian-tcpsrv knows only its own match spies), so each shard server
// counts its own matches and sends the counts back.
//
// A multi-valued slot holds several names packed into one string, which
// ValueCountMatchSpy counts as one value; but the count of a packed string
// is the number of matching articles holding exactly that set of names, so
// adding it to each name of the set gives every name's exact count.
//
// The searcher uses facet_columns.h on local indexes (cheaper: no
// weighing) and this where a shard is remote; both give the same counts.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <vector>

#include "common/facets.h"
#include "common/schema.h"

namespace hemeroteca {

class SlotFacetCounter {
 public:
  SlotFacetCounter();
  ~SlotFacetCounter();
  SlotFacetCounter(const SlotFacetCounter&) = delete;
  SlotFacetCounter& operator=(const SlotFacetCounter&) = delete;

  // Adds the spies to `enquire`; they count the matches its next get_mset
  // checks (ask it to check every match for exact counts).
  void attach(Xapian::Enquire& enquire);

  // Every facet field of the schema, in table order, like
  // FacetColumns::count.
  std::vector<Facet> facets(DateGranularity granularity, std::size_t limit) const;

 private:
  struct Spy {
    const schema::Field* field;
    std::unique_ptr<Xapian::ValueCountMatchSpy> spy;
  };
  std::vector<Spy> spies_;
};

}  // namespace hemeroteca
