"""Start the window."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from desktop.ui.errors import install_error_hook

if TYPE_CHECKING:
    from desktop.ui.wizard import MainWindow


def build_window(argv: list[str] | None = None, *, remember_zoom: bool = True) -> MainWindow:
    from desktop.ui.app import comfort_settings, create_app
    from desktop.ui.wizard import MainWindow
    from desktop.ui.zoom import Zoom

    app = create_app(argv)
    zoom = Zoom(app, comfort_settings() if remember_zoom else None)
    return MainWindow(zoom)


def run_window(argv: list[str]) -> int:
    """The app as started from its icon. In this order: the kind-error hook, no core dumps,
    a screen to show on (else a French line and exit status 3), no D-Bus daemon left behind,
    the window; once it is painted, the leftovers of a killed save removed."""
    install_error_hook()
    from desktop.core.private_process import disable_core_dumps
    from desktop.ui.startup import NO_DISPLAY, avoid_bus_autolaunch, display_problem

    disable_core_dumps()
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return NO_DISPLAY
    if sys.platform.startswith("linux") and os.environ.get("DISPLAY"):
        avoid_bus_autolaunch()
    window = build_window(argv)
    window.first_painted.connect(_after_first_paint)
    window.resize(1024, 768)
    window.show()
    app = window.zoom.app
    return app.exec()


def _after_first_paint() -> None:
    """What waits until the window is painted (about 25 ms of CPU, before she can click):
    removing what killed saves left behind, and making the ``Qt`` namespace that key presses
    and the other screens use (see ``lazy_qt``)."""
    from PySide6.QtCore import Qt  # noqa: F401  (made now, not at her first key press)

    from desktop.ui.leftovers import clean_leftovers

    clean_leftovers()
