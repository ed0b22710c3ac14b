"""Text size from 100 % to 200 %, applied to the whole application and remembered."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.ui.theme import SIZES, ZOOM_STEPS, px, stylesheet

SETTINGS_KEY = "comfort/zoom"


class Zoom(QObject):
    changed = Signal(float)

    def __init__(self, app: QApplication, settings: QSettings | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        stored = stored_factor(settings) if settings is not None else 1.0
        self.factor = min(ZOOM_STEPS, key=lambda step: abs(step - (stored or 1.0)))
        if settings is not None and stored != self.factor:
            _write(settings, self.factor)  # a damaged or odd value is replaced, once
        self.apply()

    @property
    def percent(self) -> int:
        return round(self.factor * 100)

    def set_factor(self, factor: float) -> None:
        self.factor = min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.apply()
        if self.settings is not None:
            _write(self.settings, self.factor)
        self.changed.emit(self.factor)

    def bigger(self) -> None:
        larger = [step for step in ZOOM_STEPS if step > self.factor]
        if larger:
            self.set_factor(larger[0])

    def smaller(self) -> None:
        smaller = [step for step in ZOOM_STEPS if step < self.factor]
        if smaller:
            self.set_factor(smaller[-1])

    def reset(self) -> None:
        self.set_factor(1.0)

    def apply(self) -> None:
        """Restyle once, on each main window, not through the application.

        ``QApplication.setStyleSheet`` repolishes every widget once per ancestor (Qt walks
        ``allWidgets()`` and, for each, its children again): 0.3 to 0.8 s per step with every
        screen built. A window's own sheet is applied to its widgets once each. The application
        keeps the sheet it started with, for windows made later; a window's own sheet wins.
        """
        font = QFont(self.app.font())
        font.setPixelSize(px(SIZES.body, self.factor))
        self.app.setFont(font)
        sheet = stylesheet(self.factor)
        if not self.app.styleSheet():
            self.app.setStyleSheet(sheet)
        for window in self.app.topLevelWidgets():
            if isinstance(window, QMainWindow) and window.styleSheet() != sheet:
                window.setStyleSheet(sheet)


def stored_factor(settings: QSettings) -> float | None:
    """The stored zoom, or None when it is absent or damaged (``abc``, empty, ``@Invalid()``,
    a list, ``@ByteArray(…)``, NaN, 1e308…): a bad value must never stop the app opening."""
    try:
        value = settings.value(SETTINGS_KEY)
    except Exception:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    factor = float(value)
    if not math.isfinite(factor) or not ZOOM_STEPS[0] <= factor <= ZOOM_STEPS[-1]:
        return None
    return factor


def _write(settings: QSettings, factor: float) -> None:
    try:
        settings.setValue(SETTINGS_KEY, factor)
        settings.sync()
    except Exception:
        pass
