#!/usr/bin/env bash
# Build both installers into dist/ from a clean checkout (Debian 12 / Ubuntu, x86_64, as root):
#   dist/vigie-mutuelle_<version>_amd64.deb      (Linux: the bundle under /opt/vigie-mutuelle)
#   dist/VigieMutuelle-<version>-setup.exe       (Windows x64, built under Wine)
# Installs what it needs (apt, .venv, Windows CPython and wheels, Inno Setup from npm); retries
# downloads; any failure stops it with a non-zero status.
#   tools/build-installers.sh            both
#   tools/build-installers.sh --linux    only the bundle and the .deb
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WINDOWS=1
[ "${1:-}" = "--linux" ] && WINDOWS=0
T0=$(date +%s)
timing() { echo "TIMING $1: $(( $(date +%s) - $2 ))s"; }

. tools/retry.sh

apt_install() {  # apt-get install, falling back to the main suites when a security list is stale
  local opts=(-y -qq --no-install-recommends --no-remove -o DPkg::Lock::Timeout=300)
  DEBIAN_FRONTEND=noninteractive apt-get install "${opts[@]}" "$@" && return 0
  echo "WARN: apt-get install failed; retrying with the main and updates suites only" >&2
  local parts
  parts=$(mktemp -d)
  awk -v RS= -v ORS='\n\n' '!/Suites:[^\n]*security/' /etc/apt/sources.list.d/debian.sources >"$parts/main.sources"
  DEBIAN_FRONTEND=noninteractive apt-get -o Dir::Etc::SourceList=/dev/null \
    -o Dir::Etc::SourceParts="$parts" install "${opts[@]}" "$@"
}

echo "=== Debian packages"
t=$(date +%s)
NEED=($(grep -v -e '^#' -e '^$' tools/debian/runtime-packages.txt) binutils desktop-file-utils)
if [ "$WINDOWS" = 1 ]; then
  NEED+=(wine wine64 wine32:i386 libwine:amd64 libwine:i386 fonts-wine xvfb xauth
    gcc-mingw-w64-x86-64-win32 unzip)
  command -v npm >/dev/null || NEED+=(npm)
  dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
fi
installed() {  # every package installed (any architecture: i386 copies appear with Wine)
  local p
  for p in "$@"; do
    dpkg-query -W -f='${db:Status-Abbrev}\n' "$p" 2>/dev/null | grep -q '^ii' || return 1
  done
}
if ! installed "${NEED[@]}"; then
  # apt-get update may report a stale list (mirror sync, recipe pitfall 10): apt_install copes.
  apt-get update -qq -o DPkg::Lock::Timeout=300 || { sleep 10; apt-get update -qq -o DPkg::Lock::Timeout=300; } ||
    echo "WARN: apt-get update reported errors" >&2
  retry apt_install "${NEED[@]}"
fi
timing "apt" "$t"

echo "=== .venv (Python 3.12+) with PyInstaller"
t=$(date +%s)
. tools/venv.sh
ensure_venv
retry .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[build]'
timing "venv" "$t"

echo "=== Linux bundle (build.spec)"
t=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
echo "bundle: $(du -sb dist/vigie-mutuelle | cut -f1) bytes, $(find dist/vigie-mutuelle -type f | wc -l) files"
unshare -n -- env QT_QPA_PLATFORM=offscreen dist/vigie-mutuelle/vigie-mutuelle selftest
timing "linux bundle" "$t"

echo "=== .deb"
t=$(date +%s)
packaging/linux/build-deb.sh
timing "deb" "$t"

if [ "$WINDOWS" = 1 ]; then
  echo "=== setup.exe (Wine)"
  t=$(date +%s)
  packaging/windows/build-setup.sh
  timing "setup.exe" "$t"
fi
ls -l dist/*.deb dist/*.exe 2>/dev/null || true
timing "build-installers" "$T0"
