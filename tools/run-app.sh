#!/usr/bin/env bash
# Install Vigie Mutuelle into .venv (Python 3.12+) and start it.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/find-python.sh
if [ -x .venv/bin/python ] && ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
  rm -rf .venv  # made with an older Python
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check .
exec .venv/bin/vigie-mutuelle "$@"
