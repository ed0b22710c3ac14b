#!/usr/bin/env bash
# Install Vigie Mutuelle into .venv (Python 3.12+) and start it.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/venv.sh
ensure_venv
.venv/bin/python -m pip install -q --disable-pip-version-check .
exec .venv/bin/vigie-mutuelle "$@"
