// Updating an index from corpus folders (and JSONL streams): the indexer's
// work, as a library call. Reports progress through a callback interface;
// never prints.
//
// Incremental by default: a file whose size and modification time are those
// recorded is unchanged and not read; one whose content hash is unchanged is
// not re-indexed; changed files are re-indexed in place; the documents of
// files gone from the folders are removed. When the extractors' data files
// changed since the last run, every article is re-extracted.
//
// Crash safety: changes are committed every kCommitEvery documents; Xapian
// commits are atomic, so a run killed at any moment leaves the last
// committed state, and the next run completes it (documents are keyed by
// path: no duplicates).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "common/corpus.h"

namespace hemeroteca {

// Files larger than this are skipped unless --max-file-size says otherwise.
inline constexpr std::uintmax_t kDefaultMaxFileBytes = 50ull * 1024 * 1024;
// How long a second indexer waits for the first's lock.
inline constexpr double kDefaultLockTimeoutSeconds = 30;
// Documents between two commits.
inline constexpr std::size_t kCommitEvery = 1000;

struct IndexOptions {
  std::filesystem::path db_path;
  std::vector<std::filesystem::path> folders;
  // JSONL inputs: paths, or "-" for `stdin`. One article per line:
  // {"id", "body", "title", "date", "source", "url"} (id and body required).
  std::vector<std::string> jsonl;
  std::istream* stdin_stream = nullptr;
  std::uintmax_t max_file_bytes = kDefaultMaxFileBytes;
  double lock_timeout_seconds = kDefaultLockTimeoutSeconds;
  bool rebuild = false;  // build a fresh index beside the live one, then swap
  unsigned threads = 0;  // workers analysing articles; 0: one per core
  // Databases to split the index into (shards.h); 0: as many as it has (1
  // for a new index). A different count needs `rebuild`.
  unsigned shards = 0;
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
  bool rebuilt = false;
  double seconds = 0;
};

// Receives progress; the indexer binary draws it, tests may record it.
class IndexProgress {
 public:
  virtual ~IndexProgress() = default;
  // `total`: the articles to read (unchanged files not counted).
  virtual void on_start(std::size_t total) { (void)total; }
  virtual void on_article_done(std::size_t done, std::size_t total) { (void)done, (void)total; }
};

// Throws IndexLockedError, IndexIncompatibleError, IndexUnavailableError,
// UsageError (a folder that is not one); bad files never throw.
IndexSummary update_index(const IndexOptions& options, IndexProgress* progress = nullptr);

}  // namespace hemeroteca
