#!/usr/bin/env bash
# Install dist/vigie-mutuelle_*.deb with apt, run `vigie-mutuelle selftest` from PATH without
# network, start the desktop entry's Exec line under Xvfb and take a screenshot, check that the
# app wrote nothing under /opt/vigie-mutuelle, then purge it and check that nothing is left.
# Needs root, xvfb, xauth, x11-apps (xwd), x11-utils (xwininfo), .venv with Pillow.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
DEB=$(ls dist/vigie-mutuelle_*.deb)
SHOTS="${SHOTS:-$ROOT/build/screenshots/linux}"
APPS=/usr/share/applications/vigie-mutuelle.desktop
fail() { echo "FAILED: $*" >&2; exit 1; }
leftovers() {
  find /opt /usr/share/applications /usr/share/icons /usr/bin -iname '*vigie*' 2>/dev/null || true
}
purge() {
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=300 vigie-mutuelle >/dev/null
}
CUPS_ROOT=
cleanup() {  # whatever happens, the machine is left as it was found
  [ -z "$CUPS_ROOT" ] || bash .ci/cups.sh stop "$CUPS_ROOT" || true
  if dpkg -s vigie-mutuelle >/dev/null 2>&1; then purge || true; fi
}
trap cleanup EXIT
rm -rf "$SHOTS" && mkdir -p "$SHOTS"
if dpkg -s vigie-mutuelle >/dev/null 2>&1; then
  echo "an earlier run left vigie-mutuelle installed: purging it first"
  purge
fi
[ -z "$(leftovers)" ] || fail "already there before installing: $(leftovers)"

echo "=== linux: apt-get install ./$DEB"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 "./$DEB" >/dev/null
test "$(command -v vigie-mutuelle)" = /usr/bin/vigie-mutuelle || fail "launcher not on PATH"
desktop-file-validate "$APPS"
for size in 48 64 128 256; do
  test -f "/usr/share/icons/hicolor/${size}x${size}/apps/vigie-mutuelle.png" || fail "icon $size"
done
touch "$ROOT/build/deb-installed.stamp"

echo "=== linux: vigie-mutuelle selftest from PATH, no network (unshare -n)"
# With the private CUPS server of .ci/cups.sh (a cups-pdf queue) the selftest also prints one
# document through the bundle's own CUPS plugin; its Unix socket works without network.
PRINTER_ENV=()
if command -v cupsd >/dev/null; then
  CUPS_ENV=$(bash .ci/cups.sh start)
  PRINTER_ENV=("$(grep '^CUPS_SERVER=' <<<"$CUPS_ENV")")
  CUPS_ROOT=$(sed -n 's/^VIGIE_CUPS_ROOT=//p' <<<"$CUPS_ENV")
fi
RESULT=$(unshare -n -- env QT_QPA_PLATFORM=offscreen "${PRINTER_ENV[@]}" sh -c 'vigie-mutuelle selftest')
echo "$RESULT"
if [ ${#PRINTER_ENV[@]} = 1 ]; then
  grep -q "impression envoyée" <<<"$RESULT" || fail "the installed app did not print"
fi

echo "=== linux: the desktop entry's Exec under Xvfb"
EXEC=$(sed -n 's/^Exec=//p' "$APPS")
export EXEC SHOTS ROOT
xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
  $EXEC & app=$!
  for _ in $(seq 100); do xwininfo -root -tree | grep -q "\"Vigie Mutuelle" && break; sleep 0.1; done
  sleep 1
  kill -0 "$app" || { echo "the app stopped" >&2; exit 1; }
  xwininfo -root -tree | grep "\"Vigie Mutuelle"
  xwd -root -silent > "$SHOTS/screen.xwd"
  kill "$app"; wait "$app" || true'
.venv/bin/python packaging/linux/xwd_to_png.py "$SHOTS/screen.xwd" "$SHOTS/desktop-entry.png"
rm -f "$SHOTS/screen.xwd"
echo "screenshot: $SHOTS/desktop-entry.png"
written=$(find /opt/vigie-mutuelle -newer "$ROOT/build/deb-installed.stamp")
[ -z "$written" ] || fail "the app wrote beside itself: $written"

echo "=== linux: apt-get purge"
purge
left=$(leftovers)
[ -z "$left" ] || fail "left after purge: $left"
! dpkg -s vigie-mutuelle >/dev/null 2>&1 || fail "still known to dpkg"
echo "LINUX INSTALL/RUN/PURGE PASSED"
