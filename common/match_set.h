// Every article a query matches, in docid order, found without weighing
// them: the exact total and the facets count the whole match.
//
// Xapian's matcher finds the best results fast by skipping documents that
// cannot make the page; asked to look at every match (check_at_least), it
// weighs each one, about 4x the cost of walking the posting lists (10x for
// the broadest queries here). So the boolean structure of a query (AND,
// OR, AND_NOT, FILTER, SYNONYM, terms, date ranges) is walked here over
// Xapian's own posting lists; whatever else a query holds (phrases,
// wildcards) is left to Xapian's matcher, with BoolWeight.
#pragma once

#include <xapian.h>

#include <vector>

#include "common/facet_columns.h"

namespace hemeroteca {

// True when find_matches() walks `query` alone, without Xapian's matcher
// (it holds no phrase, no wildcard).
bool walks_alone(const Xapian::Query& query);

// Date ranges are checked against `columns`' dates.
std::vector<Xapian::docid> find_matches(const Xapian::Database& db, const Xapian::Query& query,
                                        FacetColumns& columns);

}  // namespace hemeroteca
