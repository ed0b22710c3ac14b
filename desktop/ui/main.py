"""Start the window."""

from __future__ import annotations

from desktop.ui.app import comfort_settings, create_app
from desktop.ui.errors import install_error_hook
from desktop.ui.wizard import MainWindow
from desktop.ui.zoom import Zoom


def build_window(argv: list[str] | None = None, *, remember_zoom: bool = True) -> MainWindow:
    app = create_app(argv)
    zoom = Zoom(app, comfort_settings() if remember_zoom else None)
    return MainWindow(zoom)


def run_window(argv: list[str]) -> int:
    window = build_window(argv)
    install_error_hook()
    window.resize(1024, 768)
    window.show()
    app = window.zoom.app
    return app.exec()
