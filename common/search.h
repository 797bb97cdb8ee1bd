// Searching an index: a request in, plain data out. Printing is the
// formatters' job (format_json.h, format_text.h).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/analysis.h"
#include "common/article.h"
#include "common/facets.h"
#include "common/query_parser.h"

namespace hemeroteca {

enum class SortOrder { kRelevance, kDateAscending, kDateDescending };

struct SearchRequest {
  std::string query;
  std::size_t offset = 0;
  std::size_t limit = 10;
  bool match_any = false;  // OR instead of AND between words
  SortOrder sort = SortOrder::kRelevance;
  DateGranularity date_facet = DateGranularity::kDay;
  std::size_t facet_limit = 10;  // values per facet (0: all)
  bool snippets = true;
  // When nothing matches and a spelling suggestion exists, return the
  // suggestion's results instead (and say so in the result).
  bool apply_suggestion = false;
};

struct Hit {
  std::size_t rank = 0;  // 1-based, over the whole result list
  Xapian::docid docid = 0;
  double score = 0;
  Article article;  // stored fields (text holds the lead only)
  std::string snippet;
  std::vector<std::pair<std::size_t, std::size_t>> highlights;  // bytes in snippet
};

struct SearchResult {
  std::string query;
  Xapian::doccount total = 0;  // exact number of matching articles
  std::size_t offset = 0;
  std::size_t limit = 0;
  bool relaxed = false;  // AND found nothing; these results are from OR
  // The query with misspelt words replaced by the closest words of the
  // index ("Sheinbam" -> "Sheinbaum"), or nullopt.
  std::optional<std::string> suggestion;
  // True when the query found nothing and these are the suggestion's
  // results.
  bool suggestion_applied = false;
  std::vector<Hit> hits;
  std::vector<Facet> facets;  // date, then the schema's other facet fields
  std::vector<std::string> warnings;
};

class Searcher {
 public:
  // Opens the index; throws IndexUnavailableError / IndexIncompatibleError.
  explicit Searcher(const std::filesystem::path& db_path);

  SearchResult search(const SearchRequest& request);

  const Xapian::Database& database() const { return db_; }

 private:
  SearchResult run(const SearchRequest& request);
  // Runs `query` (relaxing AND to OR when it finds nothing) into `result`.
  ParsedQuery run_query(const std::string& query, const SearchRequest& request,
                        SearchResult& result);
  std::optional<std::string> suggest(const std::string& query, const ParsedQuery& parsed) const;
  Xapian::MSet match(const ParsedQuery& parsed, const SearchRequest& request,
                     std::vector<std::unique_ptr<FacetSpy>>& spies);
  void collect_facets(const std::vector<std::unique_ptr<FacetSpy>>& spies,
                      const SearchRequest& request, SearchResult& result) const;
  Hit make_hit(const Xapian::MSetIterator& item, const ParsedQuery& parsed,
               const SearchRequest& request);

  std::filesystem::path path_;
  Analyzer analyzer_;
  Xapian::Database db_;
};

}  // namespace hemeroteca
