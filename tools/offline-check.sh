#!/usr/bin/env bash
# Prove the offline promise on the real commands:
#  1. run `check` and `selftest` inside a network namespace with no network (unshare -n);
#  2. run them under strace and fail on any AF_INET / AF_INET6 socket or connect.
# Needs root (or user namespaces) for unshare, and strace. Usage: tools/offline-check.sh [PYTHON]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
export QT_QPA_PLATFORM=offscreen
commands=("check malakoff --json" "selftest")
status=0

if ! command -v strace >/dev/null || ! command -v unshare >/dev/null; then
  echo "offline-check: strace and unshare are required" >&2
  exit 1
fi

for cmd in "${commands[@]}"; do
  # shellcheck disable=SC2086
  if ! unshare -n -- "$PY" -m desktop $cmd >/dev/null; then
    echo "offline-check: FAILED without network: $cmd" >&2
    status=1
  else
    echo "offline-check: OK without network: $cmd"
  fi
  trace=$(mktemp)
  # shellcheck disable=SC2086
  strace -f -qq -e trace=socket,connect -o "$trace" "$PY" -m desktop $cmd >/dev/null
  if grep -E 'AF_INET6?|sin6?_' "$trace"; then
    echo "offline-check: FAILED, network socket attempted by: $cmd" >&2
    status=1
  else
    echo "offline-check: OK no inet socket ($(grep -c . "$trace" || true) socket/connect calls, all local): $cmd"
  fi
  rm -f "$trace"
done
exit $status
