#include "common/file_signature.h"

#include <charconv>
#include <system_error>

#include "common/stable_hash.h"

namespace hemeroteca {

std::string FileSignature::encode() const {
  return std::to_string(size) + ' ' + std::to_string(mtime_ns) + ' ' + hex16(hash) + ' ' + path;
}

std::optional<FileSignature> FileSignature::decode(std::string_view value) {
  FileSignature signature;
  auto field = [&](auto& out, int base) {
    std::size_t space = value.find(' ');
    if (space == std::string_view::npos) return false;
    auto [end, ec] = std::from_chars(value.data(), value.data() + space, out, base);
    if (ec != std::errc() || end != value.data() + space) return false;
    value.remove_prefix(space + 1);
    return true;
  };
  if (!field(signature.size, 10) || !field(signature.mtime_ns, 10) || !field(signature.hash, 16))
    return std::nullopt;
  signature.path = std::string(value);
  return signature;
}

std::optional<FileSignature> stat_file(const std::filesystem::path& path) {
  std::error_code ec;
  FileSignature signature;
  signature.size = std::filesystem::file_size(path, ec);
  if (ec) return std::nullopt;
  auto mtime = std::filesystem::last_write_time(path, ec);
  if (ec) return std::nullopt;
  signature.mtime_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(mtime.time_since_epoch()).count();
  signature.path = path.string();
  return signature;
}

}  // namespace hemeroteca
