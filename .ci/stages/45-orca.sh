#!/usr/bin/env bash
# A real screen reader: Debian's Orca on Xvfb reads the app while one path is walked by keyboard
# (tools/orca/check.sh); what it said is checked. Prints the run's duration (about a minute).
set -euo pipefail
cd "$(dirname "$0")/../.."
packages=(orca at-spi2-core python3-pyatspi xvfb xdotool speech-dispatcher dbus)
for attempt in 1 2 3; do
  apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 "${packages[@]}" >/dev/null && break
  [ "$attempt" = 3 ] && { echo "orca stage: could not install ${packages[*]}" >&2; exit 1; }
  sleep $((attempt * 10)); apt-get update -qq || true
done
started=$(date +%s)
tools/orca/check.sh "${ORCA_CHECK_OUT:-/tmp/orca-check}"
echo "orca stage: $(($(date +%s) - started)) s"
