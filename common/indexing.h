// Updating an index from corpus folders: the indexer's work, as a library
// call. Reports progress through a callback interface; never prints.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "common/corpus.h"

namespace hemeroteca {

// Files larger than this are skipped unless --max-file-size says otherwise.
inline constexpr std::uintmax_t kDefaultMaxFileBytes = 50ull * 1024 * 1024;

struct IndexOptions {
  std::filesystem::path db_path;
  std::vector<std::filesystem::path> folders;
  std::uintmax_t max_file_bytes = kDefaultMaxFileBytes;
};

struct FileWarning {
  std::string path;
  std::string message;
};

struct IndexSummary {
  std::size_t added = 0;
  std::size_t updated = 0;
  std::size_t removed = 0;
  std::size_t unchanged = 0;
  std::vector<SkippedFile> skipped;
  std::vector<FileWarning> warnings;
  std::size_t total_documents = 0;  // in the index after the run
  double seconds = 0;
};

// Receives progress; the indexer binary draws it, tests may record it.
class IndexProgress {
 public:
  virtual ~IndexProgress() = default;
  virtual void on_start(std::size_t total_files) { (void)total_files; }
  virtual void on_file_done(std::size_t done, std::size_t total) { (void)done, (void)total; }
};

// Indexes every article under `options.folders` into the index at
// `options.db_path` (created if missing). Bad files are skipped and listed in
// the summary; they never abort the run.
IndexSummary update_index(const IndexOptions& options, IndexProgress* progress = nullptr);

}  // namespace hemeroteca
