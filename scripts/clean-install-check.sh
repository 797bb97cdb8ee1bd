#!/usr/bin/env bash
# The Debian package on a clean machine: a minimal Debian 12 root made with
# debootstrap, the .deb installed there with apt (which fetches its
# dependencies), then what a newcomer does: index corpus/, search, read the
# man page, Tab-complete a speaker: value. Needs root and the network (Debian
# mirrors); not part of the test suite, which cannot assume either.
#
#   scripts/clean-install-check.sh [--build DIR] [--root DIR] [--mirror URL]
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build="$source_dir/build/release"
root="${TMPDIR:-/tmp}/hemeroteca-clean-root"
mirror="http://deb.debian.org/debian"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --root) root="$2"; shift 2 ;;
    --mirror) mirror="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "clean-install-check.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
log() { printf '[clean %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
log "building the package from $build"
cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DHEMEROTECA_BUILD_TESTS=OFF \
  --log-level=WARNING >/dev/null
cmake --build "$build" --parallel "$(nproc)" >/dev/null
packages="$(mktemp -d)"
(cd "$build" && cpack -G DEB -B "$packages" >/dev/null)
deb=$(ls "$packages"/hemeroteca_*.deb)

log "making a minimal Debian 12 root in $root"
rm -rf "$root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
cp /etc/resolv.conf "$root/etc/resolv.conf"
# As on a running machine: the programs find their data beside
# /proc/self/exe.
mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
cp "$deb" "$root/tmp/hemeroteca.deb"
cp -r "$source_dir/corpus" "$root/tmp/corpus"

log "installing the package with apt"
chroot "$root" bash -euo pipefail -c '
  export DEBIAN_FRONTEND=noninteractive HOME=/root
  apt-get update -q >/dev/null
  apt-get install -y -q /tmp/hemeroteca.deb man-db bash-completion >/dev/null
  hemeroteca-index --db /tmp/index /tmp/corpus
  hemeroteca-search --db /tmp/index --limit 1 fentanilo armas
  man hemeroteca-search 2>/dev/null | grep -q -- "--facet-limit"
  echo "man hemeroteca-search: ok"
  source /usr/share/bash-completion/bash_completion
  __load_completion hemeroteca-search
  COMP_WORDS=(hemeroteca-search --db /tmp/index speaker:Mar)
  COMP_CWORD=3
  _hemeroteca_search hemeroteca-search speaker:Mar /tmp/index
  printf "Tab after speaker:Mar -> %s\n" "${COMPREPLY[@]}"
  [[ "${COMPREPLY[*]}" == *"Marco Rubio"* ]]
'
rm -rf "$packages"
log "the package installs and works on a clean Debian 12 root ($root)"
