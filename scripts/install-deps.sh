#!/usr/bin/env bash
# Installs, with apt-get, the Debian packages hemeroteca needs to build and
# test. Does nothing when they are all present. Works as root on a fresh
# Debian 12; as another user it uses sudo when available.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libxapian-dev libicu-dev libcli11-dev libgtest-dev
  nlohmann-json3-dev libtomlplusplus-dev
  # Man pages (scdoc), the Debian package's dependencies (dpkg-dev), the
  # tests of shell completion (zsh) and of the README's recipes (jq).
  scdoc dpkg-dev zsh jq
  # The benchmark's peers (scripts/bench): omindex, quest, SQLite FTS5.
  xapian-omega xapian-tools sqlite3 libsqlite3-dev
  # scripts/soak.sh: peak memory of each indexer run.
  time
)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "install-deps: missing packages (${missing[*]}) and not root; run as root." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
