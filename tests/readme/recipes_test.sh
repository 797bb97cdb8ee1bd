#!/usr/bin/env bash
# Runs every shell recipe of the README's "Script recipes" (```sh blocks) as
# written, from the source folder, with the programs of BUILD_DIR on the
# PATH and HEMEROTECA_DB naming a fresh index of corpus/. A recipe fails the
# test when it exits non-zero or prints nothing.
#
#   recipes_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch" /tmp/queries.txt' EXIT
export PATH="$build/indexer:$build/searcher:$PATH"
export HEMEROTECA_DB="$scratch/index"
unset HEMEROTECA_DATA_DIR
cd "$source"
hemeroteca-index --quiet corpus/

awk '/^## Script recipes/ {on = 1; next} /^## / {on = 0}
     on && /^```sh$/ {block++; inside = 1; next}
     on && inside && /^```$/ {inside = 0; next}
     on && inside {print > (dir "/recipe-" block ".sh")}' dir="$scratch" README.md
count=$(ls "$scratch"/recipe-*.sh | wc -l)
[[ "$count" -ge 5 ]] || { echo "only $count recipes found" >&2; exit 1; }
for recipe in "$scratch"/recipe-*.sh; do
  output=$(bash -euo pipefail "$recipe" 2>&1) || {
    echo "recipe failed ($(basename "$recipe")):" >&2
    cat "$recipe" >&2
    echo "$output" >&2
    exit 1
  }
  if [[ -z "$output" && "$(cat "$recipe")" != *">>"* ]]; then
    echo "recipe printed nothing: $(cat "$recipe")" >&2
    exit 1
  fi
done
echo "$count recipes ran"
