// Error types thrown by the library and the exit codes they map to.
//
// The library never prints and never exits: it throws one of these types.
// The binaries catch them once, at the command boundary (see cli_guard.h),
// print one line (plus an optional hint) and return the exit code. The codes
// are part of the command-line API and are documented in the README.
#pragma once

#include <stdexcept>
#include <string>

namespace hemeroteca {

enum class ExitCode : int {
  kOk = 0,
  // Searcher: nothing matched. Indexer: some inputs were skipped.
  kNothing = 1,
  kUsage = 2,              // bad option or malformed query
  kIndexUnavailable = 3,   // index missing or unreadable
  kIndexLocked = 4,        // another indexer holds the write lock
  kShardUnavailable = 5,   // a shard of a sharded index did not answer
  kIndexIncompatible = 6,  // index built with another schema or analysis
  kInternal = 70,          // a bug: unexpected exception
};

// Base of every error the library throws on purpose.
class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message, std::string hint = {})
      : std::runtime_error(message), code_(code), hint_(std::move(hint)) {}
  ExitCode code() const { return code_; }
  // What the user can do about it; may be empty.
  const std::string& hint() const { return hint_; }

 private:
  ExitCode code_;
  std::string hint_;
};

class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message, std::string hint = {})
      : Error(ExitCode::kUsage, message, std::move(hint)) {}
};

class QueryError : public Error {
 public:
  explicit QueryError(const std::string& message, std::string hint = {})
      : Error(ExitCode::kUsage, message, std::move(hint)) {}
};

class IndexUnavailableError : public Error {
 public:
  explicit IndexUnavailableError(const std::string& message, std::string hint = {})
      : Error(ExitCode::kIndexUnavailable, message, std::move(hint)) {}
};

class IndexIncompatibleError : public Error {
 public:
  explicit IndexIncompatibleError(const std::string& message, std::string hint = {})
      : Error(ExitCode::kIndexIncompatible, message, std::move(hint)) {}
};

class IndexLockedError : public Error {
 public:
  explicit IndexLockedError(const std::string& message, std::string hint = {})
      : Error(ExitCode::kIndexLocked, message, std::move(hint)) {}
};

// A shard of a sharded index did not open or answer in time.
class ShardUnavailableError : public Error {
 public:
  explicit ShardUnavailableError(const std::string& message, std::string hint = {})
      : Error(ExitCode::kShardUnavailable, message, std::move(hint)) {}
};

// A data file (stopwords, aliases, gazetteer, taxonomy) is missing or invalid.
class DataFileError : public Error {
 public:
  explicit DataFileError(const std::string& message, std::string hint = {})
      : Error(ExitCode::kUsage, message, std::move(hint)) {}
};

}  // namespace hemeroteca
