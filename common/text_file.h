// Reading one input file into clean UTF-8 text, or saying why it cannot be.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

// Why a file was not indexed. The names (skip_reason_name) appear in the
// indexer's summary and JSON output.
enum class SkipReason {
  kNone,
  kEmpty,            // no bytes, or only white space
  kBinary,           // contains NUL bytes
  kInvalidEncoding,  // not UTF-8 and no charset could be detected
  kTooLarge,         // over --max-file-size
  kUnreadable,       // open or read failed (permissions, I/O error)
  kBrokenLink,       // a symbolic link to nothing
  kVanished,         // listed, then gone before it was read
};

std::string_view skip_reason_name(SkipReason reason);

struct TextFile {
  SkipReason skip = SkipReason::kNone;
  std::string detail;                 // human-readable cause when skipped
  std::string text;                   // UTF-8, LF line ends, no BOM
  std::vector<std::string> warnings;  // e.g. "converted from windows-1252"
  std::uintmax_t size = 0;            // bytes on disk
  bool ok() const { return skip == SkipReason::kNone; }
};

// Checks raw bytes and turns them into clean UTF-8 text: strips a UTF-8
// BOM, turns CRLF/CR into LF, and rejects binary, empty and ill-formed
// input.
TextFile decode_text(std::string bytes);

// Reads and decodes `path`. Never throws for a bad file: the result says why
// it was skipped.
TextFile read_text_file(const std::filesystem::path& path, std::uintmax_t max_bytes);

}  // namespace hemeroteca
