#!/usr/bin/env bash
# CI stage: build both installers from this checkout (tools/build-installers.sh), then install,
# run and remove each one:
#   Linux:   apt-get install ./dist/*.deb, selftest from PATH under `unshare -n`, the desktop
#            entry's Exec under Xvfb with a screenshot, apt-get purge, nothing left;
#   Windows: setup.exe under Wine, silent install, selftest, the desktop shortcut (offscreen,
#            with screenshots), where the files went, silent uninstall, nothing left.
# Then the installer benchmark prints the sizes and start-up times. Screenshots: build/screenshots/.
# Measured here: 15 to 21 min on a 2-core machine shared with five other builds (README, "Installers").
set -euo pipefail
cd "$(dirname "$0")/../.."
T0=$(date +%s)
timing() { echo "TIMING stage 50-installers $1: $(( $(date +%s) - $2 ))s"; }

t=$(date +%s)
tools/build-installers.sh
timing "build" "$t"

t=$(date +%s)
if ! dpkg -s x11-apps x11-utils xvfb xauth >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 x11-apps x11-utils xvfb xauth >/dev/null
fi
packaging/linux/test-deb.sh
timing "linux install/run/purge" "$t"

t=$(date +%s)
packaging/windows/test-setup.sh
timing "windows install/run/uninstall" "$t"

t=$(date +%s)
.venv/bin/python -m pytest -q -s -m benchmark tests/packaging
timing "benchmark" "$t"
timing "total" "$T0"
