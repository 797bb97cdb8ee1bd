#!/usr/bin/env bash
# Scale-out figures for docs/SCALING.md: one synthetic corpus indexed as one
# database and as 2 and 4 shards; each layout searched locally (a stub of
# local shards) and through xapian-tcpsrv on loopback (one server per
# shard); query latency over the benchmark's fixed query set, in batch mode,
# with and without the four facets. Prints a Markdown report on stdout.
#
#   scripts/bench/scaling.sh [--articles N] [--work DIR] [--build DIR] [--no-build]
#
# Needs xapian-tcpsrv (xapian-tools): scripts/install-deps.sh installs it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
articles=20000
work="${TMPDIR:-/tmp}/hemeroteca-scaling"
build="$root/build/bench"
build_it=1
source_dir="$root/../shared/data/mananeras_mx/txt"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --no-build) build_it=0; shift ;;
    --source) source_dir="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "scaling.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

command -v xapian-tcpsrv >/dev/null || {
  echo "scaling.sh: xapian-tcpsrv is missing; run scripts/install-deps.sh first" >&2
  exit 1
}
log() { printf '[scaling %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

if [[ "$build_it" == 1 ]]; then
  log "building (Release) in $build"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DHEMEROTECA_BUILD_TESTS=OFF \
    -DHEMEROTECA_BUILD_BENCH=ON >/dev/null
  cmake --build "$build" -j"$(nproc)" >/dev/null
fi
index_bin="$build/indexer/hemeroteca-index"
search_bin="$build/searcher/hemeroteca-search"
bench="$build/scripts/bench/bench_tool"

mkdir -p "$work"
corpus="$work/corpus-$articles"
if [[ ! -f "$corpus/queries.tsv" ]]; then
  log "generating $articles synthetic articles"
  rm -rf "$corpus"
  "$build/scripts/bench/generate_corpus" "$source_dir" "$corpus" "$articles" >&2
fi
mb=$(du -sm "$corpus/articles" | cut -f1)

servers=()
stop_servers() {
  # xapian-tcpsrv forks a process per connection: stop those too.
  for pid in "${servers[@]}"; do pkill -P "$pid" 2>/dev/null || true; kill -9 "$pid" 2>/dev/null || true; done
  for pid in "${servers[@]}"; do wait "$pid" 2>/dev/null || true; done
  servers=()
}
trap stop_servers EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# serve STUB_OUT SHARD...: one xapian-tcpsrv per shard; writes a stub of
# remote lines.
serve() {
  local stub="$1" port pid
  shift
  : >"$stub"
  for shard in "$@"; do
    port=$(free_port)
    # Its stderr goes to a log: the readiness probe below connects and hangs
    # up, which the server reports as a broken pipe.
    xapian-tcpsrv --port "$port" --interface 127.0.0.1 --quiet "$shard" 2>>"$work/tcpsrv.log" &
    pid=$!
    servers+=("$pid")
    for _ in $(seq 100); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
      sleep 0.05
    done
    echo "remote 127.0.0.1:$port" >>"$stub"
  done
}

latency() {  # DB FORMAT -> "p50 p95 p99"
  "$bench" batch "$2" "$corpus/queries.tsv" "$work/ids" -- "$search_bin" --db "$1" --batch \
    --no-snippets | cut -d' ' -f1-3
}

echo "| layout | shards | index s | index MB | articles per shard | batch p50 / p95 / p99 ms, 4 facets | without facets |"
echo "|---|---:|---:|---:|---|---|---|"
for shards in 1 2 4; do
  db="$work/db-$shards"
  rm -rf "$db"
  log "indexing into $shards shard(s)"
  args=(--db "$db" -q)
  [[ "$shards" -gt 1 ]] && args+=(--shards "$shards")
  start=$(date +%s.%N)
  "$index_bin" "${args[@]}" "$corpus/articles"
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  size=$(du -sm "$db" | cut -f1)
  if [[ "$shards" -gt 1 ]]; then
    shard_dirs=()
    while read -r kind path; do shard_dirs+=("$db/$path"); done < "$db/XAPIANDB"
  else
    shard_dirs=("$db")
  fi
  per_shard=""
  for dir in "${shard_dirs[@]}"; do
    n=$(xapian-delve "$dir" | awk -F' = ' '/number of documents/ {print $2}')
    per_shard+="${per_shard:+, }$n"
  done
  log "searching $shards shard(s) locally"
  local_facets=$(latency "$db" hemeroteca)
  local_plain=$(latency "$db" hemeroteca-nofacets)
  printf '| local | %s | %.1f | %s | %s | %s | %s |\n' "$shards" "$seconds" "$size" "$per_shard" \
    "${local_facets// / \/ }" "${local_plain// / \/ }"
  log "searching $shards shard(s) through xapian-tcpsrv"
  serve "$work/remote-$shards.stub" "${shard_dirs[@]}"
  remote_facets=$(latency "$work/remote-$shards.stub" hemeroteca)
  remote_plain=$(latency "$work/remote-$shards.stub" hemeroteca-nofacets)
  stop_servers
  printf '| remote (loopback) | %s | | | | %s | %s |\n' "$shards" "${remote_facets// / \/ }" \
    "${remote_plain// / \/ }"
done
echo
echo "Corpus: $articles synthetic articles, $mb MB. Machine: $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), Xapian $(xapian-config --version | awk '{print $NF}')."
