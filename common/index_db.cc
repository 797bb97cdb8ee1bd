#include "common/index_db.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <system_error>
#include <thread>

#include "common/errors.h"
#include "common/schema.h"

namespace hemeroteca {
namespace {

const std::string kRebuildHint = "rebuild it with: hemeroteca-index --rebuild --db PATH CORPUS_DIR";
constexpr std::chrono::milliseconds kLockRetry{100};

}  // namespace

void check_compatible(const Xapian::Database& db, const std::filesystem::path& path,
                      const std::string& analysis_settings) {
  std::string version = db.get_metadata(std::string(schema::metadata::kSchemaVersion));
  if (version.empty() && db.get_doccount() == 0) return;  // new, empty index
  if (version != std::to_string(schema::kSchemaVersion))
    throw IndexIncompatibleError("the index at " + path.string() + " has schema version " +
                                     (version.empty() ? "(none)" : version) +
                                     "; this program needs " +
                                     std::to_string(schema::kSchemaVersion),
                                 kRebuildHint);
  std::string analysis = db.get_metadata(std::string(schema::metadata::kAnalysis));
  if (analysis != analysis_settings)
    throw IndexIncompatibleError(
        "the index at " + path.string() + " was built with other analysis settings (" + analysis +
            "); this program uses " + analysis_settings + " (a new version, or edited data files)",
        kRebuildHint);
}

Xapian::Database open_index_for_reading(const std::filesystem::path& path,
                                        const std::string& analysis_settings) {
  std::error_code ec;
  // A rebuild swapping folders without an atomic exchange leaves no index
  // at `path` for an instant: look again before giving up.
  for (int attempt = 0; attempt < 3 && !std::filesystem::exists(path, ec); ++attempt)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  if (!std::filesystem::exists(path, ec))
    throw IndexUnavailableError(
        "no index at " + path.string(),
        "build one with: hemeroteca-index --db " + path.string() + " CORPUS_DIR");
  Xapian::Database db;
  try {
    db = Xapian::Database(path.string());
  } catch (const Xapian::DatabaseVersionError& e) {
    throw IndexIncompatibleError("cannot read the index at " + path.string() + ": " + e.get_msg(),
                                 kRebuildHint);
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw IndexUnavailableError("cannot open the index at " + path.string() + ": " + e.get_msg(),
                                "check the path, or build an index there with hemeroteca-index");
  } catch (const Xapian::DatabaseCorruptError& e) {
    throw IndexUnavailableError("the index at " + path.string() + " is damaged: " + e.get_msg(),
                                kRebuildHint);
  }
  check_compatible(db, path, analysis_settings);
  return db;
}

Xapian::WritableDatabase open_index_for_writing(const std::filesystem::path& path,
                                                const std::string& analysis_settings,
                                                double lock_timeout) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  Xapian::WritableDatabase db;
  auto deadline = std::chrono::steady_clock::now() +
                  std::chrono::milliseconds(static_cast<long>(lock_timeout * 1000));
  try {
    for (;;) {
      try {
        db = Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN);
        break;
      } catch (const Xapian::DatabaseLockError&) {
        if (std::chrono::steady_clock::now() >= deadline) throw;
        std::this_thread::sleep_for(kLockRetry);
      }
    }
  } catch (const Xapian::DatabaseLockError&) {
    std::string waited = lock_timeout > 0
                             ? " (waited " + std::to_string(static_cast<long>(lock_timeout)) + " s)"
                             : "";
    throw IndexLockedError(
        "the index at " + path.string() + " is locked by another writer" + waited,
        "wait for the other hemeroteca-index to finish, or raise --lock-timeout");
  } catch (const Xapian::DatabaseVersionError& e) {
    throw IndexIncompatibleError("cannot write the index at " + path.string() + ": " + e.get_msg(),
                                 kRebuildHint);
  } catch (const Xapian::DatabaseError& e) {
    throw IndexUnavailableError("cannot open the index at " + path.string() +
                                " for writing: " + e.get_msg());
  }
  check_compatible(db, path, analysis_settings);
  db.set_metadata(std::string(schema::metadata::kSchemaVersion),
                  std::to_string(schema::kSchemaVersion));
  db.set_metadata(std::string(schema::metadata::kAnalysis), analysis_settings);
  return db;
}

IndexLock::IndexLock(const std::filesystem::path& index, double timeout) {
  std::error_code ec;
  if (index.has_parent_path()) std::filesystem::create_directories(index.parent_path(), ec);
  std::string path = index.string() + ".lock";
  fd_ = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw IndexUnavailableError("cannot create the lock file " + path + ": " +
                                std::strerror(errno));
  auto deadline = std::chrono::steady_clock::now() +
                  std::chrono::milliseconds(static_cast<long>(timeout * 1000));
  while (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      int error = errno;
      close(fd_);
      throw IndexUnavailableError("cannot lock " + path + ": " + std::strerror(error));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      close(fd_);
      std::string waited =
          timeout > 0 ? " (waited " + std::to_string(static_cast<long>(timeout)) + " s)" : "";
      throw IndexLockedError(
          "the index at " + index.string() + " is locked by another hemeroteca-index" + waited,
          "wait for the other indexer to finish, or raise --lock-timeout");
    }
    std::this_thread::sleep_for(kLockRetry);
  }
}

IndexLock::~IndexLock() {
  if (fd_ >= 0) close(fd_);  // releases the lock
}

void swap_folders(const std::filesystem::path& live, const std::filesystem::path& fresh) {
  std::error_code ec;
  if (!std::filesystem::exists(live, ec)) {
    std::filesystem::rename(fresh, live);
    return;
  }
  if (syscall(SYS_renameat2, AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) == 0)
    return;
  if (errno != EINVAL && errno != ENOSYS)
    throw IndexUnavailableError("cannot put the rebuilt index in place of " + live.string() + ": " +
                                std::strerror(errno));
  // No atomic exchange here: two renames.
  std::filesystem::path aside = live;
  aside += ".old";
  std::filesystem::remove_all(aside, ec);
  std::filesystem::rename(live, aside);
  std::filesystem::rename(fresh, live);
  std::filesystem::rename(aside, fresh);
}

}  // namespace hemeroteca
