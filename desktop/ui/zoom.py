"""Text size from 100 % to 200 % and "Contraste élevé", applied to the whole application and
remembered (the only two settings ever stored)."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.ui.app import palette
from desktop.ui.theme import SIZES, ZOOM_STEPS, px, stylesheet, use_high_contrast

SETTINGS_KEY = "comfort/zoom"
CONTRAST_KEY = "comfort/contrast"
SHEET_CONTRAST = "sheetIsHighContrast"  # the application's own sheet: in which colours
SHEET_FACTOR = "sheetFactor"  # and at which text size


class Zoom(QObject):
    """The comfort settings: the text size and high contrast. ``changed`` is emitted after
    either has been applied (the look changed); ``contrast_changed`` only for the contrast."""

    changed = Signal(float)
    contrast_changed = Signal(bool)

    def __init__(self, app: QApplication, settings: QSettings | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        stored = stored_factor(settings) if settings is not None else 1.0
        self.factor = min(ZOOM_STEPS, key=lambda step: abs(step - (stored or 1.0)))
        if settings is not None and stored != self.factor:
            _write(settings, SETTINGS_KEY, self.factor)  # a damaged or odd value is replaced
        self.high_contrast = False
        if settings is not None:
            contrast = stored_contrast(settings)
            self.high_contrast = bool(contrast)
            if contrast is None:  # damaged: replaced by the default, once
                _write(settings, CONTRAST_KEY, False)
        self.apply()

    @property
    def percent(self) -> int:
        return round(self.factor * 100)

    def set_factor(self, factor: float) -> None:
        self.factor = min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.apply()
        if self.settings is not None:
            _write(self.settings, SETTINGS_KEY, self.factor)
        self.changed.emit(self.factor)

    def set_high_contrast(self, on: bool) -> None:
        """Light text on black (or back to the usual colours), remembered."""
        if on == self.high_contrast:
            return
        self.high_contrast = on
        self.apply()
        if self.settings is not None:
            _write(self.settings, CONTRAST_KEY, on)
        self.contrast_changed.emit(on)
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
        keeps the sheet it started with, for windows made later (a new one only when the
        contrast changes); a window's own sheet wins.
        """
        c = use_high_contrast(self.high_contrast)
        if self.app.palette().color(QPalette.ColorRole.Window).name() != c.background:
            self.app.setPalette(palette(c))  # only when the contrast changed
        font = QFont(self.app.font())
        font.setPixelSize(px(SIZES.body, self.factor))
        self.app.setFont(font)
        sheet = stylesheet(self.factor)
        if not self.app.styleSheet():
            self.app.setStyleSheet(sheet)
            self.app.setProperty(SHEET_FACTOR, self.factor)
            self.app.setProperty(SHEET_CONTRAST, self.high_contrast)
        elif self.app.property(SHEET_CONTRAST) != self.high_contrast:
            # Windows made later (dialogs without a parent) take the application's sheet:
            # in the new colours, at the size it started with (as before the change).
            self.app.setStyleSheet(stylesheet(float(self.app.property(SHEET_FACTOR) or 1.0)))
            self.app.setProperty(SHEET_CONTRAST, self.high_contrast)
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


def stored_contrast(settings: QSettings) -> bool | None:
    """The stored "Contraste élevé": False when absent, None when damaged (anything but a
    boolean or ``true``/``false``), which then counts as off."""
    try:
        if not settings.contains(CONTRAST_KEY):
            return False
        value = settings.value(CONTRAST_KEY)
    except Exception:
        return None
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return value if isinstance(value, bool) else None


def _write(settings: QSettings, key: str, value: float | bool) -> None:
    try:
        settings.setValue(key, value)
        settings.sync()
    except Exception:
        pass
