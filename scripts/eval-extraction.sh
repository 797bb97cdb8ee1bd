#!/usr/bin/env bash
# Evaluates the extractors: precision and recall of speakers, actors and
# topics, and date accuracy, against the gold annotations of tests/gold (the
# seed articles and the development sets); then how the speaker labels of a
# folder of transcripts resolve (default: ../shared/data/mananeras_mx/txt,
# when present; or give the folder as the first argument).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/eval"
transcripts="${1:-$root/../shared/data/mananeras_mx/txt}"

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release --log-level=WARNING >/dev/null
cmake --build "$build" --target eval_extraction --parallel "$(nproc)" >/dev/null

echo "== Seeds (corpus/, tests/gold/seeds.toml)"
"$build/tests/eval_extraction" "$root/tests/gold/seeds.toml" "$root/corpus"
echo
for set in dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17 dev18 dev19 dev20 dev21 dev22 dev23 dev24 dev25 dev26 dev27 dev28 dev29 dev30 dev31 dev32 dev33 dev34 dev35 dev36 dev37 dev38 dev39 dev40 dev41 dev42 dev43 dev44 dev45 dev46 dev47 dev48 dev49 dev50 dev51 dev52 dev53 dev54 dev55 dev56 dev57 dev58; do
  echo
  echo "== Development set (tests/gold/$set/, tests/gold/$set.toml)"
  "$build/tests/eval_extraction" "$root/tests/gold/$set.toml" "$root/tests/gold/$set"
done
if [ -d "$transcripts" ]; then
  echo
  echo "== Transcripts"
  "$build/tests/eval_extraction" "$root/tests/gold/dev.toml" "$root/tests/gold/dev" "$transcripts" |
    sed -n '/^transcripts in/,$p'
fi
