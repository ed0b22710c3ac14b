"""What runs before any window exists: checks and settings that keep the start safe.

No Qt here: these run before ``QApplication`` is made, because Qt aborts the process
(SIGABRT, no message) when its platform plugin finds no display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

NO_DISPLAY = 3  # exit status when no screen can be used
NO_DISPLAY_MESSAGE = (
    "Vigie Mutuelle ne peut pas s'ouvrir : aucun écran n'est disponible. "
    "Lancez-le depuis le bureau de votre ordinateur (pas depuis une connexion à distance sans "
    "affichage)."
)
# Platforms that draw without a display server of their own.
_SELF_CONTAINED = {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
NO_SESSION_BUS = "unix:path=/nonexistent/vigie-mutuelle-no-session-bus"


def _platforms(env: MutableMapping[str, str]) -> list[str]:
    """``QT_QPA_PLATFORM="wayland;xcb"`` -> ``["wayland", "xcb"]`` (options after ``:`` dropped)."""
    value = env.get("QT_QPA_PLATFORM", "")
    return [part.split(":")[0].strip() for part in value.split(";") if part.strip()]


def display_problem(env: MutableMapping[str, str] | None = None, platform: str = "") -> str:
    """A French sentence when Qt would find no display to open the window on, else ``""``.

    Only Unix desktops (X11, Wayland) are checked; Windows and macOS always have a screen.
    """
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return ""
    names = _platforms(env) or ["wayland", "xcb"]  # Qt picks one of these by default
    for name in names:
        if name in _SELF_CONTAINED:
            return ""
        if name.startswith("wayland") and env.get("WAYLAND_DISPLAY"):
            return ""
        if name == "xcb" and env.get("DISPLAY"):
            return ""
    return NO_DISPLAY_MESSAGE


def avoid_bus_autolaunch(env: MutableMapping[str, str] | None = None) -> bool:
    """Under X11 with no session bus, libdbus "autolaunches" one (``dbus-launch``) the first
    time Qt asks for it (the accessibility bridge, the desktop portal); that daemon outlives
    the app. When there is no bus to join, point Qt at an address that simply fails instead.
    Returns True when the address was set. A real bus (variable or ``$XDG_RUNTIME_DIR/bus``)
    is left alone, so screen readers keep working."""
    env = os.environ if env is None else env
    if env.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime, "bus").exists():
        return False
    env["DBUS_SESSION_BUS_ADDRESS"] = NO_SESSION_BUS
    return True
