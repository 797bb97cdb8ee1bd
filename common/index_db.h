// Opening the index, for reading or writing, with the schema and analysis
// checks that keep the two binaries in agreement.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <string>

namespace hemeroteca {

// Opens an existing index for searching. Throws IndexUnavailableError when
// there is no readable index at `path`, IndexIncompatibleError when it was
// written with another schema version or analysis settings.
Xapian::Database open_index_for_reading(const std::filesystem::path& path,
                                        const std::string& analysis_settings);

// Opens (creating if needed) an index for writing. A new index gets the
// current schema version and analysis settings; an existing one must match
// them. When another writer holds the lock, retries for `lock_timeout`
// seconds, then throws IndexLockedError.
Xapian::WritableDatabase open_index_for_writing(const std::filesystem::path& path,
                                                const std::string& analysis_settings,
                                                double lock_timeout = 0);

// The indexer's lock on an index: a file "<index>.lock" beside it, held with
// flock() for a whole run, so that a rebuild can close its Xapian handles
// before swapping folders without letting another indexer in. Waits
// `timeout` seconds for another holder, then throws IndexLockedError.
class IndexLock {
 public:
  IndexLock(const std::filesystem::path& index, double timeout);
  ~IndexLock();
  IndexLock(const IndexLock&) = delete;
  IndexLock& operator=(const IndexLock&) = delete;

 private:
  int fd_ = -1;
};

// Exchanges two folders atomically (renameat2 RENAME_EXCHANGE), so that a
// reader opening either path sees one complete index or the other. Where the
// file system cannot, falls back to two renames (a reader in between sees
// no index at `live` for an instant; the searcher retries).
void swap_folders(const std::filesystem::path& live, const std::filesystem::path& fresh);

// Throws IndexIncompatibleError unless `db` (non-empty) was written with the
// current schema version and analysis settings.
void check_compatible(const Xapian::Database& db, const std::filesystem::path& path,
                      const std::string& analysis_settings);

}  // namespace hemeroteca
