#!/usr/bin/env bash
# CI stage: the whole pytest suite again on the oldest Python we support (requires-python in
# pyproject.toml: 3.10, Ubuntu 22.04's), in a venv of its own, with the PySide6 that pyproject.toml
# gives that Python (6.11 with PySide6-Addons for QtPdf). Quick hypothesis profile: every example
# already ran in the main test run. The printing tests skip here (no CUPS_SERVER): that is the
# "without a printer" path of the test command.
set -euo pipefail
cd "$(dirname "$0")/../.."
oldest=$(sed -n 's/^requires-python = ">=\([0-9.]*\)".*/\1/p' pyproject.toml)
[ -n "$oldest" ] || { echo "no requires-python in pyproject.toml" >&2; exit 1; }

python=""
for candidate in "python$oldest" "$HOME"/.pyenv/versions/"$oldest".*/bin/python3 \
    /root/.pyenv/versions/"$oldest".*/bin/python3 /usr/bin/python"$oldest"; do
  if command -v "$candidate" >/dev/null 2>&1 \
      && "$candidate" -c "import sys; sys.exit(sys.version_info[:2] != tuple(map(int, '$oldest'.split('.'))))" 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "Python $oldest, the oldest supported, is not on this CI machine: install it" \
    "(e.g. pyenv install $oldest) or change requires-python." >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export VENV=$work/venv PYTHON=$python
. tools/venv.sh
started=$SECONDS
ensure_venv
ensure_installed test
"$VENV/bin/python" -c 'import sys, PySide6; print("Python", sys.version.split()[0], "PySide6", PySide6.__version__)'
echo "venv ready in $((SECONDS - started)) s"

started=$SECONDS
env -u CUPS_SERVER QT_QPA_PLATFORM=offscreen VIGIE_TEST_PROFILE=dev \
  "$VENV/bin/python" -m pytest -q -p no:cacheprovider
echo "pytest on Python $oldest in $((SECONDS - started)) s"
