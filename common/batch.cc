#include "common/batch.h"

#include <nlohmann/json.hpp>

#include <string>

#include "common/errors.h"
#include "common/format_json.h"
#include "common/utf8.h"

namespace hemeroteca {
namespace {

using Json = nlohmann::json;

std::vector<std::string> string_list(const Json& value, const char* key) {
  if (value.is_string()) return {value.get<std::string>()};
  if (value.is_array()) {
    std::vector<std::string> out;
    for (const Json& item : value) {
      if (!item.is_string())
        throw UsageError(std::string("\"") + key + "\" must be a string or a list of strings");
      out.push_back(item.get<std::string>());
    }
    return out;
  }
  throw UsageError(std::string("\"") + key + "\" must be a string or a list of strings");
}

std::size_t count(const Json& value, const char* key) {
  if (!value.is_number_unsigned())
    throw UsageError(std::string("\"") + key + "\" must be a number, 0 or more");
  return value.get<std::size_t>();
}

std::string text(const Json& value, const char* key) {
  if (!value.is_string()) throw UsageError(std::string("\"") + key + "\" must be a string");
  return value.get<std::string>();
}

// The request a JSON line describes, on top of `request`.
void apply(const Json& object, SearchRequest& request, Json& echo) {
  for (const auto& [key, value] : object.items()) {
    if (key == "query") {
      request.query = text(value, "query");
    } else if (key == "from") {
      request.filters.from = text(value, "from");
    } else if (key == "to") {
      request.filters.to = text(value, "to");
    } else if (key == "speaker") {
      request.filters.speakers = string_list(value, "speaker");
    } else if (key == "actor") {
      request.filters.actors = string_list(value, "actor");
    } else if (key == "topic") {
      request.filters.topics = string_list(value, "topic");
    } else if (key == "like") {
      request.like = text(value, "like");
    } else if (key == "limit") {
      request.limit = count(value, "limit");
    } else if (key == "offset") {
      request.offset = count(value, "offset");
    } else if (key == "sort") {
      request.sort = parse_sort(text(value, "sort"));
    } else if (key == "any") {
      if (!value.is_boolean()) throw UsageError("\"any\" must be true or false");
      request.match_any = value.get<bool>();
    } else if (key == "date_facet") {
      request.date_facet = parse_date_granularity(text(value, "date_facet"));
    } else if (key == "facets") {
      if (!value.is_boolean()) throw UsageError("\"facets\" must be true or false");
      request.facets = value.get<bool>();
    } else if (key == "facet_limit") {
      request.facet_limit = count(value, "facet_limit");
    } else if (key == "id") {
      echo = value;
    } else {
      throw UsageError("unknown key \"" + key + "\"",
                       "keys: query, from, to, speaker, actor, topic, like, limit, offset, sort, "
                       "any, facets, date_facet, facet_limit, id");
    }
  }
}

bool blank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

}  // namespace

BatchSummary run_batch(Searcher& searcher, const SearchRequest& defaults, std::istream& in,
                       std::ostream& out) {
  BatchSummary summary;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (blank(line)) continue;
    ++summary.queries;
    std::string output;
    try {
      SearchRequest request = defaults;
      Json echo;
      std::string clean = utf8::sanitize(line);
      if (!clean.empty() && clean.back() == '\r') clean.pop_back();
      std::size_t first = clean.find_first_not_of(" \t");
      if (clean[first] == '{') {
        Json object = Json::parse(clean, nullptr, /*allow_exceptions=*/false);
        if (!object.is_object())
          throw UsageError("not a JSON object", "give the query as text, or a JSON object");
        apply(object, request, echo);
      } else {
        request.query = clean;
      }
      SearchResult result = searcher.search(request);
      summary.missing_shards = result.missing_shards;
      JsonWriter json;
      json.begin_object();
      write_search_result_members(json, result);
      json.member("line", number);
      if (!echo.is_null())
        json.key("id").raw(echo.dump(-1, ' ', false, Json::error_handler_t::replace));
      output = json.end_object().take();
    } catch (const Error& e) {
      ++summary.errors;
      output = error_json(number, e.what(), e.hint(), static_cast<int>(e.code()));
    } catch (const Xapian::Error& e) {
      ++summary.errors;
      output = error_json(number, e.get_description(), {}, static_cast<int>(ExitCode::kInternal));
    }
    write_json_line(output, out);
    out.flush();
  }
  return summary;
}

}  // namespace hemeroteca
