// A hash that is the same on every run and machine (std::hash is not):
// for index keys, shard assignment and data-file fingerprints.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hemeroteca {

// 64-bit FNV-1a.
constexpr std::uint64_t stable_hash(std::string_view text) {
  std::uint64_t hash = 1469598103934665603ull;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

// 16 lower-case hex digits.
inline std::string hex16(std::uint64_t value) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (int shift = 60; shift >= 0; shift -= 4) out.push_back(kHex[(value >> shift) & 0xf]);
  return out;
}

}  // namespace hemeroteca
