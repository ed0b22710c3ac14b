"""Fixtures for driving the real window with pytest-qt."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.app import create_app
from desktop.ui.wizard import MainWindow
from desktop.ui.zoom import Zoom


@pytest.fixture
def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """A fresh main window at 1024x768, deleted afterwards with its Zoom: a window left alive
    is restyled by every later zoom change, and the whole run slows down test by test."""
    main = MainWindow(Zoom(create_app(), None))
    qtbot.addWidget(main)
    main.resize(1024, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.zoom.set_factor(1.0)
    main.zoom.set_high_contrast(False)  # the colours are the application's: leave them usual
    QApplication.processEvents()  # let pending work of the screens finish first
    main.close()
    for obj in (main, main.zoom):
        obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def app() -> QApplication:
    return create_app()


@pytest.fixture
def click(qtbot) -> Callable:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    def _click(widget) -> None:  # type: ignore[no-untyped-def]
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    return _click
