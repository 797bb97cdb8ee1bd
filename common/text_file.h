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
  kInvalidRecord,    // a JSONL line that is not an article
  kNotAFile,         // a FIFO, socket or device named *.txt
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

// Checks raw bytes and turns them into clean UTF-8 text:
//   * UTF-8 is kept (a BOM stripped);
//   * UTF-16 with a BOM is converted;
//   * other text that is not UTF-8 goes through ICU's charset detection
//     and is converted from what it names (Latin-1, Windows-1252 ...), or
//     from Windows-1252 when the detection is unsure, with a warning;
//   * NUL bytes or many control characters: binary, skipped;
//   * nothing but white space: empty, skipped.
// CRLF and CR line ends become LF.
TextFile decode_text(std::string bytes);

// Reads and decodes `path`. Never throws for a bad file: the result says why
// it was skipped.
TextFile read_text_file(const std::filesystem::path& path, std::uintmax_t max_bytes);

}  // namespace hemeroteca
