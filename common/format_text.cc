#include "common/format_text.h"

#include <filesystem>
#include <string_view>

namespace hemeroteca {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kReset = "\x1b[0m";

std::string_view facet_label(std::string_view field) {
  if (field == "date") return "fecha";
  if (field == "speaker") return "declarantes";
  if (field == "topic") return "temas";
  if (field == "actor") return "actores";
  return field;
}

// A path relative to the working folder when that is shorter.
std::string display_path(const std::string& path) {
  std::error_code ec;
  auto cwd = std::filesystem::current_path(ec);
  if (ec || path.empty()) return path;
  std::string relative = std::filesystem::path(path).lexically_relative(cwd).string();
  if (relative.empty() || relative.starts_with("../..")) return path;
  return relative.size() < path.size() ? relative : path;
}

void write_snippet(const Hit& hit, const TextStyle& style, std::ostream& out) {
  std::size_t pos = 0;
  for (const auto& [start, end] : hit.highlights) {
    out << std::string_view(hit.snippet).substr(pos, start - pos);
    if (style.color) out << kBold;
    out << std::string_view(hit.snippet).substr(start, end - start);
    if (style.color) out << kReset;
    pos = end;
  }
  out << std::string_view(hit.snippet).substr(pos);
}

void write_list(const std::vector<std::string>& values, std::ostream& out) {
  for (std::size_t i = 0; i < values.size(); ++i) out << (i ? ", " : "") << values[i];
}

void write_hit(const Hit& hit, const TextStyle& style, std::ostream& out) {
  const Article& a = hit.article;
  out << (hit.rank < 10 ? " " : "") << hit.rank << ". ";
  if (style.color) out << kBold;
  out << a.title;
  if (style.color) out << kReset;
  out << '\n' << "    ";
  if (style.color) out << kDim;
  out << (a.date.empty() ? "sin fecha" : a.date) << " \xC2\xB7 " << display_path(a.path);
  if (style.color) out << kReset;
  out << '\n';
  if (!a.speakers.empty()) {
    out << "    declarantes: ";
    write_list(a.speakers, out);
    out << '\n';
  }
  if (!a.topics.empty()) {
    out << "    temas: ";
    write_list(a.topics, out);
    out << '\n';
  }
  if (!hit.snippet.empty()) {
    out << "    ";
    write_snippet(hit, style, out);
    out << '\n';
  }
  out << '\n';
}

void write_facets(const SearchResult& result, std::ostream& out) {
  out << "Facetas (" << result.total << " artículos)\n";
  for (std::string_view name : {"date", "speaker", "topic", "actor"}) {
    for (const Facet& facet : result.facets) {
      if (facet.name != name) continue;
      out << "  " << facet_label(name);
      if (facet.granularity == "month") out << " (por mes)";
      if (facet.granularity == "year") out << " (por a\xC3\xB1o)";
      out << ": ";
      if (facet.values.empty()) out << "\xE2\x80\x94";  // em dash
      for (std::size_t i = 0; i < facet.values.size(); ++i)
        out << (i ? ", " : "") << facet.values[i].value << " (" << facet.values[i].count << ")";
      out << '\n';
    }
  }
}

}  // namespace

void write_text(const SearchResult& result, const TextStyle& style, std::ostream& out) {
  if (result.suggestion_applied) {
    out << "No hay resultados para \xC2\xAB" << result.query
        << "\xC2\xBB; se muestran los de \xC2\xAB" << *result.suggestion << "\xC2\xBB.\n";
  } else if (result.suggestion) {
    out << "\xC2\xBFQuisiste decir: " << *result.suggestion << "?\n";
  }
  if (result.relaxed)
    out << "Ningún artículo contiene todas las palabras; se muestran los que contienen algunas.\n";
  out << result.total << (result.total == 1 ? " artículo" : " artículos");
  if (!result.hits.empty())
    out << " (" << result.hits.front().rank << "\xE2\x80\x93" << result.hits.back().rank << ")";
  out << "\n\n";
  for (const Hit& hit : result.hits) write_hit(hit, style, out);
  if (style.facets) write_facets(result, out);
}

}  // namespace hemeroteca

namespace hemeroteca {

void write_paths(const SearchResult& result, char separator, std::ostream& out) {
  for (const Hit& hit : result.hits) {
    std::error_code ec;
    if (hit.article.path.empty() || !std::filesystem::exists(hit.article.path, ec)) continue;
    out << hit.article.path << separator;
  }
}

void write_ids(const SearchResult& result, char separator, std::ostream& out) {
  for (const Hit& hit : result.hits) out << hit.article.id << separator;
}

void write_info_text(const IndexInfo& info, std::ostream& out) {
  out << "índice:        " << info.path << "\n";
  out << "artículos:     " << info.articles << "\n";
  out << "fechas:        ";
  if (info.first_date.empty()) {
    out << "\xE2\x80\x94";
  } else {
    out << info.first_date << " \xE2\x80\x93 " << info.last_date;
  }
  out << " (" << info.undated << " sin fecha)\n";
  out << "actualizado:   " << (info.last_update.empty() ? "\xE2\x80\x94" : info.last_update)
      << "\n";
  out << "carpetas:      ";
  for (std::size_t i = 0; i < info.folders.size(); ++i) out << (i ? ", " : "") << info.folders[i];
  if (info.folders.empty()) out << "\xE2\x80\x94";
  out << "\nesquema:       " << info.schema_version << "\n";
  out << "análisis:      " << info.analysis << "\n";
  out << "extracción:    " << info.extraction << "\n";
  for (const IndexInfo::ShardInfo& shard : info.shards)
    out << "fragmento:     " << shard.label << " (" << shard.articles << " artículos)\n";
  for (const MissingShard& shard : info.missing_shards)
    out << "fragmento:     " << shard.label << " (no responde: " << shard.reason << ")\n";
  for (const Facet& facet : info.facets) {
    out << facet_label(facet.name) << ":\n";
    for (const FacetValue& value : facet.values)
      out << "  " << value.count << "  " << value.value << "\n";
  }
}

}  // namespace hemeroteca
