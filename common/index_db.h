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
// them. Throws IndexLockedError when another writer holds the lock.
Xapian::WritableDatabase open_index_for_writing(const std::filesystem::path& path,
                                                const std::string& analysis_settings);

// Throws IndexIncompatibleError unless `db` (non-empty) was written with the
// current schema version and analysis settings.
void check_compatible(const Xapian::Database& db, const std::filesystem::path& path,
                      const std::string& analysis_settings);

}  // namespace hemeroteca
