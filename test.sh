#!/usr/bin/env bash
# Sets up what is missing (system libraries too, as root), then runs the lint, the
# layering contracts and the whole test suite headless, on every core. Extra arguments go
# to pytest.
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
