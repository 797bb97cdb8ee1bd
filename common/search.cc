#include "common/search.h"

#include <memory>

#include "common/article_parser.h"
#include "common/document_data.h"
#include "common/errors.h"
#include "common/index_db.h"
#include "common/schema.h"
#include "common/snippet.h"
#include "common/text_file.h"
#include "common/vocabulary.h"

namespace hemeroteca {
namespace {

// A reader racing the indexer may see the index change under it; reopen and
// try again this many times before giving up.
constexpr int kModifiedRetries = 5;

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

Searcher::Searcher(const std::filesystem::path& db_path)
    : path_(db_path), db_(open_index_for_reading(db_path, analyzer_.settings())) {}

SearchResult Searcher::search(const SearchRequest& request) {
  for (int attempt = 0;; ++attempt) {
    try {
      return run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= kModifiedRetries) throw;
      db_.reopen();
    }
  }
}

Xapian::MSet Searcher::match(const ParsedQuery& parsed, const SearchRequest& request,
                             std::vector<std::unique_ptr<FacetSpy>>& spies) {
  Xapian::Enquire enquire(db_);
  enquire.set_query(parsed.query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  const Xapian::valueno date_slot = schema::kDate.slot;
  if (request.sort == SortOrder::kDateAscending) {
    enquire.set_sort_by_value_then_relevance(date_slot, false);
  } else if (request.sort == SortOrder::kDateDescending || !parsed.ranked) {
    enquire.set_sort_by_value_then_relevance(date_slot, true);
  } else {
    enquire.set_sort_by_relevance_then_value(date_slot, true);
  }
  spies.clear();
  for (const schema::Field* field : schema::facet_fields()) {
    std::size_t prefix = field == &schema::kDate ? date_prefix_bytes(request.date_facet) : 0;
    spies.push_back(
        std::make_unique<FacetSpy>(field->slot, field->has(schema::kMultiValue), prefix));
    enquire.add_matchspy(spies.back().get());
  }
  // Facet counts and the total must be exact: look at every match.
  return enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                          static_cast<Xapian::doccount>(request.limit), db_.get_doccount());
}

Hit Searcher::make_hit(const Xapian::MSetIterator& item, const ParsedQuery& parsed,
                       const SearchRequest& request) {
  Hit hit;
  hit.rank = item.get_rank() + 1;
  hit.docid = *item;
  hit.score = item.get_weight();
  hit.article = decode_document_data(item.get_document().get_data());
  if (request.snippets) {
    Snippet snippet = make_snippet(snippet_source(hit.article), parsed.highlight, analyzer_);
    hit.snippet = std::move(snippet.text);
    hit.highlights = std::move(snippet.highlights);
  }
  return hit;
}

void Searcher::collect_facets(const std::vector<std::unique_ptr<FacetSpy>>& spies,
                              const SearchRequest& request, SearchResult& result) const {
  std::vector<const schema::Field*> fields = schema::facet_fields();
  result.facets.clear();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    Facet facet{std::string(fields[i]->name), {}};
    if (fields[i] == &schema::kDate) {
      // Chronological, every bucket.
      for (const auto& [bucket, count] : spies[i]->counts())
        facet.values.push_back({format_date_bucket(bucket), count});
    } else {
      facet.values = top_values(spies[i]->counts(), request.facet_limit);
    }
    result.facets.push_back(std::move(facet));
  }
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
    suggestion.replace(word->start, word->end - word->start, display_form(db_, closest));
    changed = true;
  }
  if (!changed) return std::nullopt;
  return suggestion;
}

ParsedQuery Searcher::run_query(const std::string& query, const SearchRequest& request,
                                SearchResult& result) {
  QueryParser parser(analyzer_, db_);
  DefaultOperator op = request.match_any ? DefaultOperator::kOr : DefaultOperator::kAnd;
  ParsedQuery parsed = parser.parse(query, op);
  if (parsed.query.empty())
    throw QueryError("the query has no words to search for",
                     "type one or more words, a \"phrase\" or a field such as date:2026-01");

  std::vector<std::unique_ptr<FacetSpy>> spies;
  Xapian::MSet mset = match(parsed, request, spies);
  result.relaxed = false;
  if (mset.get_matches_estimated() == 0 && op == DefaultOperator::kAnd &&
      parsed.default_joined_words >= 2) {
    ParsedQuery relaxed = parser.parse(query, DefaultOperator::kOr);
    Xapian::MSet relaxed_mset = match(relaxed, request, spies);
    if (relaxed_mset.get_matches_estimated() > 0) {
      parsed = std::move(relaxed);
      mset = relaxed_mset;
      result.relaxed = true;
    }
  }
  result.total = mset.get_matches_estimated();
  result.hits.clear();
  for (auto item = mset.begin(); item != mset.end(); ++item)
    result.hits.push_back(make_hit(item, parsed, request));
  collect_facets(spies, request, result);
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

}  // namespace hemeroteca
