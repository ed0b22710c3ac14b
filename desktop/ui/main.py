"""Start the window."""

from __future__ import annotations

import gc
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
    """The app as started from its icon. In this order: the kind-error hook, a screen to show
    on (else a French line and exit status 3), no D-Bus daemon left behind, the window; once it
    is painted, what ``_after_first_paint`` does (no core dumps first).

    Python's cycle collector waits until then: the start makes long-lived objects only
    (modules, classes, Qt's enums), and collecting among them cost about 7 ms of the start."""
    gc.disable()
    install_error_hook()
    from desktop.ui.startup import NO_DISPLAY, avoid_bus_autolaunch, display_problem

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
    """What waits until the window is painted: about 35 ms of CPU, done long before she can
    read the screen and answer. No core dumps and no debugger attaching (before this, she has
    typed nothing: nothing of hers is in memory; ``ctypes`` alone costs 3 ms), the window's icon,
    removing what killed saves left behind, and the ``Qt`` namespace that key presses and the
    other screens use (see ``lazy_qt``); then the cycle collector again."""
    try:
        from desktop.core.private_process import disable_core_dumps

        disable_core_dumps()
        from PySide6.QtWidgets import QApplication

        from desktop.ui.app import set_window_icon

        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_window_icon(app)
        from PySide6.QtCore import Qt  # noqa: F401  (made now, not at her first key press)

        from desktop.ui.leftovers import clean_leftovers

        clean_leftovers()
    finally:
        gc.freeze()  # what the start made lives as long as the app: collections skip it
        gc.enable()
