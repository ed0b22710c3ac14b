#!/usr/bin/env bash
# Start Vigie Mutuelle from this checkout. The first run makes .venv (Python 3.10 or newer) and
# installs the app into it (the Internet is needed that once); later runs start at once, offline.
# Before starting, the libraries Qt's window needs are checked (ldd); missing Debian packages are
# installed when we may (root, or `sudo -n`), otherwise the one `apt-get install` line is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/venv.sh
ensure_venv
if ! ensure_installed; then
  # pyproject.toml changed and there is no Internet: the version installed before may do.
  [ -x "$VENV/bin/vigie-mutuelle" ] || exit 1
  echo "Starting the version installed before; run this again with the Internet to update it." >&2
fi

platform=${QT_QPA_PLATFORM:-xcb}
platform=${platform%%[:;]*}
missing=$(qt_missing_libraries "$platform")
if [ -n "$missing" ]; then
  echo "Qt's $platform window needs libraries this system lacks:" $missing >&2
  # What ldd names, and the rest of the list (so one install is enough).
  # shellcheck disable=SC2046,SC2086
  packages=$({
    packages_for_libraries $missing || true
    missing_packages $(debian_packages tools/debian/runtime-packages.txt)
  } | sort -u)
  # shellcheck disable=SC2086
  install_packages "that the window needs" $packages || exit 1
  missing=$(qt_missing_libraries "$platform")
  if [ -n "$missing" ]; then
    echo "Still missing after the install:" $missing >&2
    exit 1
  fi
fi
exec "$VENV/bin/vigie-mutuelle" "$@"
