#!/usr/bin/env bash
# The README's second command: installs what is missing, builds with
# warnings as errors (-Wall -Wextra -Werror) and runs every test.
#
#   scripts/test.sh              the test suite (what CI runs first)
#   scripts/test.sh --sanitize   the same suite built with AddressSanitizer and
#                                UndefinedBehaviorSanitizer (also:
#                                HEMEROTECA_SANITIZE=1); the benchmark's smoke
#                                test is left out (timing tools, slow there)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sanitize="${HEMEROTECA_SANITIZE:-0}"
[[ "${1:-}" == "--sanitize" ]] && sanitize=1

"$root/scripts/install-deps.sh"
if [[ "$sanitize" == 1 ]]; then
  build="$root/build/sanitize"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEMEROTECA_WERROR=ON \
    -DHEMEROTECA_SANITIZE=ON -DHEMEROTECA_BUILD_BENCH=OFF --log-level=WARNING
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
else
  build="$root/build/test"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DHEMEROTECA_WERROR=ON \
    --log-level=WARNING
fi
cmake --build "$build" --parallel "$(nproc)"
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
