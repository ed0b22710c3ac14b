#!/usr/bin/env bash
# Install what the tests need into .venv and run all of them: lint, types, pytest, offline proof.
# The Debian packages (Qt's libraries, CUPS, poppler-utils, strace) are installed by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/venv.sh
ensure_venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy (desktop/core, desktop/documents)"
.venv/bin/mypy

if [ -z "${CUPS_SERVER:-}" ] && [ -x .ci/cups.sh ] && command -v cupsd >/dev/null; then
  echo "== private CUPS server"
  CUPS_SERVER=$(bash .ci/cups.sh | sed -n 's/^CUPS_SERVER=\([^ ]*\).*/\1/p' | tail -n 1)
  export CUPS_SERVER
fi

echo "== pytest"
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -q "$@"

echo "== offline proof (unshare -n, strace)"
tools/offline-check.sh .venv/bin/python
