# Sourced by tools/run-app.sh, tools/run-tests.sh and the CI stages, from the repository's root.
#   ensure_venv              make $VENV (default .venv) with Python 3.10 or newer
#   ensure_installed [EXTRA] `pip install -e .[EXTRA]` into it, only when pyproject.toml or setup.py
#                            changed since the last install (a stamp in $VENV): starting needs no network.
# PYTHON=/path/to/python3 chooses the Python. Python 3.10 and 3.11 get PySide6 6.11 (pyproject.toml).
. tools/debian/packages.sh
VENV=${VENV:-.venv}
STAMP="$VENV/.vigie-installed"

is_supported() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; }
has_venv() { "$1" -c 'import ensurepip, venv' 2>/dev/null; }

find_python() {
  local candidate
  if [ -n "${PYTHON:-}" ] && ! is_supported "$PYTHON"; then
    echo "PYTHON=$PYTHON: $("$PYTHON" --version 2>/dev/null || echo 'not found'); Python 3.10 or newer is needed." >&2
    return 1
  fi
  # Python 3.12 first (what the project is developed on: PySide6 6.12 and the small pyside6-pdf),
  # else the system's python3 (Debian 12: 3.11, Ubuntu 22.04: 3.10), else any other.
  for candidate in "${PYTHON:-}" python3.12 "$HOME"/.pyenv/versions/3.12*/bin/python3 python3 \
      python3.13 python3.11 python3.10 /usr/bin/python3; do
    if [ -n "$candidate" ] && is_supported "$candidate"; then
      PYTHON=$candidate
      return 0
    fi
  done
  cat >&2 <<'MESSAGE'
Python 3.10 or newer is needed, and none was found.
- Debian 12, Ubuntu 22.04 and 24.04: their own Python is enough:  sudo apt-get install python3 python3-venv
- elsewhere: install Python 3.10 or newer (your system's packages or python.org), then run
  PYTHON=/path/to/python3 ./tools/run-app.sh
MESSAGE
  return 1
}

# Debian and Ubuntu ship the venv module (and ensurepip) apart from python3.
ensure_venv_module() {
  has_venv "$PYTHON" && return 0
  local version
  version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  if [ "$(command -v "$PYTHON")" = "/usr/bin/python$version" ] || [ "$(readlink -f "$(command -v "$PYTHON")")" = "/usr/bin/python$version" ]; then
    install_packages "for Python's venv module" "python$version-venv" || return 1
    has_venv "$PYTHON" && return 0
  fi
  echo "$PYTHON has no venv module (ensurepip): install it (Debian, Ubuntu: python3-venv)," \
    "or choose another Python with PYTHON=/path/to/python3." >&2
  return 1
}

ensure_venv() {
  # A venv whose Python is gone, too old, without pip (made without ensurepip), or not the
  # Python asked for with PYTHON, is made again.
  if [ -e "$VENV" ] && { ! is_supported "$VENV/bin/python" || [ ! -x "$VENV/bin/pip" ] \
      || { [ -n "${PYTHON:-}" ] && ! _same_python "$PYTHON" "$VENV/bin/python"; }; }; then
    echo "Making $VENV again (its Python is missing, too old or not the one asked for)." >&2
    rm -rf "$VENV"
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    find_python || return 1
    ensure_venv_module || return 1
    "$PYTHON" -m venv "$VENV" || return 1
  fi
}

_same_python() {
  local code='import sys; print(sys.version_info[:3], getattr(sys, "_base_executable", ""))'
  [ "$("$1" -c "$code" 2>/dev/null | cut -d' ' -f1-3)" = "$("$2" -c "$code" 2>/dev/null | cut -d' ' -f1-3)" ]
}

# What the stamp records: the project's packaging files, this checkout's place, the extra installed.
_install_key() {
  printf '%s %s\n' "$(cat pyproject.toml setup.py | sha256sum | cut -c1-16)" "$PWD"
}

ensure_installed() {
  local extra=${1:-} key
  key=$(_install_key)
  if [ -f "$STAMP" ] && [ "$(head -n 1 "$STAMP")" = "$key" ] \
      && { [ -z "$extra" ] || grep -qx "extra $extra" "$STAMP"; }; then
    return 0  # installed and unchanged: nothing to do, no network
  fi
  local target=.
  [ -z "$extra" ] || target=".[$extra]"
  echo "Installing Vigie Mutuelle into $VENV (needs the Internet this once)..." >&2
  rm -f "$STAMP"
  local try
  for try in 1 2; do
    if "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$target"; then
      {
        echo "$key"
        [ -z "$extra" ] || echo "extra $extra"
      } >"$STAMP"
      return 0
    fi
    [ "$try" -eq 2 ] || { echo "pip failed, trying again in 10 s." >&2; sleep 10; }
  done
  echo "Could not install the Python packages (see pip's message above): the first set-up" \
    "needs the Internet (PyPI); later starts do not." >&2
  return 1
}
