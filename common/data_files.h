// Locating the data files (stopwords, aliases, gazetteer, topics).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace hemeroteca {

// Environment variable naming the data folder, overriding the search below.
inline constexpr const char* kDataDirEnvVar = "HEMEROTECA_DATA_DIR";

// The folder holding the data files: $HEMEROTECA_DATA_DIR; else
// <program>/../share/hemeroteca (an installed program, wherever the prefix);
// else the install prefix chosen at build time; else the source tree's
// data/ (a program run from its build folder). Throws DataFileError when
// none holds the files.
std::filesystem::path data_dir();

// The user's own data files (--data-dir, the configuration's data_dir):
// each file found there is read instead of the installed one of the same
// name ("gazetteer.toml" with more people, a taxonomy of other topics).
// Set once, before the first data file is read.
void set_user_data_dir(const std::filesystem::path& dir);

// The data file called `name`: the user's, else the one in data_dir().
std::filesystem::path data_file(std::string_view name);

// Reads a whole data file; throws DataFileError when it cannot.
std::string read_data_file(const std::filesystem::path& path);

// A short, stable fingerprint of `text` (16 hex digits), to record which
// version of a data file an index was built with.
std::string fingerprint(std::string_view text);

}  // namespace hemeroteca
