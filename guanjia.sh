#!/usr/bin/env bash
# Sets up what is missing, then starts Guanjia (any arguments go to the program).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/scripts/setup.sh"
exec "$here/.venv/bin/python" -m desktop "$@"
