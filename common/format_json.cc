#include "common/format_json.h"

#include <cmath>

namespace hemeroteca {
namespace {

// Byte offset -> code point offset in `text`: JSON readers (Python, jq) index
// strings by code point.
std::size_t code_points_before(std::string_view text, std::size_t byte_offset) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

double rounded(double value, double scale) {
  return std::round(value * scale) / scale;
}

void write_facets(JsonWriter& json, const std::vector<Facet>& facets) {
  json.begin_object();
  for (const Facet& facet : facets) {
    json.key(facet.name).begin_array();
    for (const FacetValue& value : facet.values)
      json.begin_object().member("value", value.value).member("count", value.count).end_object();
    json.end_array();
  }
  json.end_object();
}

}  // namespace

void write_hit(JsonWriter& json, const Hit& hit) {
  const Article& a = hit.article;
  json.begin_object()
      .member("rank", hit.rank)
      .member("id", a.id)
      .member("path", a.path)
      .member("title", a.title);
  json.key("date").text_or_null(a.date);
  json.member("date_source", a.date_source)
      .member("score", rounded(hit.score, 10000.0))
      .member("snippet", hit.snippet);
  json.key("highlights").begin_array();
  for (const auto& [start, end] : hit.highlights)
    json.begin_array()
        .value(code_points_before(hit.snippet, start))
        .value(code_points_before(hit.snippet, end))
        .end_array();
  json.end_array();
  json.key("speakers").strings(a.speakers);
  json.key("actors").strings(a.actors);
  json.key("topics").strings(a.topics);
  json.key("mentioned_dates").strings(a.mentioned_dates);
  json.key("source").text_or_null(a.source);
  json.key("url").text_or_null(a.url);
  json.end_object();
}

std::string hit_json(const Hit& hit) {
  JsonWriter json;
  write_hit(json, hit);
  return json.take();
}

namespace {

// [{"shard": "host:port", "reason": "..."}, ...]
void write_missing_shards(JsonWriter& json, const std::vector<MissingShard>& missing) {
  json.begin_array();
  for (const MissingShard& shard : missing)
    json.begin_object().member("shard", shard.label).member("reason", shard.reason).end_object();
  json.end_array();
}

}  // namespace

void write_search_result_members(JsonWriter& json, const SearchResult& result) {
  json.member("version", kJsonVersion)
      .member("query", result.query)
      .member("total", result.total)
      .member("offset", result.offset)
      .member("limit", result.limit)
      .member("relaxed", result.relaxed);
  json.key("suggestion");
  if (result.suggestion) {
    json.value(*result.suggestion);
  } else {
    json.null();
  }
  json.member("suggestion_applied", result.suggestion_applied);
  json.key("results").begin_array();
  for (const Hit& hit : result.hits) write_hit(json, hit);
  json.end_array();
  json.key("facets");
  write_facets(json, result.facets);
  for (const Facet& facet : result.facets)
    if (!facet.granularity.empty()) json.member("date_facet", facet.granularity);
  json.key("warnings").strings(result.warnings);
  json.member("partial", !result.missing_shards.empty());
  if (!result.missing_shards.empty()) {
    json.key("missing_shards");
    write_missing_shards(json, result.missing_shards);
  }
}

std::string search_result_json(const SearchResult& result) {
  JsonWriter json;
  json.begin_object();
  write_search_result_members(json, result);
  json.end_object();
  return json.take();
}

void write_json_line(const std::string& json, std::ostream& out) {
  out << json << '\n';
}

std::string index_info_json(const IndexInfo& info) {
  JsonWriter json;
  json.begin_object()
      .member("version", kJsonVersion)
      .member("path", info.path)
      .member("articles", info.articles);
  json.key("first_date").text_or_null(info.first_date);
  json.key("last_date").text_or_null(info.last_date);
  json.member("undated", info.undated)
      .member("schema_version", info.schema_version)
      .member("analysis", info.analysis)
      .member("extraction", info.extraction);
  json.key("last_update").text_or_null(info.last_update);
  json.key("folders").strings(info.folders);
  json.key("facets");
  write_facets(json, info.facets);
  if (!info.shards.empty()) {
    json.key("shards").begin_array();
    for (const IndexInfo::ShardInfo& shard : info.shards)
      json.begin_object()
          .member("shard", shard.label)
          .member("articles", shard.articles)
          .end_object();
    json.end_array();
  }
  json.member("partial", !info.missing_shards.empty());
  if (!info.missing_shards.empty()) {
    json.key("missing_shards");
    write_missing_shards(json, info.missing_shards);
  }
  json.end_object();
  return json.take();
}

std::string index_summary_json(const IndexSummary& summary) {
  JsonWriter json;
  json.begin_object()
      .member("version", kJsonVersion)
      .member("added", summary.added)
      .member("updated", summary.updated)
      .member("removed", summary.removed)
      .member("unchanged", summary.unchanged);
  json.key("skipped").begin_array();
  for (const SkippedFile& file : summary.skipped)
    json.begin_object()
        .member("path", file.path)
        .member("reason", skip_reason_name(file.reason))
        .member("detail", file.detail)
        .end_object();
  json.end_array();
  json.key("warnings").begin_array();
  for (const FileWarning& warning : summary.warnings)
    json.begin_object()
        .member("path", warning.path)
        .member("message", warning.message)
        .end_object();
  json.end_array();
  json.member("total", summary.total_documents)
      .member("rebuilt", summary.rebuilt)
      .member("seconds", rounded(summary.seconds, 1000.0))
      .end_object();
  return json.take();
}

std::string error_json(std::size_t line, const std::string& message, const std::string& hint,
                       int exit_code) {
  JsonWriter json;
  json.begin_object().member("version", kJsonVersion).member("line", line).member("error", message);
  json.key("hint").text_or_null(hint);
  json.member("exit_code", exit_code).end_object();
  return json.take();
}

}  // namespace hemeroteca
