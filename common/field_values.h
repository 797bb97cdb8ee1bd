// Values of the name fields (speaker, actor, topic, source): the key their
// filter terms hold, and what a query's value for them means.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "common/extraction_data.h"
#include "common/schema.h"

namespace hemeroteca {

// The key stored in boolean terms for a name: its words, case- and
// accent-folded, joined by single spaces ("Juan Ramón  DE LA Fuente" ->
// "juan ramon de la fuente"). Names are shown from the value slots; this
// key only matches them.
std::string facet_key(std::string_view name);

// The canonical name of the gazetteer actor that `value` names as a whole
// ("Claudia Sheinbaum Pardo", "DEA"), ignoring case and accents; "" when it
// names none or several.
std::string gazetteer_name(std::string_view value, const ExtractionData& data);

// The filter for `field:value` on a name field, with the value understood as
// the indexer would have written it:
//   * an alias or surname of the gazetteer names its actor
//     (speaker:rubio == speaker:"Marco Rubio" == speaker:"marco rubio");
//   * an exact key matches it;
//   * otherwise every indexed value whose words include the value's words
//     (topic:fentanilo finds "fentanilo y drogas"; speaker:castillo finds
//     "Mariana Castillo Ortega").
// `data` may be null (no gazetteer).
Xapian::Query name_filter(const schema::Field& field, std::string_view value,
                          const Xapian::Database& db, const ExtractionData* data);

}  // namespace hemeroteca
