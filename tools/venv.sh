# Sourced by tools/run-app.sh and tools/run-tests.sh: make .venv with Python 3.12 or newer.
# PySide6 6.12 loses references to None on Python 3.11 and the app aborts after a few thousand
# Qt calls ("deallocating None"); from Python 3.12 on, None is immortal and the bug is harmless.
is_recent() { "$1" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; }

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3 python3.13 python3.12 \
      "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 /root/.pyenv/versions/3.1[2-9]*/bin/python3 \
      /usr/bin/python3.13 /usr/bin/python3.12; do
    if [ -n "$candidate" ] && is_recent "$candidate"; then
      PYTHON=$candidate
      return 0
    fi
  done
  echo "Python 3.12 or newer is needed (PySide6 6.12 is unstable on Python 3.11)." >&2
  return 1
}

ensure_venv() {
  if [ -x .venv/bin/python ] && ! is_recent .venv/bin/python; then
    rm -rf .venv  # made with an older Python
  fi
  if [ ! -x .venv/bin/python ]; then
    find_python
    "$PYTHON" -m venv .venv
  fi
}
