# Sourced by tools/venv.sh, tools/run-app.sh and the CI stages: Debian/Ubuntu packages from the
# lists in tools/debian/, installed when we may (root, or `sudo -n` works), otherwise one
# `apt-get install` line to run by hand.

# The package names of one or more list files (comments and blank lines left out).
debian_packages() { grep -h -v -e '^#' -e '^$' "$@"; }

# Those of the given packages that are not installed (all of them when dpkg is not there).
missing_packages() {
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      echo "$package"
    fi
  done
}

# apt-get as root, through `sudo -n`, or nothing (return 1) when neither works.
_apt_get() {
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get "$@"
  else
    return 1
  fi
}

# Whether we may install packages here: apt-get and root, or `sudo -n` works.
can_install_packages() {
  command -v apt-get >/dev/null && { [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }
}

# Install the given packages (why: a short reason for the messages). Returns 1, after printing the
# command to run, when they cannot be installed from here.
install_packages() {
  local why=$1
  shift
  [ $# -gt 0 ] || return 0
  if can_install_packages; then
    echo "Installing the Debian packages $why: $*" >&2
    local try
    for try in 1 2 3; do
      # A mirror being synced makes `update` fail for one list; the install below says if it matters.
      _apt_get update -qq >&2 || echo "(apt-get update reported a problem, try $try)" >&2
      # dpkg's progress (stdout) is dropped; apt's and dpkg's errors (stderr) are shown.
      if _apt_get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 "$@" >/dev/null; then
        return 0
      fi
      sleep $((try * 5))
    done
    echo "Could not install: $*" >&2
    return 1
  fi
  echo "Debian packages $why are missing. Install them with:" >&2
  echo "  sudo apt-get install $*" >&2
  echo "then run this command again." >&2
  return 1
}

# The shared libraries that Qt's platform plugin ($1, default xcb) and the Qt modules the app uses
# need and the system does not have (sonames, one a line), for the venv in $VENV.
qt_missing_libraries() {
  local platform=${1:-xcb} pyside
  pyside=$(ls -d "$VENV"/lib/python3*/site-packages/PySide6 2>/dev/null | head -n 1)
  [ -n "$pyside" ] || return 0  # not installed (yet): pip's or Python's own message will say
  local files=("$pyside/Qt/plugins/platforms/libq$platform.so")
  local module
  for module in QtCore QtGui QtWidgets QtPrintSupport QtPdf; do
    files+=("$pyside/$module.abi3.so")
  done
  local file
  for file in "${files[@]}"; do
    [ -e "$file" ] && ldd "$file" 2>/dev/null
  done | awk '$2 == "=>" && $3 == "not" {print $1}' | sort -u
}

# The Debian packages holding the given sonames (tools/debian/runtime-libraries.txt); a soname
# not in that table is printed on stderr and makes it return 1.
packages_for_libraries() {
  local table soname package found="" status=0
  table=$(dirname "${BASH_SOURCE[0]}")/runtime-libraries.txt
  for soname in "$@"; do
    package=$(awk -v so="$soname" '$1 == so {print $2}' "$table")
    if [ -n "$package" ]; then
      found+="$package"$'\n'
    else
      echo "No Debian package is known for $soname (find it with: apt-file search $soname)." >&2
      status=1
    fi
  done
  printf '%s' "$found" | sort -u
  return $status
}
