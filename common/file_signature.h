// What incremental indexing remembers of each indexed file, in the value
// slot schema::kSignature: "SIZE MTIME_NS HASH PATH" (decimal, decimal, 16
// hex digits, then the absolute path, which may contain spaces).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace hemeroteca {

struct FileSignature {
  std::uintmax_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t hash = 0;  // stable_hash of the decoded text
  std::string path;        // absolute; for JSONL articles "jsonl:ID"

  std::string encode() const;
  static std::optional<FileSignature> decode(std::string_view value);
};

// Size and modification time of `path` (no hash), or nullopt when it cannot
// be read.
std::optional<FileSignature> stat_file(const std::filesystem::path& path);

}  // namespace hemeroteca
