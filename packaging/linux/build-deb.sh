#!/usr/bin/env bash
# Package the PyInstaller bundle dist/vigie-mutuelle/ as dist/vigie-mutuelle_<version>_<arch>.deb:
#   /opt/vigie-mutuelle/                     the bundle (read-only; the app never writes there)
#   /usr/bin/vigie-mutuelle                  launcher on PATH
#   /usr/share/applications/vigie-mutuelle.desktop
#   /usr/share/icons/hicolor/<N>x<N>/apps/vigie-mutuelle.png
# Depends: tools/debian/runtime-packages.txt (the libraries the bundle leaves to the system, see
# build.spec) and the glibc version the bundle's binaries ask for.
# Recommends: a French voice for "Écouter" (read aloud); without it the button says so.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
BUNDLE=dist/vigie-mutuelle
test -x "$BUNDLE/vigie-mutuelle" || { echo "build the bundle first (pyinstaller build.spec)" >&2; exit 1; }
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
ARCH=$(dpkg --print-architecture)
STAGE=build/deb/root
rm -rf build/deb && mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications"

cp -a "$BUNDLE" "$STAGE/opt/vigie-mutuelle"
install -m 755 packaging/linux/vigie-mutuelle.sh "$STAGE/usr/bin/vigie-mutuelle"
install -m 644 packaging/linux/vigie-mutuelle.desktop "$STAGE/usr/share/applications/"
desktop-file-validate "$STAGE/usr/share/applications/vigie-mutuelle.desktop"
for png in resources/icons/vigie-mutuelle-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/vigie-mutuelle.png"
done
chmod -R u+rwX,go+rX,go-w "$STAGE"

# The newest GLIBC_x.y symbol version any bundled binary needs.
GLIBC=$(find "$STAGE/opt" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null |
  grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
DEPENDS="libc6 (>= $GLIBC)"
while read -r package; do
  DEPENDS="$DEPENDS, $package"
done < <(grep -v -e '^#' -e '^$' tools/debian/runtime-packages.txt)

cat >"$STAGE/DEBIAN/control" <<CONTROL
Package: vigie-mutuelle
Version: $VERSION
Architecture: $ARCH
Maintainer: Vigie Mutuelle <vigie-mutuelle@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: $DEPENDS
Recommends: speech-dispatcher, speech-dispatcher-espeak-ng
Section: utils
Priority: optional
Description: savoir si sa mutuelle était concernée par les piratages de 2024
 Vigie Mutuelle aide les personnes dont les données de mutuelle ont pu être
 volées lors des piratages de Viamedis et d'Almerys (février 2024) : une
 question par page, en gros caractères, et des lettres prêtes à imprimer.
 Le logiciel fonctionne sans Internet et ne garde rien.
CONTROL
mkdir -p dist
rm -f dist/vigie-mutuelle_*.deb
DEB="dist/vigie-mutuelle_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "DEB $DEB: $(stat -c %s "$DEB") bytes; Depends: $DEPENDS"
