// The one place where exceptions become a message and an exit code.
//
// Both binaries wrap their work in run_guarded(); it writes to the stream the
// caller gives (stderr in practice), so the library itself never prints.
#pragma once

#include <functional>
#include <iosfwd>
#include <string_view>

#include "common/errors.h"

namespace hemeroteca {

// Runs `body` and returns its exit code. Any exception is reported as one
// line "PROGRAM: error: MESSAGE" (plus "PROGRAM: hint: HINT" when the error
// carries one) on `err`, and mapped to its documented exit code.
int run_guarded(std::string_view program, std::ostream& err, const std::function<int()>& body);

// Reports a command-line error (an unknown option, a bad value) the same
// way, with a hint to --help; returns the usage exit code.
int report_usage_error(std::string_view program, std::ostream& err, std::string_view message);

}  // namespace hemeroteca
