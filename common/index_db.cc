#include "common/index_db.h"

#include <string>
#include <system_error>

#include "common/errors.h"
#include "common/schema.h"

namespace hemeroteca {
namespace {

const std::string kRebuildHint = "rebuild it with: hemeroteca-index --rebuild --db PATH CORPUS_DIR";

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
                                                const std::string& analysis_settings) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  Xapian::WritableDatabase db;
  try {
    db = Xapian::WritableDatabase(path.string(), Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexLockedError("the index at " + path.string() + " is locked by another writer",
                           "wait for the other hemeroteca-index to finish");
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

}  // namespace hemeroteca
