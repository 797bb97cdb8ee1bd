// Small UTF-8 helpers on top of ICU's macros.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hemeroteca::utf8 {

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates).
bool is_valid(std::string_view text);

// Byte offset of the first ill-formed sequence, or npos.
std::size_t first_invalid(std::string_view text);

// `text` with every ill-formed sequence replaced by U+FFFD, so that it can be
// written into JSON or a terminal whatever bytes a document held.
std::string sanitize(std::string_view text);

// Largest prefix of `text` of at most `max_bytes` bytes that does not cut a
// code point in two.
std::string_view truncate(std::string_view text, std::size_t max_bytes);

// Appends code point `c` to `out` as UTF-8.
void append(std::string& out, char32_t c);

}  // namespace hemeroteca::utf8
