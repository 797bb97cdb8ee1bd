#include "common/text_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "common/utf8.h"

namespace hemeroteca {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string normalize_line_ends(std::string text) {
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

bool only_white_space(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

TextFile skipped(SkipReason reason, std::string detail) {
  TextFile file;
  file.skip = reason;
  file.detail = std::move(detail);
  return file;
}

}  // namespace

std::string_view skip_reason_name(SkipReason reason) {
  switch (reason) {
    case SkipReason::kNone:
      return "none";
    case SkipReason::kEmpty:
      return "empty";
    case SkipReason::kBinary:
      return "binary";
    case SkipReason::kInvalidEncoding:
      return "invalid-encoding";
    case SkipReason::kTooLarge:
      return "too-large";
    case SkipReason::kUnreadable:
      return "unreadable";
    case SkipReason::kBrokenLink:
      return "broken-link";
    case SkipReason::kVanished:
      return "vanished";
  }
  return "unknown";
}

TextFile decode_text(std::string bytes) {
  std::size_t size = bytes.size();
  if (bytes.find('\0') != std::string::npos)
    return skipped(SkipReason::kBinary, "contains NUL bytes (binary file?)");
  if (std::string_view(bytes).starts_with(kUtf8Bom)) bytes.erase(0, kUtf8Bom.size());
  if (only_white_space(bytes)) return skipped(SkipReason::kEmpty, "empty file");
  std::size_t bad = utf8::first_invalid(bytes);
  if (bad != std::string_view::npos)
    return skipped(SkipReason::kInvalidEncoding,
                   "not valid UTF-8 (first bad byte at offset " + std::to_string(bad) + ")");
  TextFile file;
  file.text = normalize_line_ends(std::move(bytes));
  file.size = size;
  return file;
}

TextFile read_text_file(const std::filesystem::path& path, std::uintmax_t max_bytes) {
  std::error_code ec;
  auto link_status = std::filesystem::symlink_status(path, ec);
  if (ec) return skipped(SkipReason::kVanished, "no longer exists");
  auto status = std::filesystem::status(path, ec);
  if (std::filesystem::is_symlink(link_status) && !std::filesystem::exists(status))
    return skipped(SkipReason::kBrokenLink, "symbolic link to a missing file");
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return skipped(SkipReason::kUnreadable, ec.message());
  if (size > max_bytes)
    return skipped(SkipReason::kTooLarge,
                   std::to_string(size) + " bytes, over the limit of " + std::to_string(max_bytes));
  std::ifstream in(path, std::ios::binary);
  if (!in) return skipped(SkipReason::kUnreadable, std::strerror(errno));
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (in.bad()) return skipped(SkipReason::kUnreadable, "read error");
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  TextFile file = decode_text(std::move(bytes));
  file.size = size;
  return file;
}

}  // namespace hemeroteca
