"""Text size from 100 % to 200 %, applied to the whole application and remembered."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.ui.theme import SIZES, ZOOM_STEPS, px, stylesheet

SETTINGS_KEY = "comfort/zoom"


class Zoom(QObject):
    changed = Signal(float)

    def __init__(self, app: QApplication, settings: QSettings | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        stored = float(settings.value(SETTINGS_KEY, 1.0)) if settings else 1.0  # type: ignore[arg-type]
        self.factor = min(ZOOM_STEPS, key=lambda step: abs(step - stored))
        self.apply()

    @property
    def percent(self) -> int:
        return round(self.factor * 100)

    def set_factor(self, factor: float) -> None:
        self.factor = min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.apply()
        if self.settings is not None:
            self.settings.setValue(SETTINGS_KEY, self.factor)
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
        font = QFont(self.app.font())
        font.setPixelSize(px(SIZES.body, self.factor))
        self.app.setFont(font)
        self.app.setStyleSheet(stylesheet(self.factor))
