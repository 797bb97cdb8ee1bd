#include "common/text_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "common/utf8.h"

#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

namespace hemeroteca {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

// The charsets the detection may name that we convert from; anything else
// it proposes for text that is not UTF-8 is most likely Windows-1252 (the
// superset of Latin-1 most Spanish text that is not UTF-8 is written in).
constexpr std::string_view kFallbackCharset = "windows-1252";
constexpr std::string_view kAcceptedCharsets[] = {"ISO-8859-1", "ISO-8859-15",  "windows-1252",
                                                  "ISO-8859-2", "windows-1250", "IBM850"};

std::string detect_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return std::string(kFallbackCharset);
  std::string name(kFallbackCharset);
  std::size_t sample = std::min<std::size_t>(bytes.size(), 1 << 16);
  ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(sample), &status);
  const UCharsetMatch* match = U_SUCCESS(status) ? ucsdet_detect(detector, &status) : nullptr;
  if (match != nullptr && U_SUCCESS(status)) {
    const char* detected = ucsdet_getName(match, &status);
    if (U_SUCCESS(status) && detected != nullptr &&
        std::find(std::begin(kAcceptedCharsets), std::end(kAcceptedCharsets),
                  std::string_view(detected)) != std::end(kAcceptedCharsets))
      name = detected;
  }
  ucsdet_close(detector);
  return name;
}

std::string convert_to_utf8(std::string_view bytes, const char* charset) {
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Text has few control characters besides tab, line ends and form feed.
bool mostly_control_characters(std::string_view bytes) {
  std::size_t controls = 0;
  for (unsigned char c : bytes)
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  return controls > 16 && controls * 20 > bytes.size();
}

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
    case SkipReason::kInvalidRecord:
      return "invalid-record";
    case SkipReason::kNotAFile:
      return "not-a-file";
  }
  return "unknown";
}

TextFile decode_text(std::string bytes) {
  std::size_t size = bytes.size();
  if (bytes.starts_with(kUtf16LeBom) || bytes.starts_with(kUtf16BeBom)) {
    std::string charset = bytes.starts_with(kUtf16LeBom) ? "UTF-16LE" : "UTF-16BE";
    bytes = convert_to_utf8(std::string_view(bytes).substr(2), charset.c_str());
    TextFile file = decode_text(std::move(bytes));
    file.size = size;
    file.warnings.push_back("converted from " + charset);
    return file;
  }
  if (bytes.find('\0') != std::string::npos)
    return skipped(SkipReason::kBinary, "contains NUL bytes (binary file?)");
  if (std::string_view(bytes).starts_with(kUtf8Bom)) bytes.erase(0, kUtf8Bom.size());
  if (only_white_space(bytes)) return skipped(SkipReason::kEmpty, "empty file");
  if (mostly_control_characters(bytes))
    return skipped(SkipReason::kBinary, "control characters (binary file?)");
  TextFile file;
  if (!utf8::is_valid(bytes)) {
    std::string charset = detect_charset(bytes);
    file.warnings.push_back("not valid UTF-8: converted from " + charset);
    bytes = convert_to_utf8(bytes, charset.c_str());
    if (!utf8::is_valid(bytes))
      return skipped(SkipReason::kInvalidEncoding, "not valid UTF-8, and not " + charset);
  }
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
