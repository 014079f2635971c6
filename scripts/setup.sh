#!/usr/bin/env bash
# Sets up a fresh machine for Guanjia: system libraries Qt needs (Debian/Ubuntu, as
# root), a CJK font, and a virtualenv in .venv with the pinned Python packages.
# Idempotent and quick when nothing changed. Sourced by guanjia.sh and test.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Qt's GUI modules need these even offscreen; the xcb set is for a real X display;
# fonts-wqy-microhei gives Qt and matplotlib a CJK font (a fresh machine has none).
# PyInstaller (packaging/build.sh) needs nothing more: it comes with the test extras.
debs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-wqy-microhei
      libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
      libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-cursor0 libxcb-xfixes0
      nsis)  # makensis: tests/test_installer.py compiles the Windows installer's script

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "setup: installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: missing system packages (install them as root):" >&2
      echo "  sudo apt-get install ${missing[*]}" >&2
    fi
  fi
elif [ "$(uname -s)" = Linux ]; then
  echo "setup: not a Debian system; make sure Qt's libraries (EGL, GL, xkbcommon," >&2
  echo "  fontconfig, dbus, xcb) and a CJK font (WenQuanYi Micro Hei or Noto CJK) are installed." >&2
fi

python=""
for candidate in python3.11 python3.12 python3.13 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info[:2] < (3, 14)))'; then
    python="$candidate"; break
  fi
done
if [ -z "$python" ]; then
  echo "setup: Guanjia needs Python 3.11, 3.12 or 3.13 (with venv); none was found." >&2
  exit 1
fi

venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  echo "setup: creating $venv"
  "$python" -m venv "$venv"
fi
stamp="$venv/.guanjia-installed"
want="$(cat "$here/pyproject.toml" | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages into .venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -e "$here[test]"
  echo "$want" > "$stamp"
fi
