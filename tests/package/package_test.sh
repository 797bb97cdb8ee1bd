#!/usr/bin/env bash
# The Debian package: built with CPack from the build folder, unpacked into a
# scratch root, its dependencies present on this system, and the installed
# programs run on corpus/ finding their data files, man pages and shell
# completion where Debian looks for them.
#
#   package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

(cd "$build" && cpack -G DEB -B "$scratch/package" >/dev/null)
deb=$(ls "$scratch"/package/hemeroteca_*.deb)
root="$scratch/root"
dpkg-deb -x "$deb" "$root"

# Every dependency names a package this system has.
dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*//; s/ //g' | while read -r dependency; do
  [[ -z "$dependency" ]] && continue
  dpkg-query -W -f='${Status}' "$dependency" 2>/dev/null | grep -q "install ok installed" ||
    { echo "dependency $dependency is not installed here" >&2; exit 1; }
done

for file in usr/bin/hemeroteca-index usr/bin/hemeroteca-search usr/share/hemeroteca/gazetteer.toml \
  usr/share/man/man1/hemeroteca-index.1 usr/share/man/man1/hemeroteca-search.1 \
  usr/share/man/man7/hemeroteca-query.7 usr/share/bash-completion/completions/hemeroteca-search \
  usr/share/zsh/vendor-completions/_hemeroteca; do
  [[ -e "$root/$file" ]] || { echo "missing from the package: $file" >&2; exit 1; }
done
man -l "$root/usr/share/man/man1/hemeroteca-search.1" 2>/dev/null | grep -q -- "--facet-limit" ||
  [[ ! -x /usr/bin/man ]]

# The installed programs find the installed data files, with no variable
# set and no source tree to fall back on.
env -u HEMEROTECA_DATA_DIR -u HEMEROTECA_DB \
  "$root/usr/bin/hemeroteca-index" --quiet --db "$scratch/index" "$source/corpus"
answer=$(env -u HEMEROTECA_DATA_DIR "$root/usr/bin/hemeroteca-search" --db "$scratch/index" \
  --json fentanilo)
grep -q '"total":5' <<<"$answer" || { echo "unexpected answer: $answer" >&2; exit 1; }
"$root/usr/bin/hemeroteca-search" --version | grep -q "hemeroteca-search"
echo "package OK: $(basename "$deb")"
