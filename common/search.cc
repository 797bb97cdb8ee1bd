#include "common/search.h"

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "common/article_parser.h"
#include "common/document_data.h"
#include "common/errors.h"
#include "common/index_db.h"
#include "common/match_set.h"
#include "common/schema.h"
#include "common/snippet.h"
#include "common/text_file.h"
#include "common/vocabulary.h"

namespace hemeroteca {
namespace {

// A reader racing the indexer may see the index change under it; reopen and
// try again this many times before giving up.
constexpr int kModifiedRetries = 5;

// Words (stopwords aside) from which a query is taken for pasted text.
constexpr std::size_t kPastedTextWords = 5;

// Terms an article contributes to a "more like this" query.
constexpr Xapian::termcount kLikeTerms = 40;

// The article text a snippet is cut from: the file as it is now, else the
// lead stored in the index.
std::string snippet_source(const Article& stored) {
  if (!stored.path.empty()) {
    TextFile file = read_text_file(stored.path, std::uintmax_t{1} << 30);
    if (file.ok()) {
      ArticleHeader header = parse_header(file.text);
      return file.text.substr(header.body_offset);
    }
  }
  return stored.text;
}

}  // namespace

SortOrder parse_sort(std::string_view name) {
  if (name == "relevance") return SortOrder::kRelevance;
  if (name == "date") return SortOrder::kDateAscending;
  if (name == "-date") return SortOrder::kDateDescending;
  throw UsageError("unknown sort order \"" + std::string(name) + "\"",
                   "use relevance, date (oldest first) or -date (newest first)");
}

DateGranularity parse_date_granularity(std::string_view name) {
  if (name == "auto") return DateGranularity::kAuto;
  if (name == "day") return DateGranularity::kDay;
  if (name == "month") return DateGranularity::kMonth;
  if (name == "year") return DateGranularity::kYear;
  throw UsageError("unknown date facet \"" + std::string(name) + "\"",
                   "use auto, day, month or year");
}

Searcher::Searcher(const std::filesystem::path& db_path, const ShardOptions& shards)
    : path_(db_path), shard_options_(shards) {
  open();
}

Searcher::~Searcher() = default;

std::pair<std::uintmax_t, std::uintmax_t> Searcher::current_identity() const {
  struct stat info {};
  if (::stat(path_.c_str(), &info) != 0) return identity_;  // mid-swap: keep what we have
  return {info.st_dev, info.st_ino};
}

void Searcher::refresh() {
  if (current_identity() != identity_) {
    open();
  } else {
    reopen();
  }
}

void Searcher::open() {
  identity_ = {};
  identity_ = current_identity();
  index_ = open_shards(path_, analyzer_.settings(), shard_options_);
  db_ = index_.combined;
  columns_ = std::make_unique<FacetColumns>(index_.shards);
}

void Searcher::on_network_error(const Xapian::NetworkError& error) {
  std::vector<MissingShard> silent = probe_remote_shards(index_, shard_options_);
  if (silent.empty()) silent.push_back({"a remote shard", error_reason(error)});
  if (!shard_options_.allow_partial) {
    std::string names;
    for (const MissingShard& shard : silent)
      names += (names.empty() ? "" : "; ") + shard.label + " (" + shard.reason + ")";
    throw ShardUnavailableError("shard stopped answering: " + names,
                                "check its server (xapian-tcpsrv), raise --shard-timeout, or "
                                "search the shards that answer with --allow-partial");
  }
  open();  // reconnects, leaving out the shards that do not answer
}

void Searcher::reopen() {
  // Loaded facet blocks describe the old revision.
  if (db_.reopen()) columns_->clear();
}

const ExtractionData* Searcher::extraction_data() {
  if (!data_) data_ = ExtractionData::shared();
  return data_.get();
}

template <typename Work>
auto Searcher::retrying(Work work) {
  bool reconnected = false;
  for (int attempt = 0;; ++attempt) {
    try {
      return work();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= kModifiedRetries) throw;
      reopen();
    } catch (const Xapian::NetworkError& e) {
      if (reconnected) throw ShardUnavailableError("a shard failed twice: " + error_reason(e));
      on_network_error(e);
      reconnected = true;
    }
  }
}

SearchResult Searcher::search(const SearchRequest& request) {
  return retrying([&] {
    refresh();
    SearchResult result = run(request);
    result.missing_shards = index_.missing;
    return result;
  });
}

Xapian::Query Searcher::filter_query(const SearchFilters& filters, QueryParser& parser) const {
  std::vector<Xapian::Query> fields;
  if (!filters.from.empty() || !filters.to.empty()) {
    // Each flag checked alone, so that an error names it.
    auto bound = [](const std::string& date, const char* flag) -> DateRange {
      if (date.empty()) return {};
      try {
        return parse_date_range(date);
      } catch (const QueryError& e) {
        throw QueryError(std::string(flag) + ": " + e.what(), e.hint());
      }
    };
    DateRange from = bound(filters.from, "--from"), to = bound(filters.to, "--to");
    if (!from.from.empty() && !to.to.empty() && from.from > to.to)
      throw QueryError("--from " + filters.from + " is after --to " + filters.to);
    fields.push_back(parser.filter(
        schema::kDate, schema::slot_to_date(from.from) + ".." + schema::slot_to_date(to.to)));
  }
  auto any_of = [&](const schema::Field& field, const std::vector<std::string>& values) {
    if (values.empty()) return;
    std::vector<Xapian::Query> each;
    for (const std::string& value : values) each.push_back(parser.filter(field, value));
    fields.emplace_back(Xapian::Query::OP_OR, each.begin(), each.end());
  };
  any_of(schema::kSpeaker, filters.speakers);
  any_of(schema::kActor, filters.actors);
  any_of(schema::kTopic, filters.topics);
  if (fields.empty()) return {};
  return Xapian::Query(Xapian::Query::OP_AND, fields.begin(), fields.end());
}

Xapian::Query Searcher::like_query(const std::string& id_or_path) const {
  std::string id_term = schema::term(schema::kId, id_or_path);
  std::string path_term =
      schema::unique_term(std::filesystem::absolute(id_or_path).lexically_normal().string());
  std::string key;
  for (const std::string& candidate : {id_term, path_term})
    if (db_.term_exists(candidate)) key = candidate;
  if (key.empty())
    throw QueryError("no article \"" + id_or_path + "\" in the index",
                     "give an id as shown in the results (\"id\"), or a file path");
  if (db_.get_termfreq(key) > 1)
    throw QueryError("several articles have the id \"" + id_or_path + "\"",
                     "give the file path instead");
  // The article's most telling words: frequent in it, rare elsewhere, but
  // shared with at least one other article (Xapian's ESet favours words
  // found nowhere else, which find nothing).
  Xapian::docid docid = *db_.postlist_begin(key);
  double articles = db_.get_doccount();
  Xapian::termcount length = std::max<Xapian::termcount>(1, db_.get_doclength(docid));
  std::vector<std::pair<double, std::string>> scored;
  for (auto it = db_.termlist_begin(docid); it != db_.termlist_end(docid); ++it) {
    const std::string& term = *it;
    if (term.size() < 3 || (term[0] >= 'A' && term[0] <= 'Z')) continue;  // prefixed fields
    Xapian::doccount df = it.get_termfreq();
    if (df < 2 || df > articles / 2) continue;
    double tf = static_cast<double>(it.get_wdf()) / length;
    scored.emplace_back(tf * std::log(articles / df), term);
  }
  std::sort(scored.begin(), scored.end(), std::greater<>());
  if (scored.size() > kLikeTerms) scored.resize(kLikeTerms);
  std::vector<Xapian::Query> terms;
  for (const auto& [score, term] : scored) terms.emplace_back(term);
  if (terms.empty()) return Xapian::Query::MatchNothing;
  Xapian::Query similar(Xapian::Query::OP_OR, terms.begin(), terms.end());
  return Xapian::Query(Xapian::Query::OP_AND_NOT, similar, Xapian::Query(key));
}

Searcher::Matched Searcher::match(const Xapian::Query& query, bool ranked,
                                  const SearchRequest& request) {
  Matched matched;
  Xapian::Enquire enquire = ranking(query, ranked, request);
  if (index_.any_remote()) return match_on_servers(query, ranked, request);
  if (walks_alone(query)) {
    // The whole match by walking posting lists; Xapian ranks only the page.
    matched.docids = find_matches(db_, query, *columns_);
    matched.total = static_cast<Xapian::doccount>(matched.docids.size());
    if (!matched.docids.empty() && request.limit > 0 && request.offset < matched.docids.size())
      matched.mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                      static_cast<Xapian::doccount>(request.limit));
    matched.page_end = matched.mset.size();
    return matched;
  }
  // Phrases, wildcards: Xapian's matcher must check every match anyway, so
  // one ranked pass over all of them gives both the page and the match.
  matched.mset = enquire.get_mset(0, db_.get_doccount());
  matched.docids.reserve(matched.mset.size());
  for (auto item = matched.mset.begin(); item != matched.mset.end(); ++item)
    matched.docids.push_back(*item);
  std::sort(matched.docids.begin(), matched.docids.end());
  matched.total = static_cast<Xapian::doccount>(matched.docids.size());
  matched.page_begin = std::min<std::size_t>(request.offset, matched.mset.size());
  matched.page_end = std::min<std::size_t>(matched.page_begin + request.limit, matched.mset.size());
  return matched;
}

Searcher::Matched Searcher::match_on_servers(const Xapian::Query& query, bool ranked,
                                             const SearchRequest& request) {
  // Posting lists and facet columns would have to cross the network; the
  // servers' own matchers check every match, count and rank instead, and
  // send back the page and the counts.
  Matched matched;
  // Checking at least every document makes the total exact.
  const Xapian::doccount every = std::max<Xapian::doccount>(1, db_.get_doccount());
  const auto offset = static_cast<Xapian::doccount>(request.offset);
  const auto limit = static_cast<Xapian::doccount>(request.limit);
  Xapian::Enquire enquire = ranking(query, ranked, request);
  if (!request.facets) {
    matched.mset = enquire.get_mset(offset, limit, every);
    matched.total = matched.mset.get_matches_estimated();
  } else {
    // Counted in a pass of its own: with two or more remote shards, Xapian
    // 1.4 counts some documents of the page twice in the spies when the
    // same pass also returns a page (measured: 5 extra counts of 137 with a
    // page of 10, none with a page of 0).
    Xapian::Enquire counting = ranking(query, false, request);
    matched.spies = std::make_unique<SlotFacetCounter>();
    matched.spies->attach(counting);
    matched.total = counting.get_mset(0, 0, every).get_matches_estimated();
    if (matched.total > offset && limit > 0) matched.mset = enquire.get_mset(offset, limit);
  }
  matched.page_end = matched.mset.size();
  return matched;
}

std::vector<Facet> Searcher::count_facets(const Matched& matched, DateGranularity granularity,
                                          std::size_t limit) {
  if (matched.spies) return matched.spies->facets(granularity, limit);
  return columns_->count(matched.docids, granularity, limit);
}

Xapian::Enquire Searcher::ranking(const Xapian::Query& query, bool ranked,
                                  const SearchRequest& request) const {
  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  // Date, then unique key: ties never fall back on docids.
  const Xapian::valueno date_slot = schema::kSortKey.slot;
  if (request.sort == SortOrder::kDateAscending) {
    enquire.set_sort_by_value_then_relevance(date_slot, false);
  } else if (request.sort == SortOrder::kDateDescending || !ranked) {
    enquire.set_sort_by_value_then_relevance(date_slot, true);
  } else {
    enquire.set_sort_by_relevance_then_value(date_slot, true);
  }
  return enquire;
}

Hit Searcher::make_hit(const Xapian::MSetIterator& item, const HighlightTerms& highlight,
                       const SearchRequest& request) {
  Hit hit;
  hit.rank = item.get_rank() + 1;
  hit.docid = *item;
  hit.score = item.get_weight();
  hit.article = decode_document_data(item.get_document().get_data());
  if (request.snippets) {
    Snippet snippet = make_snippet(snippet_source(hit.article), highlight, analyzer_);
    hit.snippet = std::move(snippet.text);
    hit.highlights = std::move(snippet.highlights);
  }
  return hit;
}

std::optional<std::string> Searcher::suggest(const std::string& query,
                                             const ParsedQuery& parsed) const {
  std::string suggestion = query;
  bool changed = false;
  // Replace from the end, so that earlier offsets stay valid.
  for (auto word = parsed.unknown_words.rbegin(); word != parsed.unknown_words.rend(); ++word) {
    // Short words are easily one typo from many others: allow less.
    unsigned max_edits = word->folded.size() <= 5 ? 1 : 2;
    std::string closest = db_.get_spelling_suggestion(word->folded, max_edits);
    if (closest.empty()) continue;
    suggestion.replace(word->start, word->end - word->start, display_form(index_.shards, closest));
    changed = true;
  }
  if (!changed) return std::nullopt;
  return suggestion;
}

ParsedQuery Searcher::run_query(const std::string& query, const SearchRequest& request,
                                SearchResult& result) {
  QueryParser parser(analyzer_, db_, [this] { return extraction_data(); });
  DefaultOperator op = request.match_any ? DefaultOperator::kOr : DefaultOperator::kAnd;
  ParsedQuery parsed = parser.parse(query, op);
  Xapian::Query filters = filter_query(request.filters, parser);
  Xapian::Query like = request.like.empty() ? Xapian::Query() : like_query(request.like);

  // What ranks: the query's words, else the similar-article terms.
  auto combine = [&](const ParsedQuery& p) {
    Xapian::Query ranking = p.query;
    if (!like.empty())
      ranking = ranking.empty() ? like : Xapian::Query(Xapian::Query::OP_AND_MAYBE, ranking, like);
    if (filters.empty()) return ranking;
    if (ranking.empty()) return unweighted(filters);
    return Xapian::Query(Xapian::Query::OP_FILTER, ranking, filters);
  };
  Xapian::Query full = combine(parsed);
  if (full.empty())
    throw QueryError("the query has no words to search for",
                     "type one or more words, a \"phrase\", a field such as date:2026-01, or a "
                     "filter such as --speaker");
  bool ranked = parsed.ranked || !like.empty();

  Matched matched = match(full, ranked, request);
  result.relaxed = false;
  // Relax when AND finds nothing; and, for pasted text (a headline, a
  // sentence), when it finds less than the page: such a query is rarely
  // written word for word in the article sought. Relaxing also unquotes
  // phrases: a headline's «quotation» is seldom verbatim in the article.
  std::size_t page_end = request.offset + request.limit;
  bool pasted = parsed.default_joined_words >= kPastedTextWords && matched.total < page_end;
  bool relaxable = parsed.loosenable_phrases > 0 ||
                   (op == DefaultOperator::kAnd && parsed.default_joined_words >= 2);
  if ((matched.total == 0 || pasted) && relaxable) {
    ParsedQuery relaxed;
    try {
      relaxed = parser.parse(query, DefaultOperator::kOr, PhraseMode::kLoosen);
    } catch (const QueryError&) {
      // A long quotation, unquoted, may be too many words: keep the answer
      // the query as written gave.
    }
    Matched relaxed_matched =
        relaxed.default_joined_words >= 2 ? match(combine(relaxed), ranked, request) : Matched{};
    if (relaxed_matched.total > matched.total) {
      parsed = std::move(relaxed);
      matched = std::move(relaxed_matched);
      result.relaxed = true;
    }
  }
  result.total = matched.total;
  result.hits.clear();
  for (std::size_t i = matched.page_begin; i < matched.page_end; ++i)
    result.hits.push_back(
        make_hit(matched.mset[static_cast<Xapian::doccount>(i)], parsed.highlight, request));
  result.facets.clear();
  if (request.facets)
    result.facets = count_facets(matched, request.date_facet, request.facet_limit);
  return parsed;
}

SearchResult Searcher::run(const SearchRequest& request) {
  SearchResult result;
  result.query = request.query;
  result.offset = request.offset;
  result.limit = request.limit;
  ParsedQuery parsed = run_query(request.query, request, result);
  result.warnings = parsed.warnings;
  result.suggestion = suggest(request.query, parsed);
  if (result.total == 0 && result.suggestion && request.apply_suggestion) {
    SearchResult corrected = result;
    run_query(*result.suggestion, request, corrected);
    if (corrected.total > 0) {
      result = std::move(corrected);
      result.suggestion_applied = true;
    }
  }
  return result;
}

IndexInfo Searcher::info(std::size_t facet_limit) {
  return retrying([&] {
    refresh();
    return read_info(facet_limit);
  });
}

IndexInfo Searcher::read_info(std::size_t facet_limit) {
  IndexInfo info;
  info.path = path_.string();
  info.articles = db_.get_doccount();
  const Xapian::valueno date = schema::kDate.slot;
  if (db_.get_value_freq(date) > 0) {
    info.first_date = schema::slot_to_date(db_.get_value_lower_bound(date));
    info.last_date = schema::slot_to_date(db_.get_value_upper_bound(date));
  }
  info.undated = info.articles - db_.get_value_freq(date);
  info.schema_version = db_.get_metadata(std::string(schema::metadata::kSchemaVersion));
  info.analysis = db_.get_metadata(std::string(schema::metadata::kAnalysis));
  info.extraction = db_.get_metadata(std::string(schema::metadata::kExtraction));
  info.last_update = db_.get_metadata(std::string(schema::metadata::kLastUpdate));
  std::string folders = db_.get_metadata(std::string(schema::metadata::kFolders));
  for (std::string_view folder : schema::unpack_values(folders)) info.folders.emplace_back(folder);
  SearchRequest everything;
  everything.limit = 0;
  everything.facet_limit = facet_limit;
  Matched all = match(Xapian::Query::MatchAll, false, everything);
  for (Facet& facet : count_facets(all, DateGranularity::kDay, facet_limit))
    if (facet.name != "date") info.facets.push_back(std::move(facet));
  if (index_.sharded())
    for (std::size_t s = 0; s < index_.shards.size(); ++s)
      info.shards.push_back({index_.addresses[s].label(), index_.shards[s].get_doccount()});
  info.missing_shards = index_.missing;
  return info;
}

}  // namespace hemeroteca
