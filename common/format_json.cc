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

double rounded(double score) {
  return std::round(score * 10000.0) / 10000.0;
}

nlohmann::ordered_json facets_json(const std::vector<Facet>& facets) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const Facet& facet : facets) {
    nlohmann::ordered_json values = nlohmann::ordered_json::array();
    for (const FacetValue& value : facet.values)
      values.push_back({{"value", value.value}, {"count", value.count}});
    out[facet.name] = std::move(values);
  }
  return out;
}

}  // namespace

nlohmann::ordered_json hit_json(const Hit& hit) {
  nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
  for (const auto& [start, end] : hit.highlights)
    highlights.push_back(
        {code_points_before(hit.snippet, start), code_points_before(hit.snippet, end)});
  const Article& a = hit.article;
  return {
      {"rank", hit.rank},
      {"id", a.id},
      {"path", a.path},
      {"title", a.title},
      {"date", a.date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.date)},
      {"date_source", a.date_source},
      {"score", rounded(hit.score)},
      {"snippet", hit.snippet},
      {"highlights", highlights},
      {"speakers", a.speakers},
      {"actors", a.actors},
      {"topics", a.topics},
      {"mentioned_dates", a.mentioned_dates},
      {"source",
       a.source.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.source)},
      {"url", a.url.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.url)},
  };
}

nlohmann::ordered_json search_result_json(const SearchResult& result) {
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  for (const Hit& hit : result.hits) results.push_back(hit_json(hit));
  nlohmann::ordered_json facets = facets_json(result.facets);
  return {
      {"version", kJsonVersion},
      {"query", result.query},
      {"total", result.total},
      {"offset", result.offset},
      {"limit", result.limit},
      {"relaxed", result.relaxed},
      {"suggestion", result.suggestion ? nlohmann::ordered_json(*result.suggestion)
                                       : nlohmann::ordered_json(nullptr)},
      {"suggestion_applied", result.suggestion_applied},
      {"results", std::move(results)},
      {"facets", std::move(facets)},
      {"warnings", result.warnings},
  };
}

void write_json_line(const nlohmann::ordered_json& json, std::ostream& out) {
  out << json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

nlohmann::ordered_json index_info_json(const IndexInfo& info) {
  auto or_null = [](const std::string& s) {
    return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
  };
  return {
      {"version", kJsonVersion},
      {"path", info.path},
      {"articles", info.articles},
      {"first_date", or_null(info.first_date)},
      {"last_date", or_null(info.last_date)},
      {"undated", info.undated},
      {"schema_version", info.schema_version},
      {"analysis", info.analysis},
      {"extraction", info.extraction},
      {"last_update", or_null(info.last_update)},
      {"folders", info.folders},
      {"facets", facets_json(info.facets)},
  };
}

nlohmann::ordered_json index_summary_json(const IndexSummary& summary) {
  nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
  for (const SkippedFile& file : summary.skipped)
    skipped.push_back({{"path", file.path},
                       {"reason", std::string(skip_reason_name(file.reason))},
                       {"detail", file.detail}});
  nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
  for (const FileWarning& warning : summary.warnings)
    warnings.push_back({{"path", warning.path}, {"message", warning.message}});
  return {
      {"version", kJsonVersion},        {"added", summary.added},
      {"updated", summary.updated},     {"removed", summary.removed},
      {"unchanged", summary.unchanged}, {"skipped", skipped},
      {"warnings", warnings},           {"total", summary.total_documents},
      {"rebuilt", summary.rebuilt},     {"seconds", std::round(summary.seconds * 1000.0) / 1000.0}};
}

nlohmann::ordered_json error_json(std::size_t line, const std::string& message,
                                  const std::string& hint, int exit_code) {
  return {{"version", kJsonVersion},
          {"line", line},
          {"error", message},
          {"hint", hint.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(hint)},
          {"exit_code", exit_code}};
}

}  // namespace hemeroteca
