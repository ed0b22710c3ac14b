# Sourced by build-setup.sh and test-setup.sh: one Wine prefix per run, under build/windows/.
# Pitfalls (../shared/recipes/windows/README.md): Python 3.12 under Wine 8 aborts when a standard
# handle is a regular file (1), Wine does not pass QT_* variables (3: use WINEQT_*), the silent
# installer needs an X display (7), the uninstaller re-launches itself (8).
WIN_WORK="${WIN_WORK:-$ROOT/build/windows}"
export WINEPREFIX="$WIN_WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
# No .desktop files or menu entries on the Linux side for what is installed inside Wine.
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
# Wine links the Windows "Desktop" and "Documents" folders to $HOME's: keep it inside the work dir.
export HOME="$WIN_WORK/home"
unset PIP_FIND_LINKS PIP_INDEX_URL PIP_EXTRA_INDEX_URL 2>/dev/null || true
XVFB=(xvfb-run -a -s "-screen 0 1280x1024x24")

# Run a Windows program: stdin from /dev/null, output through a pipe; keep its exit status.
w() { wine "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }

. "$ROOT/tools/retry.sh"

# C:\users\<name>: the Wine user's profile folder.
wine_profile() { echo "$WINEPREFIX/drive_c/users/$(id -un)"; }
export PYTHONIOENCODING=utf-8
