// Where things live: the index path and the data files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace hemeroteca {

// Environment variable that names the index when --db is not given.
inline constexpr const char* kIndexEnvVar = "HEMEROTECA_DB";

// The built-in default index path: $XDG_DATA_HOME/hemeroteca/index, else
// ~/.local/share/hemeroteca/index, else ./hemeroteca-index.
std::filesystem::path default_index_path();

// The index to use: `from_flag` if given, else $HEMEROTECA_DB, else
// `from_config` (the configuration file's db), else the default.
std::filesystem::path resolve_index_path(const std::optional<std::string>& from_flag,
                                         const std::optional<std::string>& from_config = {});

}  // namespace hemeroteca
