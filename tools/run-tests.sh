#!/usr/bin/env bash
# Install what the tests need and run all of them: lint, types, pytest, the offline proof.
# Python packages go into .venv (once, again only when pyproject.toml changes). Debian packages
# (tools/debian/*.txt) are installed when we may (root, or `sudo -n`), otherwise the one
# `apt-get install` line is printed; without CUPS the printing tests are skipped with the reason.
# VIGIE_TEST_PROFILE=ci runs every hypothesis example (chosen when CI=true); dev, the default, a
# tenth of them. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/venv.sh
ensure_venv
ensure_installed test

OPTIONAL_PACKAGES=(cups printer-driver-cups-pdf)  # the printing tests skip without them
if command -v dpkg-query >/dev/null; then
  # shellcheck disable=SC2046
  missing=$(missing_packages $(debian_packages tools/debian/runtime-packages.txt tools/debian/test-packages.txt))
  if [ -n "$missing" ] && can_install_packages; then
    # shellcheck disable=SC2086
    install_packages "that the tests need" $missing
  elif [ -n "$missing" ]; then
    required=$(printf '%s\n' $missing | grep -v -x -F "${OPTIONAL_PACKAGES[@]/#/-e}" || true)
    # shellcheck disable=SC2086
    [ -z "$required" ] || install_packages "that the tests need" $missing || exit 1
    echo "CUPS is not installed: the printing tests will be skipped (to run them:" \
      "sudo apt-get install ${OPTIONAL_PACKAGES[*]})." >&2
  fi
fi

if [ "${CI:-}" = true ]; then
  export VIGIE_TEST_PROFILE=${VIGIE_TEST_PROFILE:-ci}
else
  export VIGIE_TEST_PROFILE=${VIGIE_TEST_PROFILE:-dev}
fi

echo "== ruff"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
echo "== mypy (desktop/core, desktop/documents)"
"$VENV/bin/mypy"

if [ -z "${CUPS_SERVER:-}" ] && [ "$(id -u)" -eq 0 ] && command -v cupsd >/dev/null \
    && [ -x /usr/lib/cups/backend/cups-pdf ]; then
  echo "== private CUPS server (stopped at the end)"
  cups_env=$(bash .ci/cups.sh start)
  eval "export $(printf '%s' "$cups_env" | tr '\n' ' ')"
  trap 'bash .ci/cups.sh stop "$VIGIE_CUPS_ROOT"' EXIT
fi

echo "== pytest (hypothesis profile $VIGIE_TEST_PROFILE)"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/python" -m pytest -q "$@"

echo "== offline proof (unshare -n, strace)"
tools/offline-check.sh "$VENV/bin/python"
