#include "common/document_data.h"

#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "common/utf8.h"

namespace hemeroteca {

std::string encode_document_data(const Article& article) {
  nlohmann::json data = {
      {"id", article.id},
      {"path", article.path},
      {"title", article.title},
      {"date", article.date},
      {"date_source", article.date_source},
      {"source", article.source},
      {"url", article.url},
      {"mentioned_dates", article.mentioned_dates},
      {"speakers", article.speakers},
      {"actors", article.actors},
      {"topics", article.topics},
      {"lead", std::string(utf8::truncate(article.body(), kLeadBytes))},
  };
  // Replace rather than throw on bytes that are not UTF-8 (file names).
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Article decode_document_data(std::string_view data) {
  nlohmann::json json = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object())
    throw IndexIncompatibleError("a document's stored data is not readable",
                                 "rebuild the index with: hemeroteca-index --rebuild");
  Article article;
  auto text = [&](const char* key) { return json.value(key, std::string()); };
  auto list = [&](const char* key) {
    auto found = json.find(key);
    if (found == json.end() || !found->is_array()) return std::vector<std::string>();
    std::vector<std::string> values;
    for (const auto& item : *found)
      if (item.is_string()) values.push_back(item.get<std::string>());
    return values;
  };
  article.id = text("id");
  article.path = text("path");
  article.key = article.path;
  article.title = text("title");
  article.date = text("date");
  article.date_source = text("date_source");
  article.source = text("source");
  article.url = text("url");
  article.mentioned_dates = list("mentioned_dates");
  article.speakers = list("speakers");
  article.actors = list("actors");
  article.topics = list("topics");
  article.text = text("lead");
  return article;
}

}  // namespace hemeroteca
