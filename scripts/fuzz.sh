#!/usr/bin/env bash
# Runs the fuzz targets (tests/fuzz) with libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer (clang), each for a given time, as many at once
# as there are cores.
#
#   scripts/fuzz.sh [--seconds N] [--work DIR] [TARGET...]
#
# Targets: reader charset analysis dates extraction query (default: all).
# Each starts from its kept inputs (tests/fuzz/inputs/TARGET) plus the
# articles of corpus/ and tests/gold/; what it finds new is kept in
# WORK/corpus/TARGET, crashes in WORK/crashes/TARGET. A crash: minimise it,
# add it to tests/fuzz/inputs/TARGET (then it runs in every test run), fix.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=600
work="${TMPDIR:-/tmp}/hemeroteca-fuzz"
targets=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=(reader charset analysis dates extraction query)

"$root/scripts/install-deps.sh"
command -v clang++ >/dev/null || {
  echo "fuzz.sh: clang++ is missing (Debian: clang, libclang-rt-dev)" >&2
  exit 1
}
build="$root/build/fuzz"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DHEMEROTECA_FUZZ=ON -DHEMEROTECA_BUILD_BENCH=OFF --log-level=WARNING >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null

run_one() {
  local name="$1" corpus="$work/corpus/$1" crashes="$work/crashes/$1/"
  mkdir -p "$corpus" "$crashes"
  cp -n "$root/tests/fuzz/inputs/$name/"* "$corpus/" 2>/dev/null || true
  if [[ "$name" != query ]]; then
    cp -n "$root/corpus/"*.txt "$corpus/"
    find "$root/tests/gold" -name '*.txt' -exec cp -n {} "$corpus/" \;
  fi
  # Inputs up to 64 KB: long enough for whole articles.
  "$build/tests/fuzz_$name" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
    -rss_limit_mb=4096 -artifact_prefix="$crashes" -print_final_stats=1 \
    >"$work/$name.log" 2>&1 && echo "$name: no crash in ${seconds}s ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/$name.log" | grep -o '[0-9]*$') runs)" ||
    echo "$name: FAILED, see $work/$name.log and $crashes"
}

mkdir -p "$work"
pids=()
for name in "${targets[@]}"; do
  while [[ $(jobs -rp | wc -l) -ge $(nproc) ]]; do wait -n || true; done
  run_one "$name" &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
if find "$work/crashes" -type f | grep -q .; then
  echo "fuzz.sh: crashes kept in $work/crashes" >&2
  exit 1
fi
exit "$status"
