#!/usr/bin/env bash
# The README's first command: installs what is missing, builds in Release,
# indexes corpus/ into a fresh index and runs a sample ranked search with
# facets.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/release"
db="$build/demo-index"

"$root/scripts/install-deps.sh"
echo "== Building (Release) in $build" >&2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DHEMEROTECA_BUILD_TESTS=OFF \
  --log-level=WARNING >/dev/null
cmake --build "$build" --parallel "$(nproc)" >/dev/null

echo "== Indexing $root/corpus into $db" >&2
rm -rf "$db"
"$build/indexer/hemeroteca-index" --db "$db" "$root/corpus"

echo "== hemeroteca-search --facets fentanilo armas" >&2
"$build/searcher/hemeroteca-search" --db "$db" --facets fentanilo armas
