#!/usr/bin/env bash
# Prove the offline promise on the real commands:
#  1. run `check` and `selftest` inside a network namespace with no network (unshare -n);
#  2. run them under strace and fail on any AF_INET / AF_INET6 address used (connect, bind,
#     sendto, sendmsg) but the local print server's: loopback port 631, where the printing library
#     (libcups) looks for a printer when CUPS_SERVER names none. That is not the network.
# Needs root (or user namespaces) for unshare, and strace. Usage: tools/offline-check.sh [PYTHON]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
export QT_QPA_PLATFORM=offscreen
commands=("check malakoff --json" "selftest")
status=0
# strace's rendering of loopback port 631 (IPv4, IPv6, IPv4-mapped IPv6).
LOCAL_PRINT_SERVER='sin6?_port=htons\(631\).*(inet_addr\("127\.[0-9.]+"\)|inet_pton\(AF_INET6, "(::1|::ffff:127\.[0-9.]+)")'

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
  strace -f -qq -e trace=socket,connect,bind,sendto,sendmsg -o "$trace" "$PY" -m desktop $cmd >/dev/null
  inet=$(grep -E 'sa_family=AF_INET6?' "$trace" || true)
  print_server=$(printf '%s\n' "$inet" | grep -E "$LOCAL_PRINT_SERVER" || true)
  if printf '%s\n' "$inet" | grep -v -E "$LOCAL_PRINT_SERVER" | grep .; then
    echo "offline-check: FAILED, network address used by: $cmd" >&2
    status=1
  else
    echo "offline-check: OK no network address ($(grep -c . "$trace" || true) socket calls," \
      "$(printf '%s' "$print_server" | grep -c . || true) to the local print server): $cmd"
  fi
  rm -f "$trace"
done
exit $status
