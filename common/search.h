// Searching an index: a request in, plain data out. Printing is the
// formatters' job (format_json.h, format_text.h).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/analysis.h"
#include "common/article.h"
#include "common/extraction_data.h"
#include "common/facet_columns.h"
#include "common/facets.h"
#include "common/query_parser.h"
#include "common/shards.h"
#include "common/slot_facets.h"

namespace hemeroteca {

enum class SortOrder {
  kRelevance,       // best first; equal scores newest first
  kDateAscending,   // oldest first
  kDateDescending,  // newest first
};

// "relevance", "date" (oldest first), "-date" (newest first); throws
// UsageError on anything else.
SortOrder parse_sort(std::string_view name);
// "day", "month", "year"; throws UsageError on anything else.
DateGranularity parse_date_granularity(std::string_view name);

// Filters given apart from the query (--from, --speaker ...): OR within a
// field, AND across fields.
struct SearchFilters {
  std::string from;  // YYYY, YYYY-MM or YYYY-MM-DD; "" for open
  std::string to;
  std::vector<std::string> speakers;
  std::vector<std::string> actors;
  std::vector<std::string> topics;

  bool empty() const {
    return from.empty() && to.empty() && speakers.empty() && actors.empty() && topics.empty();
  }
};

struct SearchRequest {
  std::string query;
  SearchFilters filters;
  std::string like;  // id or path of an article: list the most similar ones
  std::size_t offset = 0;
  std::size_t limit = 10;
  bool match_any = false;  // OR instead of AND between words
  SortOrder sort = SortOrder::kRelevance;
  bool facets = true;  // count facets over the whole match
  DateGranularity date_facet = DateGranularity::kAuto;
  std::size_t facet_limit = 10;  // values per speaker/actor/topic facet (0: all)
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
  std::vector<Facet> facets;  // empty unless asked for
  std::vector<std::string> warnings;
  // Shards of the index left out (only under ShardOptions::allow_partial):
  // the counts and results are those of the other shards.
  std::vector<MissingShard> missing_shards;
};

// What --info shows.
struct IndexInfo {
  std::string path;
  Xapian::doccount articles = 0;
  std::string first_date;  // ISO, "" when no article has a date
  std::string last_date;
  Xapian::doccount undated = 0;
  std::string schema_version;
  std::string analysis;
  std::string extraction;
  std::string last_update;  // ISO 8601 time, "" when never recorded
  std::vector<std::string> folders;
  std::vector<Facet> facets;  // speakers, topics, actors over the whole index
  struct ShardInfo {
    std::string label;  // path or host:port
    Xapian::doccount articles = 0;
  };
  std::vector<ShardInfo> shards;  // a sharded index's shards; empty otherwise
  std::vector<MissingShard> missing_shards;
};

class Searcher {
 public:
  // Opens the index (one database, or the shards a stub file lists);
  // throws IndexUnavailableError / IndexIncompatibleError /
  // ShardUnavailableError.
  explicit Searcher(const std::filesystem::path& db_path, const ShardOptions& shards = {});
  ~Searcher();

  // Throws QueryError (bad query or filter), IndexUnavailableError,
  // ShardUnavailableError (a shard stopped answering, and partial results
  // were not allowed).
  SearchResult search(const SearchRequest& request);
  IndexInfo info(std::size_t facet_limit);

  const Xapian::Database& database() const { return db_; }

 private:
  // Runs `work`, reopening the index when it changed underneath and
  // handling shards that stop answering.
  template <typename Work>
  auto retrying(Work work);
  SearchResult run(const SearchRequest& request);
  IndexInfo read_info(std::size_t facet_limit);
  // Runs `query` (relaxing AND to OR when it finds nothing) into `result`.
  ParsedQuery run_query(const std::string& query, const SearchRequest& request,
                        SearchResult& result);
  Xapian::Query filter_query(const SearchFilters& filters, QueryParser& parser) const;
  Xapian::Query like_query(const std::string& id_or_path) const;
  // Every match of a query (for the total and the facets) and the page
  // asked for, best (or newest) first: items [page_begin, page_end) of mset.
  struct Matched {
    Xapian::doccount total = 0;
    std::vector<Xapian::docid> docids;        // ascending (local indexes)
    std::unique_ptr<SlotFacetCounter> spies;  // the facets (indexes with remote shards)
    Xapian::MSet mset;
    std::size_t page_begin = 0, page_end = 0;
  };
  Matched match(const Xapian::Query& query, bool ranked, const SearchRequest& request);
  // The same where shards are remote: the shard servers check every match,
  // count the facets (slot_facets.h) and rank.
  Matched match_on_servers(const Xapian::Query& query, bool ranked, const SearchRequest& request);
  std::vector<Facet> count_facets(const Matched& matched, DateGranularity granularity,
                                  std::size_t limit);
  // Opens the index's shards (again): all, or those that answer.
  void open();
  // A shard failed mid-search: name it, or leave it out (allow_partial).
  void on_network_error(const Xapian::NetworkError& error);
  Xapian::Enquire ranking(const Xapian::Query& query, bool ranked,
                          const SearchRequest& request) const;
  // Sees the index's latest revision.
  void reopen();
  // Before each request: the latest revision, or the whole index again when
  // a rebuild has put another one in its place (a long-lived --batch
  // searcher would otherwise keep answering from the old one).
  void refresh();
  // Identifies the folder or stub file at path_ (a rebuild swaps it).
  std::pair<std::uintmax_t, std::uintmax_t> current_identity() const;
  std::optional<std::string> suggest(const std::string& query, const ParsedQuery& parsed) const;
  Hit make_hit(const Xapian::MSetIterator& item, const HighlightTerms& highlight,
               const SearchRequest& request);

  // The gazetteer, loaded when a query first needs it.
  const ExtractionData* extraction_data();

  std::filesystem::path path_;
  std::pair<std::uintmax_t, std::uintmax_t> identity_;  // device, inode of path_ when opened
  ShardOptions shard_options_;
  Analyzer analyzer_;
  std::shared_ptr<const ExtractionData> data_;
  OpenedIndex index_;
  Xapian::Database db_;  // index_.combined
  std::unique_ptr<FacetColumns> columns_;
};

}  // namespace hemeroteca
