// The user's configuration file: defaults for options not given on the
// command line. Precedence, documented in the README: a flag, then the
// environment (HEMEROTECA_DB, HEMEROTECA_DATA_DIR), then this file, then
// the built-in default.
//
//   db = "~/noticias/index"          # the index
//   folders = ["~/noticias/textos"]  # hemeroteca-index: folders when none given
//   data_dir = "~/noticias/datos"    # own data files, each over the installed one
//   [search]
//   limit = 20                       # results per page
//   facets = true                    # text output shows the facets
//   date_facet = "month"             # auto, day, month, year
//   facet_limit = 5
//   color = "never"                  # auto, always, never
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hemeroteca {

struct Config {
  std::optional<std::string> db;
  std::vector<std::string> folders;
  std::optional<std::string> data_dir;
  std::optional<std::size_t> limit;
  std::optional<bool> facets;
  std::optional<std::string> date_facet;
  std::optional<std::size_t> facet_limit;
  std::optional<std::string> color;
  std::filesystem::path source;  // the file read; empty when none
};

// $XDG_CONFIG_HOME/hemeroteca/config.toml, else
// ~/.config/hemeroteca/config.toml.
std::filesystem::path default_config_path();

// Reads the configuration: `path` when given (an error when it is missing),
// else the default path (nothing when missing). "~/" in paths is the home
// folder. Throws UsageError naming the file and what is wrong.
Config load_config(const std::optional<std::string>& path);

}  // namespace hemeroteca
