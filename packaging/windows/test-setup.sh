#!/usr/bin/env bash
# Install dist/VigieMutuelle-<version>-setup.exe silently in the Wine prefix made by build-setup.sh,
# run the installed app's selftest, start its desktop shortcut, take offscreen screenshots, check
# where the files went, uninstall silently and check that nothing of the app is left.
# Qt's normal `windows` platform aborts under Wine 8 (recipe pitfall 5): only `offscreen` is tested.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/packaging/windows/wine-env.sh"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")
SETUP="$ROOT/dist/VigieMutuelle-$VERSION-setup.exe"
SHOTS="${SHOTS:-$ROOT/build/screenshots/windows}"
APPID='{2F50837B-AFB8-4DBE-A13E-C71401B27E87}_is1'
UNINSTALL_KEY="HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APPID"
test -f "$SETUP" && test -d "$WINEPREFIX" || { echo "run packaging/windows/build-setup.sh first" >&2; exit 1; }
USERDIR=$(wine_profile)
INST="$USERDIR/AppData/Local/Programs/Vigie Mutuelle"
MENU="$USERDIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Vigie Mutuelle.lnk"
DESKTOP="$USERDIR/Desktop/Vigie Mutuelle.lnk"
OUT="$WINEPREFIX/drive_c/vigie-test"
rm -rf "$OUT" "$SHOTS" && mkdir -p "$OUT" "$SHOTS"
fail() { echo "FAILED: $*" >&2; exit 1; }
# Everything of the app, anywhere in C: (but the test's own output folder) or in the registry.
traces() {
  find "$WINEPREFIX/drive_c" -path "$OUT" -prune -o -iname '*vigie*' -print
  grep -iE '^\[Software\\+VigieMutuelle' "$WINEPREFIX/user.reg" || true
}
before=$(traces)
[ -z "$before" ] || fail "traces before installing: $before"

echo "=== windows: silent install (per user, no administrator)"
"${XVFB[@]}" sh -c "wine '$SETUP' /VERYSILENT /SUPPRESSMSGBOXES /NORESTART '/LOG=C:\\vigie-test\\setup-log.txt' </dev/null 2>&1 | cat; wineserver -w"
grep -q "Installation process succeeded" "$OUT/setup-log.txt" || { cat "$OUT/setup-log.txt"; fail "install"; }
for f in "$INST/vigie-mutuelle.exe" "$INST/unins000.exe" "$MENU" "$DESKTOP"; do
  test -f "$f" || fail "missing $f"
  echo "ok: ${f#"$WINEPREFIX/"}"
done
wine reg query "$UNINSTALL_KEY" </dev/null 2>&1 | tr -d '\r' | tee "$OUT/uninstall-key.txt" | grep -E "DisplayName|DisplayVersion|DisplayIcon"
grep -q "DisplayVersion.*$VERSION" "$OUT/uninstall-key.txt" || fail "no uninstall entry with version $VERSION"
if find "$INST" -iname 'icuuc*.dll' -o -iname 'bcryptprimitives.dll' | grep .; then fail "a test-only stub was shipped"; fi
touch "$OUT/installed.stamp"

echo "=== windows: installed app's selftest (offscreen)"
RESULT=$(WINEQT_QPA_PLATFORM=offscreen w "$INST/vigie-mutuelle.exe" selftest) || { echo "$RESULT"; fail "selftest"; }
iconv -f cp1252 -t utf-8 <<<"$RESULT" || echo "$RESULT"  # the frozen app prints in the ANSI code page
grep -q "Tout fonctionne." <<<"$RESULT" || fail "selftest did not finish"

echo "=== windows: the desktop shortcut starts the app (selftest, then screenshots, offscreen)"
LNK='C:\users\'"$(id -un)"'\Desktop\Vigie Mutuelle.lnk'
WINEQT_QPA_PLATFORM=offscreen w start /wait "$LNK" selftest || fail "shortcut selftest"
# Offscreen text needs a font folder (recipe pitfall 6): the app's own fonts.
FONTS="$(winepath -w "$INST/_internal/vigie_resources/fonts")"
WINEQT_QPA_PLATFORM=offscreen WINEQT_QPA_FONTDIR="$FONTS" \
  w start /wait "$LNK" screenshots 'C:\vigie-test\shots' || fail "shortcut screenshots"
ls "$OUT/shots"/*.png >/dev/null || fail "the shortcut made no screenshot"
cp "$OUT/shots"/*.png "$SHOTS/"
echo "screenshots: $(ls "$SHOTS" | wc -l) in $SHOTS"

written=$(find "$INST" -newer "$OUT/installed.stamp")
[ -z "$written" ] || fail "the app wrote into its install folder: $written"

echo "=== windows: silent uninstall"
"${XVFB[@]}" sh -c "wine '$(winepath -w "$INST/unins000.exe")' /VERYSILENT /SUPPRESSMSGBOXES /NORESTART '/LOG=C:\\vigie-test\\uninstall-log.txt' </dev/null 2>&1 | cat; wineserver -w"
grep -q "Uninstallation process succeeded" "$OUT/uninstall-log.txt" || { cat "$OUT/uninstall-log.txt"; fail "uninstall"; }
left=$(traces)
[ -z "$left" ] || fail "left after uninstalling: $left"
if wine reg query "$UNINSTALL_KEY" </dev/null >/dev/null 2>&1; then fail "uninstall entry left"; fi
wineserver -k || true
echo "WINDOWS INSTALL/RUN/UNINSTALL PASSED"
