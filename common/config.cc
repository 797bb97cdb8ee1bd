#include "common/config.h"

#include <toml++/toml.h>

#include <cstdlib>
#include <system_error>

#include "common/data_files.h"
#include "common/errors.h"

namespace hemeroteca {
namespace {

std::string expand_home(const std::string& path) {
  const char* home = std::getenv("HOME");
  if (path.starts_with("~/") && home != nullptr) return std::string(home) + path.substr(1);
  return path;
}

class Reader {
 public:
  Reader(const toml::table& table, const std::filesystem::path& file)
      : table_(table), file_(file) {}

  std::optional<std::string> text(std::string_view section, std::string_view key) const {
    const toml::node* node = find(section, key);
    if (node == nullptr) return std::nullopt;
    if (auto value = node->value<std::string>()) return *value;
    fail(section, key, "a string");
  }
  std::optional<std::size_t> count(std::string_view section, std::string_view key) const {
    const toml::node* node = find(section, key);
    if (node == nullptr) return std::nullopt;
    if (auto value = node->value<std::int64_t>(); value && *value >= 0)
      return static_cast<std::size_t>(*value);
    fail(section, key, "a whole number, 0 or more");
  }
  std::optional<bool> flag(std::string_view section, std::string_view key) const {
    const toml::node* node = find(section, key);
    if (node == nullptr) return std::nullopt;
    if (auto value = node->value<bool>()) return *value;
    fail(section, key, "true or false");
  }
  std::vector<std::string> texts(std::string_view section, std::string_view key) const {
    const toml::node* node = find(section, key);
    std::vector<std::string> out;
    if (node == nullptr) return out;
    const toml::array* array = node->as_array();
    if (array == nullptr) fail(section, key, "a list of strings");
    for (const toml::node& item : *array) {
      auto value = item.value<std::string>();
      if (!value) fail(section, key, "a list of strings");
      out.push_back(*value);
    }
    return out;
  }

 private:
  const toml::node* find(std::string_view section, std::string_view key) const {
    if (section.empty()) return table_.get(key);
    const toml::table* sub = table_[section].as_table();
    return sub == nullptr ? nullptr : sub->get(key);
  }
  [[noreturn]] void fail(std::string_view section, std::string_view key,
                         std::string_view expected) const {
    std::string name =
        section.empty() ? std::string(key) : std::string(section) + "." + std::string(key);
    throw UsageError(file_.string() + ": " + name + " must be " + std::string(expected),
                     "see the README's \"Configuration\"");
  }

  const toml::table& table_;
  std::filesystem::path file_;
};

}  // namespace

std::filesystem::path default_config_path() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg != '\0')
    return std::filesystem::path(xdg) / "hemeroteca" / "config.toml";
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home != nullptr ? home : ".") / ".config" / "hemeroteca" /
         "config.toml";
}

Config load_config(const std::optional<std::string>& path) {
  std::filesystem::path file =
      path ? std::filesystem::path(expand_home(*path)) : default_config_path();
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    if (path) throw UsageError("no configuration file " + file.string());
    return {};
  }
  toml::table table;
  try {
    table = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    throw UsageError(file.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                     std::string(e.description()));
  }
  Reader read(table, file);
  Config config;
  config.source = file;
  if (auto db = read.text("", "db")) config.db = expand_home(*db);
  for (const std::string& folder : read.texts("", "folders"))
    config.folders.push_back(expand_home(folder));
  if (auto dir = read.text("", "data_dir")) config.data_dir = expand_home(*dir);
  config.limit = read.count("search", "limit");
  config.facets = read.flag("search", "facets");
  config.date_facet = read.text("search", "date_facet");
  config.facet_limit = read.count("search", "facet_limit");
  config.color = read.text("search", "color");
  return config;
}

}  // namespace hemeroteca
