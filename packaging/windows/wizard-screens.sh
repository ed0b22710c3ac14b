#!/usr/bin/env bash
# Screenshots of each screen of the setup.exe wizard, under Wine and Xvfb, pressing Enter (the
# default button) between screens: build/screenshots/wizard/{1-bienvenue,2-pret,3-fin}.png.
# Then uninstalls silently. Run after build-setup.sh; for looking at the French wizard, not CI.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/packaging/windows/wine-env.sh"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")
OUT="$ROOT/build/screenshots/wizard"
rm -rf "$OUT" && mkdir -p "$OUT"
export OUT SETUP="$ROOT/dist/VigieMutuelle-$VERSION-setup.exe"
xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
  shot() { xwd -root -silent > "$OUT/$1.xwd"; }
  press() { xdotool search --name "Installation" windowactivate --sync key Return 2>/dev/null ||
            xdotool key Return; }
  wine "$SETUP" </dev/null >/dev/null 2>&1 &
  sleep 10; shot 1-bienvenue; press
  sleep 4; shot 2-pret; press
  sleep 25; shot 3-fin
  wineserver -k || true'
for f in "$OUT"/*.xwd; do
  "$ROOT/.venv/bin/python" "$ROOT/packaging/linux/xwd_to_png.py" "$f" "${f%.xwd}.png" && rm "$f"
done
INST="$(wine_profile)/AppData/Local/Programs/Vigie Mutuelle"
if [ -f "$INST/unins000.exe" ]; then
  "${XVFB[@]}" sh -c "wine '$(winepath -w "$INST/unins000.exe")' /VERYSILENT /SUPPRESSMSGBOXES </dev/null 2>&1 | cat; wineserver -w"
fi
ls "$OUT"
