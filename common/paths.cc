#include "common/paths.h"

#include <cstdlib>

namespace hemeroteca {
namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  return std::string(value);
}

}  // namespace

std::filesystem::path default_index_path() {
  if (auto data_home = env("XDG_DATA_HOME"))
    return std::filesystem::path(*data_home) / "hemeroteca" / "index";
  if (auto home = env("HOME"))
    return std::filesystem::path(*home) / ".local" / "share" / "hemeroteca" / "index";
  return "hemeroteca-index";
}

std::filesystem::path resolve_index_path(const std::optional<std::string>& from_flag,
                                         const std::optional<std::string>& from_config) {
  if (from_flag && !from_flag->empty()) return *from_flag;
  if (auto from_env = env(kIndexEnvVar)) return *from_env;
  if (from_config && !from_config->empty()) return *from_config;
  return default_index_path();
}

}  // namespace hemeroteca
