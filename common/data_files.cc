#include "common/data_files.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

#include "common/errors.h"
#include "common/stable_hash.h"

namespace hemeroteca {
namespace {

// A folder counts as the data folder when it holds this file.
constexpr const char* kMarkerFile = "stopwords_es.txt";

bool holds_data(const std::filesystem::path& dir) {
  std::error_code ec;
  return !dir.empty() && std::filesystem::is_regular_file(dir / kMarkerFile, ec);
}

std::filesystem::path program_dir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

}  // namespace

std::filesystem::path data_dir() {
  if (const char* env = std::getenv(kDataDirEnvVar); env != nullptr && *env != '\0') {
    if (holds_data(env)) return env;
    throw DataFileError(
        std::string("$") + kDataDirEnvVar + " (" + env + ") holds no " + kMarkerFile,
        "point it to the data/ folder of hemeroteca, or unset it");
  }
  std::filesystem::path candidates[] = {
      program_dir() / ".." / "share" / "hemeroteca",
      HEMEROTECA_DATA_DIR_INSTALL,
      HEMEROTECA_DATA_DIR_BUILD,
  };
  for (const auto& dir : candidates)
    if (holds_data(dir)) return dir.lexically_normal();
  throw DataFileError("cannot find hemeroteca's data files (" + std::string(kMarkerFile) + ")",
                      std::string("set ") + kDataDirEnvVar + " to the data/ folder");
}

namespace {
std::filesystem::path& user_data_dir() {
  static std::filesystem::path dir;
  return dir;
}
}  // namespace

void set_user_data_dir(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw DataFileError("no data folder " + dir.string(),
                        "give a folder holding some of hemeroteca's data files (gazetteer.toml, "
                        "topics.toml ...)");
  user_data_dir() = dir;
}

std::filesystem::path data_file(std::string_view name) {
  std::error_code ec;
  if (!user_data_dir().empty() &&
      std::filesystem::is_regular_file(user_data_dir() / std::string(name), ec))
    return user_data_dir() / std::string(name);
  return data_dir() / std::string(name);
}

std::string read_data_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataFileError("cannot read data file " + path.string());
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string fingerprint(std::string_view text) {
  return hex16(stable_hash(text));
}

}  // namespace hemeroteca
