// The query language, parsed into a Xapian::Query through the same analysis
// as the documents. Fields come from the schema table.
//
//   fentanilo armas           words; joined by the default operator (AND);
//                             accents optional (see Analyzer::query_terms);
//                             stopwords dropped (unless + or in a phrase);
//                             aliases ("EE. UU.") also find their other forms
//   "de la Fuente"            phrase
//   +word  -word              required / excluded
//   a AND b, a OR b, NOT a    operators, in any case; NOT > AND > OR
//   ( ... )                   grouping
//   fentan*                   trailing wildcard
//   title:word  title:"..."   free-text field
//   speaker:rubio  speaker:"Marco Rubio"   boolean filter (OR within one
//                             field, AND across fields)
//   date:2026-01-12  date:2026-01  date:2026  date:2026-01-10..2026-01-15
//   mentions:2026-01-23 (same date forms)
//
// The parser is lenient where the intent is clear (an unclosed quote or
// parenthesis closes at the end) and throws QueryError otherwise (an invalid
// date, a field without a value).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis.h"
#include "common/extraction_data.h"
#include "common/schema.h"

namespace hemeroteca {

enum class DefaultOperator { kAnd, kOr };

// Whether quoted text is a phrase, or (to relax a query that found nothing)
// its words, joined like the query's other words.
enum class PhraseMode { kKeep, kLoosen };

// One position of a phrase to mark: any of `terms`, or an occurrence of the
// alias `alias`.
struct HighlightItem {
  std::vector<std::string> terms;
  std::string alias;
};

// What to mark in snippets: single words (index terms, unprefixed), wildcard
// prefixes (folded), aliases (keys) and phrases (marked only where the
// whole phrase occurs).
struct HighlightTerms {
  std::vector<std::string> terms;
  std::vector<std::string> prefixes;
  std::vector<std::string> aliases;
  std::vector<std::vector<HighlightItem>> phrases;
};

// A plain query word none of whose spellings is in the index: a candidate
// for a spelling suggestion. [start, end) are byte offsets in the query.
struct UnknownWord {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string folded;
};

struct ParsedQuery {
  Xapian::Query query;  // MatchAll when the query had only exclusions
  // True when some part of the query ranks (words, phrases); false when it
  // is made only of filters, which the searcher then sorts by date.
  bool ranked = false;
  // Words joined by the default operator at the top level: a query of
  // several such words may be relaxed from AND to OR.
  std::size_t default_joined_words = 0;
  // Phrases neither required, excluded nor a field's value: relaxing may
  // turn them into words (a pasted headline's «quotation»).
  std::size_t loosenable_phrases = 0;
  HighlightTerms highlight;
  std::vector<UnknownWord> unknown_words;
  std::vector<std::string> warnings;  // e.g. an unknown field read as text
};

// Inclusive range of dates in slot form ("YYYYMMDD"); "" for an open end.
struct DateRange {
  std::string from;
  std::string to;
};

// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or "A..B" (either end may be
// omitted) into a range of days. Throws QueryError when malformed.
DateRange parse_date_range(std::string_view text);

// A query matching what `filter` matches, with no weight: how filters
// alone are searched (and listed newest first). Written as a filter on
// MatchAll because Xapian 1.4's matcher can throw "DatabaseCorruptError:
// Unexpected end of posting list" for a query that weighs nothing and holds
// a term every document has, once updates have reshaped that term's
// posting list (found by scripts/soak.sh; the index is sound, xapian-check
// agrees; other Xapian users see the same); the filter form avoids that
// code path.
Xapian::Query unweighted(const Xapian::Query& filter);

class QueryParser {
 public:
  // Gives the extractors' data (or null) when a query needs the gazetteer;
  // loading it costs, so only then.
  using DataProvider = std::function<const ExtractionData*()>;

  // `db` is used to expand wildcards, date ranges over mentioned dates and
  // partial names; `data` to understand names through the gazetteer
  // ("speaker:rubio").
  QueryParser(Analyzer& analyzer, const Xapian::Database& db, DataProvider data = {})
      : analyzer_(analyzer), db_(db), data_(std::move(data)) {}

  ParsedQuery parse(std::string_view text, DefaultOperator op,
                    PhraseMode phrases = PhraseMode::kKeep) const;

  // The filter query for `field:value`, as a filter flag gives it.
  Xapian::Query filter(const schema::Field& field, std::string_view value) const;

 private:
  Analyzer& analyzer_;
  const Xapian::Database& db_;
  DataProvider data_;
};

}  // namespace hemeroteca
