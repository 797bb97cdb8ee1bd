#include "tests/support/gold.h"

#include <toml++/toml.h>

#include <stdexcept>

#include "common/extraction_data.h"
#include "common/field_values.h"

namespace hemeroteca::testing {

std::vector<GoldArticle> load_gold(const std::filesystem::path& path,
                                   const ExtractionData* gazetteer) {
  toml::table table = toml::parse_file(path.string());
  std::vector<GoldArticle> out;
  auto strings = [](const toml::node_view<toml::node>& node) {
    std::set<std::string> values;
    if (const toml::array* array = node.as_array())
      for (const toml::node& item : *array)
        if (auto value = item.value<std::string>()) values.insert(*value);
    return values;
  };
  auto names = [&](const toml::node_view<toml::node>& node) {
    std::set<std::string> values = strings(node);
    if (gazetteer == nullptr) return values;
    std::set<std::string> canonical;
    for (const std::string& value : values) {
      std::string name = gazetteer_name(value, *gazetteer);
      canonical.insert(name.empty() ? value : name);
    }
    return canonical;
  };
  const toml::array* articles = table["article"].as_array();
  if (articles == nullptr) throw std::runtime_error(path.string() + ": no [[article]]");
  for (toml::node& node : *const_cast<toml::array*>(articles)) {
    toml::table& article = *node.as_table();
    GoldArticle gold;
    gold.file = article["file"].value_or(std::string());
    gold.date = article["date"].value_or(std::string());
    gold.date_source = article["date_source"].value_or(std::string());
    gold.speakers = names(article["speakers"]);
    gold.actors = names(article["actors"]);
    gold.topics = strings(article["topics"]);
    out.push_back(std::move(gold));
  }
  return out;
}

void Score::add(const std::set<std::string>& extracted, const std::set<std::string>& gold) {
  found += extracted.size();
  expected += gold.size();
  for (const std::string& item : extracted) correct += gold.count(item);
}

}  // namespace hemeroteca::testing
