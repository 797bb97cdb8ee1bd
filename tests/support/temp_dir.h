// A temporary folder for a test, removed with everything in it at the end.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace hemeroteca::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

  // Writes `content` to `name` (folders created as needed); returns the path.
  std::filesystem::path write(std::string_view name, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

// The repository's corpus/ folder.
std::filesystem::path corpus_dir();

// Reads a whole file.
std::string read_file(const std::filesystem::path& path);

}  // namespace hemeroteca::testing
