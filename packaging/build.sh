#!/usr/bin/env bash
# Builds the one-folder app with PyInstaller (packaging/guanjia.spec) from a checkout:
# Guanjia/ with Guanjia (the window; the CLI too on Linux), guanjia-cli and _internal/.
#
#   bash packaging/build.sh            into dist/Guanjia, from scratch (what you ship)
#   bash packaging/build.sh --cached   into a cache folder named by a hash of what goes
#                                      in (sources, spec, pyproject, installed packages),
#                                      built only when that changed (test.sh's smoke step)
#
# The last line printed is the built folder. Sets up .venv first (scripts/setup.sh; the
# test extras bring PyInstaller). packaging/README.md has the Windows build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# (test.sh has run it already: GUANJIA_SETUP_DONE=1)
[ "${GUANJIA_SETUP_DONE:-}" = 1 ] || bash scripts/setup.sh >&2
py="$here/.venv/bin/python"

cached=0
[ "${1:-}" = --cached ] && cached=1

# What the built program is made of, as one hash: the files that go in and the packages
# (the installer's script, build.ps1 and the READMEs do not change it).
parts="models ui desktop resources packaging/guanjia.spec packaging/build.sh pyproject.toml"
inputs() {
  # shellcheck disable=SC2086
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z -co --exclude-standard -- $parts
  else
    find $parts -type f -not -path '*/__pycache__/*' -print0
  fi
}
source_hash() {
  {
    # (a file deleted but not yet committed is listed and not there: left out)
    inputs | LC_ALL=C sort -z | xargs -0 sha256sum 2>/dev/null || true
    "$py" -c 'import sys; print(sys.version)'
    ls "$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" | grep -E '\.dist-info$' | LC_ALL=C sort
  } | sha256sum | cut -c1-16
}

build() {  # build DISTDIR: PyInstaller into DISTDIR/Guanjia, its log beside
  local dist="$1" log
  mkdir -p "$dist"
  log="$dist/pyinstaller.log"
  local start=$SECONDS
  echo "build: PyInstaller into $dist/Guanjia (a few minutes; log: $log)" >&2
  # --clean (PyInstaller's caches emptied first) for what is shipped; a cached build for
  # the tests reuses them (build/pyinstaller, ~/.cache/pyinstaller): a rebuild is quicker
  # shellcheck disable=SC2046
  if ! "$py" -m PyInstaller --noconfirm $([ $cached = 1 ] || echo --clean) --log-level WARN \
      --distpath "$dist" --workpath "$here/build/pyinstaller" \
      packaging/guanjia.spec >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "build: PyInstaller failed (whole log: $log)" >&2
    return 1
  fi
  echo "build: done in $((SECONDS - start)) s, $(du -sh "$dist/Guanjia" | cut -f1)" >&2
}

if [ $cached = 0 ]; then
  rm -rf dist/Guanjia
  build "$here/dist"
  echo "$here/dist/Guanjia"
  exit 0
fi

cache="${GUANJIA_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/guanjia/build}"
hash="$(source_hash)"
target="$cache/$hash"
if [ -x "$target/Guanjia/Guanjia" ]; then
  echo "build: unchanged since the last build ($hash): reusing it" >&2
else
  mkdir -p "$cache"
  partial="$cache/.partial-$hash-$$"
  rm -rf "$partial"
  trap 'rm -rf "$partial"' EXIT
  build "$partial"
  rm -rf "$target"
  mv "$partial" "$target"  # whole or not at all: an interrupted build is not reused
  trap - EXIT
  # keep the newest three builds (each a couple of hundred MB)
  ls -1dt "$cache"/*/ 2>/dev/null | tail -n +4 | while IFS= read -r old; do rm -rf "$old"; done
fi
echo "$target/Guanjia"
