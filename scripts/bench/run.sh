#!/usr/bin/env bash
# The benchmark: hemeroteca against plain Xapian, omindex and SQLite FTS5 on
# the same corpora in one run, written up as docs/BENCHMARKS.md.
#
#   scripts/bench/run.sh [--sizes "1000 10000 100000"] [--runs N] [--no-real]
#                        [--source DIR] [--work DIR] [--out FILE]
#                        [--build DIR] [--no-build]
#
# Corpora: synthetic articles generated from the sentences of --source (one
# corpus per size in --sizes; default source: the mañaneras transcripts,
# ../shared/data/mananeras_mx/txt) and the real transcripts themselves
# (skipped with --no-real or when absent).
# Every figure is the median of --runs runs (default 3); ratios are to plain
# Xapian measured in the same run, since absolute times drift between runs on
# shared machines. Raw measurements stay in WORK/results.tsv. --no-build uses
# the tools already built in --build (configured with HEMEROTECA_BUILD_BENCH).
# Needs omindex, quest (xapian-omega, xapian-tools) and sqlite3:
# scripts/install-deps.sh installs them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sizes="1000 10000 100000"
runs=3
real=1
build_it=1
work="${TMPDIR:-/tmp}/hemeroteca-bench"
out="$root/docs/BENCHMARKS.md"
build="$root/build/bench"
real_corpus="$root/../shared/data/mananeras_mx/txt"
source_dir="$real_corpus"
command_line="scripts/bench/run.sh${*:+ $*}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-real) real=0; shift ;;
    --source) source_dir="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --no-build) build_it=0; shift ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

for tool in omindex quest sqlite3 cmake; do
  if ! command -v "$tool" >/dev/null; then
    echo "run.sh: $tool is missing; run scripts/install-deps.sh first" >&2
    exit 1
  fi
done

log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

if [[ "$build_it" == 1 ]]; then
  log "building (Release) in $build"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DHEMEROTECA_BUILD_TESTS=OFF \
    -DHEMEROTECA_BUILD_BENCH=ON >/dev/null
  cmake --build "$build" -j"$(nproc)" >/dev/null
fi
tools="$build/scripts/bench"
bench="$tools/bench_tool"
index_bin="$build/indexer/hemeroteca-index"
search_bin="$build/searcher/hemeroteca-search"

mkdir -p "$work"
results="$work/results.tsv"
: >"$results"
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$results"; }

# measure CORPUS ENGINE METRIC_PREFIX -- CMD...: time and peak RSS of CMD.
measure() {
  local corpus="$1" engine="$2" metric="$3"
  shift 4
  local seconds rss status
  read -r seconds rss status < <("$bench" measure -- "$@")
  if [[ "$status" != 0 ]]; then
    echo "run.sh: $engine failed (exit $status): $*" >&2
    exit 1
  fi
  record "$corpus" "$engine" "${metric}_s" "$seconds"
  record "$corpus" "$engine" "${metric}_rss_kb" "$rss"
}

index_command() {  # ENGINE CORPUS_DIR DB
  case "$1" in
    hemeroteca) echo "$index_bin -q --db $3 $2" ;;
    hemeroteca-1core) echo "$index_bin -q --threads 1 --db $3 $2" ;;
    plain-xapian) echo "$tools/plain_xapian index $2 $3" ;;
    omindex) echo "omindex --db $3 --url / --stemmer=spanish $2" ;;
    fts5) echo "$tools/fts5 index $2 $3" ;;
  esac
}

bench_corpus() {  # NAME ARTICLES_DIR QUERIES [HEADLINES]
  local name="$1" articles="$2" queries="$3" headlines="${4:-}"
  local dbs="$work/db-$name"
  rm -rf "$dbs"
  mkdir -p "$dbs"
  record "$name" corpus bytes "$(find "$articles" -name '*.txt' -type f -printf '%s\n' | awk '{s+=$1} END {print s}')"
  record "$name" corpus files "$(find "$articles" -name '*.txt' -type f | wc -l)"

  local engine run
  for engine in plain-xapian hemeroteca hemeroteca-1core omindex fts5; do
    log "$name: indexing with $engine ($runs runs)"
    for ((run = 1; run <= runs; run++)); do
      rm -rf "$dbs/$engine"
      # shellcheck disable=SC2046
      measure "$name" "$engine" index -- $(index_command "$engine" "$articles" "$dbs/$engine")
    done
    record "$name" "$engine" size_bytes "$(du -sb "$dbs/$engine" | cut -f1)"
  done
  for engine in hemeroteca omindex; do
    log "$name: re-indexing with $engine, nothing changed"
    for ((run = 1; run <= runs; run++)); do
      # shellcheck disable=SC2046
      measure "$name" "$engine" noop -- $(index_command "$engine" "$articles" "$dbs/$engine")
    done
  done

  log "$name: queries in one process"
  local format p50 p95 p99 rss
  for ((run = 1; run <= runs; run++)); do
    # Facets on or off; snippets (which read each result's file) on or off.
    for format in hemeroteca hemeroteca-nofacets; do
      read -r p50 p95 p99 rss < <("$bench" batch "$format" "$queries" "$work/ids" -- \
        "$search_bin" --db "$dbs/hemeroteca" --batch)
      record_query "$name" "$format-snippets" batch "$p50" "$p95" "$p99" "$rss"
      read -r p50 p95 p99 rss < <("$bench" batch "$format" "$queries" "$work/ids" -- \
        "$search_bin" --db "$dbs/hemeroteca" --batch --no-snippets)
      record_query "$name" "$format" batch "$p50" "$p95" "$p99" "$rss"
    done
    read -r p50 p95 p99 rss < <("$bench" batch tsv "$queries" "$work/ids" -- \
      "$tools/plain_xapian" search "$dbs/plain-xapian" and)
    record_query "$name" plain-xapian batch "$p50" "$p95" "$p99" "$rss"
    read -r p50 p95 p99 rss < <("$bench" batch tsv "$queries" "$work/ids" -- \
      "$tools/fts5" search "$dbs/fts5" and)
    record_query "$name" fts5 batch "$p50" "$p95" "$p99" "$rss"
  done

  log "$name: one process per query"
  for ((run = 1; run <= runs; run++)); do
    read -r p50 p95 p99 < <("$bench" spawn hemeroteca "$dbs/hemeroteca" "$queries" "$search_bin")
    record_query "$name" hemeroteca spawn "$p50" "$p95" "$p99" ""
    read -r p50 p95 p99 < <("$bench" spawn hemeroteca-nosnippets "$dbs/hemeroteca" "$queries" \
      "$search_bin")
    record_query "$name" hemeroteca-nosnippets spawn "$p50" "$p95" "$p99" ""
    read -r p50 p95 p99 < <("$bench" spawn quest "$dbs/omindex" "$queries")
    record_query "$name" quest spawn "$p50" "$p95" "$p99" ""
    read -r p50 p95 p99 < <("$bench" spawn sqlite3 "$dbs/fts5" "$queries")
    record_query "$name" sqlite3 spawn "$p50" "$p95" "$p99" ""
  done

  [[ -n "$headlines" ]] && known_item_search "$name" "$dbs" "$headlines"
  rm -rf "$dbs"
}

record_query() {  # CORPUS ENGINE MODE P50 P95 P99 RSS
  record "$1" "$2" "$3_p50_ms" "$4"
  record "$1" "$2" "$3_p95_ms" "$5"
  record "$1" "$2" "$3_p99_ms" "$6"
  [[ -n "$7" ]] && record "$1" "$2" "$3_rss_kb" "$7"
  return 0
}

# MRR@10 of a headline as the query and its article as the answer, with the
# accents typed and stripped.
known_item_search() {  # NAME DBS HEADLINES
  local name="$1" dbs="$2" headlines="$3" variant ids mrr count
  head -n 500 "$headlines" >"$work/known.tsv"
  cut -f2 "$work/known.tsv" >"$work/known-accents.txt"
  "$bench" strip-accents <"$work/known-accents.txt" >"$work/known-plain.txt"
  for variant in accents plain; do
    log "$name: known-item search, $variant"
    ids="$work/ids"
    "$bench" batch hemeroteca-nofacets "$work/known-$variant.txt" "$ids" -- \
      "$search_bin" --db "$dbs/hemeroteca" --batch >/dev/null
    read -r mrr count < <("$bench" mrr "$work/known.tsv" "$ids")
    record "$name" hemeroteca "mrr_$variant" "$mrr"
    "$bench" batch tsv "$work/known-$variant.txt" "$ids" -- \
      "$tools/plain_xapian" search "$dbs/plain-xapian" or >/dev/null
    read -r mrr count < <("$bench" mrr "$work/known.tsv" "$ids")
    record "$name" plain-xapian "mrr_$variant" "$mrr"
    "$bench" batch tsv "$work/known-$variant.txt" "$ids" -- \
      "$tools/fts5" search "$dbs/fts5" or >/dev/null
    read -r mrr count < <("$bench" mrr "$work/known.tsv" "$ids")
    record "$name" fts5 "mrr_$variant" "$mrr"
  done
  record "$name" corpus known_items "$count"
}

# Known-item search on headlines written by people: the news of
# scripts/bench/known-items/ (150 articles, 30 stories told by 5 outlets
# each: near-duplicates, as in a real archive) and tests/gold/, each without
# its headline, searched among all of them and the articles of a synthetic
# corpus. A first line that is not a headline (a dateline, a whole lead:
# over 160 bytes or with a wire separator ".—") is not a query.
known_real() {  # DISTRACTORS_DIR NAME
  local distractors="$1" name="$2" dir="$work/known-real" n=0 file header title
  rm -rf "$dir"
  mkdir -p "$dir/articles"
  : >"$dir/headlines.tsv"
  for file in "$root"/scripts/bench/known-items/*/*.txt "$root"/tests/gold/*/*.txt; do
    header=""
    title=$(head -n 1 "$file")
    if [[ "$title" == "date "* ]]; then
      header="$title"
    fi
    # The headline: the first non-blank line after the optional header.
    local line
    line=$(awk -v skip="${header:+1}" 'NR > skip + 0 && NF { print NR; exit }' "$file")
    title=$(sed -n "${line}p" "$file")
    n=$((n + 1))
    { [[ -n "$header" ]] && echo "$header"; tail -n +$((line + 1)) "$file"; } \
      >"$dir/articles/real$n.txt"
    title="${title#title: }"
    if (( $(printf '%s' "$title" | wc -c) <= 160 )) && [[ "$title" != *".— "* && "$title" != *".- "* ]]; then
      printf 'real%d.txt\t%s\n' "$n" "$title" >>"$dir/headlines.tsv"
    fi
  done
  # A copy, not a link: the indexers do not follow linked folders.
  [[ -n "$distractors" ]] && cp -r "$distractors" "$dir/articles/distractors"
  local dbs="$work/db-$name"
  rm -rf "$dbs"
  mkdir -p "$dbs"
  log "$name: indexing for known-item search"
  "$index_bin" -q --db "$dbs/hemeroteca" "$dir/articles"
  "$tools/plain_xapian" index "$dir/articles" "$dbs/plain-xapian" >/dev/null
  "$tools/fts5" index "$dir/articles" "$dbs/fts5" >/dev/null
  known_item_search "$name" "$dbs" "$dir/headlines.tsv"
  rm -rf "$dbs" "$dir"
}

first_corpus=""
for size in $sizes; do
  corpus="$work/synthetic-$size"
  if [[ ! -f "$corpus/queries.tsv" ]]; then
    log "generating $size synthetic articles"
    rm -rf "$corpus"
    "$tools/generate_corpus" "$source_dir" "$corpus" "$size"
  fi
  first_corpus="${first_corpus:-$corpus}"
  bench_corpus "synthetic-$size" "$corpus/articles" "$corpus/queries.tsv" "$corpus/headlines.tsv"
done
known_real "" real-headlines
if [[ -n "$first_corpus" ]]; then
  distractors="$first_corpus"
  [[ -d "$work/synthetic-10000/articles" ]] && distractors="$work/synthetic-10000"
  known_real "$distractors/articles" "real-headlines+$(basename "$distractors")"
fi
if [[ "$real" == 1 && -d "$real_corpus" ]]; then
  queries="$first_corpus/queries.tsv"
  if [[ -z "$first_corpus" ]]; then
    "$tools/generate_corpus" "$source_dir" "$work/queries-only" 1000
    queries="$work/queries-only/queries.tsv"
  fi
  bench_corpus mananeras "$real_corpus" "$queries"
fi

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
machine+=", $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
machine+=", $(. /etc/os-release && echo "$PRETTY_NAME")"
machine+=", Xapian $(xapian-config --version | awk '{print $NF}'), SQLite $(sqlite3 --version | cut -d' ' -f1)"
mkdir -p "$(dirname "$out")"
"$bench" report "$results" "$command_line" "$machine" "$runs" >"$out"
log "wrote $out (raw figures: $results)"
