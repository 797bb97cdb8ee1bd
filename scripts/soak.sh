#!/usr/bin/env bash
# Soak test: for a given time, an indexer keeps updating an index (files
# added, changed and deleted, now and then a --rebuild) while searches run
# against it without pause: a long-lived `--batch` searcher (one process,
# the index reopened under it) and one process per query. At the end:
# failed queries (must be 0), the batch searcher's memory at start and end,
# the indexer runs and their peak memory, and Xapian's consistency check of
# the index.
#
#   scripts/soak.sh [--minutes N] [--articles N] [--work DIR] [--build DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
minutes=30
articles=3000
work="${TMPDIR:-/tmp}/hemeroteca-soak"
build="$root/build/release"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --articles) articles="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "soak.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DHEMEROTECA_BUILD_TESTS=OFF \
  --log-level=WARNING >/dev/null
cmake --build "$build" --parallel "$(nproc)" >/dev/null
index_bin="$build/indexer/hemeroteca-index"
search_bin="$build/searcher/hemeroteca-search"
log() { printf '[soak %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

rm -rf "$work"
mkdir -p "$work/corpus"
corpus="$work/corpus"
db="$work/index"
words=(fentanilo armas cárteles soberanía Rubio Sheinbaum frontera aranceles migrantes
  extradición Venezuela seguridad cooperación llamada reunión narcotráfico acuerdo)
article() {  # N: an article with a date and some of the words
  local n="$1" body="" i
  for ((i = 0; i < 40; i++)); do body+="${words[$(((n * 7 + i * 3) % ${#words[@]}))]} "; done
  printf 'date 2026-%02d-%02d\nEl secretario Marco Rubio dijo que %s. La presidenta Claudia Sheinbaum aseguró que %s.\n' \
    $((n % 12 + 1)) $((n % 28 + 1)) "$body" "$body"
}
log "writing $articles articles"
for ((n = 0; n < articles; n++)); do article "$n" >"$corpus/a$n.txt"; done
"$index_bin" -q --db "$db" "$corpus"

# The searchers.
queries=(fentanilo "armas frontera" '"Marco Rubio"' "soberanía OR aranceles" "speaker:sheinbaum"
  "date:2026-03" "fentan*" "cárteles -Venezuela" "migrantes extradición" "acuerdo")
failed=0
answered=0
coproc BATCH { exec "$search_bin" --db "$db" --batch --no-snippets 2>"$work/batch.err"; }
batch_pid=$BATCH_PID
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
ask_batch() {
  local line
  printf '%s\n' "$1" >&"${BATCH[1]}"
  if ! IFS= read -r -t 60 line <&"${BATCH[0]}"; then
    echo "batch searcher stopped answering" >>"$work/failures.log"
    return 1
  fi
  [[ "$line" == *'"error"'* ]] && { echo "batch: $1 -> $line" >>"$work/failures.log"; return 1; }
  return 0
}
ask_batch fentanilo || true
rss_start=$(rss "$batch_pid")

# The indexer: every few seconds, change some files and update; every tenth
# run, a rebuild.
indexer_loop() {
  local run=0 n next=$articles
  while [[ ! -f "$work/stop" ]]; do
    run=$((run + 1))
    for ((n = 0; n < 20; n++)); do
      article $((RANDOM * 7)) >>"$corpus/a$((RANDOM % next)).txt"  # changed
      article "$next" >"$corpus/a$next.txt"                         # added
      next=$((next + 1))
      rm -f "$corpus/a$((RANDOM % next)).txt"                       # deleted
    done
    local args=(--db "$db" --json --lock-timeout 120)
    ((run % 10 == 0)) && args+=(--rebuild)
    /usr/bin/time -f '%M' -o "$work/rss-$run" "$index_bin" "${args[@]}" "$corpus" \
      >"$work/run-$run.json" 2>"$work/run-$run.err" || echo "indexer run $run exited $?" >>"$work/indexer-failures.log"
    sleep 2
  done
  echo "$run" >"$work/indexer-runs"
}
indexer_loop &
indexer_pid=$!

log "searching while indexing for $minutes minutes"
end=$((SECONDS + minutes * 60))
i=0
while ((SECONDS < end)); do
  q="${queries[$((i % ${#queries[@]}))]}"
  i=$((i + 1))
  answered=$((answered + 1))
  ask_batch "$q" || failed=$((failed + 1))
  if ((i % 5 == 0)); then
    answered=$((answered + 1))
    set +e
    "$search_bin" --db "$db" --json --no-snippets "$q" >"$work/one.json" 2>>"$work/one.err"
    status=$?
    set -e
    if [[ $status -gt 1 ]]; then
      failed=$((failed + 1))
      echo "one process: $q -> exit $status" >>"$work/failures.log"
    fi
  fi
done
rss_end=$(rss "$batch_pid")
touch "$work/stop"
wait "$indexer_pid"
exec {BATCH[1]}>&-
wait "$batch_pid" || true

runs=$(cat "$work/indexer-runs")
peak=$(cat "$work"/rss-* | sort -n | tail -1)
lines() { if [[ -f "$1" ]]; then wc -l <"$1"; else echo 0; fi; }
indexer_failures=$(lines "$work/indexer-failures.log")
check=$(xapian-check "$db" 2>&1 | tail -1)
articles_now=$(ls "$corpus" | wc -l)
indexed=$("$search_bin" --db "$db" --info --json | grep -o '"articles": *[0-9]*' | grep -o '[0-9]*$')
cat <<EOT
Soak test, $minutes minutes ($(nproc) cores):
- queries answered: $answered; failed: $failed (details: $work/failures.log)
- batch searcher memory (RSS): $rss_start KB at start, $rss_end KB at end
- indexer runs: $runs ($((runs / 10)) of them rebuilds); failed runs: $indexer_failures; peak RSS $peak KB
- articles in the folder at the end: $articles_now; in the index: $indexed
- xapian-check: $check
EOT
[[ "$failed" == 0 && "$indexer_failures" == 0 && "$articles_now" == "$indexed" ]]
