#!/usr/bin/env bash
# Sets up what is missing (system libraries too, as root), then runs the lint, the
# layering contracts and the whole test suite headless, on every core; then builds the app
# (PyInstaller, only when its sources changed) and runs the same smoke tests on the *built*
# program. Extra arguments go to pytest, and skip the build (a part of the suite).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
py=.venv/bin/python
# The tests start the CLI in ~500 subprocesses: each would compile every module it
# imports again if bytecode were not written (some machines set this), ~1 s CPU a run.
unset PYTHONDONTWRITEBYTECODE
"$py" -m compileall -q models ui desktop
echo "== ruff"; "$py" -m ruff check . && "$py" -m ruff format --check .
echo "== import contracts"; .venv/bin/lint-imports
# -n auto: one worker per core (pytest-xdist); each test has its own files and QApplication
echo "== pytest"; "$py" -m pytest -n auto "$@"
if [ $# -eq 0 ]; then
  # The program as users get it (issue 31): packaging/build.sh --cached builds into a cache
  # folder named by a hash of its inputs (a few minutes the first time; reused while
  # nothing changed) and prints it; tests/test_built_app.py then runs the built program.
  echo "== built app"
  start=$SECONDS
  app="$(GUANJIA_SETUP_DONE=1 bash packaging/build.sh --cached | tail -n 1)"
  GUANJIA_BUILT_APP="$app" "$py" -m pytest -p no:cacheprovider -n 2 tests/test_built_app.py
  echo "built app: built and smoke-tested in $((SECONDS - start)) s ($app)"
fi
