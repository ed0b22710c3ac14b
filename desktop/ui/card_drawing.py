"""A drawn tiers-payant card (no real logo) showing where to look for the operator's name."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.theme import colours

CARD_RATIO = 85.6 / 54.0  # ID-1 card


class CardDrawing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Dessin d'une carte de tiers payant")
        self.setAccessibleDescription(
            "Le nom de l'opérateur, VIAMEDIS ou ALMERYS, est souvent écrit en bas de la carte."
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _card_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * 34

    def sizeHint(self) -> QSize:
        width = self._card_width()
        return QSize(width, int(width / CARD_RATIO) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = min(self._card_width(), self.width() - 8)
        card = QRectF(4, 4, width, width / CARD_RATIO)
        painter.setPen(QPen(QColor(c.border), 3))
        painter.setBrush(QColor(c.card))
        painter.drawRoundedRect(card, 16, 16)
        unit = card.height() / 10
        font = QFont(self.font())
        font.setPixelSize(max(12, int(unit * 0.9)))
        painter.setFont(font)
        painter.setPen(QColor(c.text))
        left = card.left() + unit
        for row, text in enumerate(
            ("MA MUTUELLE", "Carte de tiers payant", "NOM Prénom", "N° AMC : 12345678")
        ):
            painter.drawText(
                QRectF(left, card.top() + unit * (0.6 + row * 1.5), card.width(), unit * 1.4),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
        zone = QRectF(left, card.bottom() - unit * 3.2, card.width() - 2 * unit, unit * 2.4)
        painter.setPen(QPen(QColor(c.focus), 5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(c.card_zone))
        painter.drawRoundedRect(zone, 8, 8)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(c.text))
        painter.drawText(zone, Qt.AlignmentFlag.AlignCenter, "Ici : VIAMEDIS ou ALMERYS ?")
        painter.end()
