"""One page of a PDF, shown large: the whole page at the view's width, at every text size
(never cut on the right), as tall as it needs: the screen around it scrolls, by mouse or
by keyboard, so the page is never squeezed into a thin strip. The view keeps the same
QPdfDocument the printer gets its pages from.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from desktop.ui.printing import render_page
from desktop.ui.theme import SIZES, colours, px

MIN_HEIGHT = 240  # px at 100 %: the view never gets smaller than this
PAPER_MARGIN = 12  # px at 100 %, dark grey around the white sheet


class Paper(QWidget):
    """The page image with a dark margin around it (a widget of the scroll area, not a label:
    it is meant to be wider than the window at large zooms)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QPixmap()
        self.margin = PAPER_MARGIN

    def show_image(self, image: QPixmap, margin: int) -> None:
        self.image = image
        self.margin = margin
        size = image.deviceIndependentSize().toSize()
        self.setFixedSize(size.width() + 2 * margin, size.height() + 2 * margin)
        self.update()

    def pixmap(self) -> QPixmap:
        return self.image

    def clear(self) -> None:
        self.image = QPixmap()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(colours().border))
        if not self.image.isNull():
            painter.drawPixmap(self.margin, self.margin, self.image)
        painter.end()


class PdfPageView(QScrollArea):
    """Shows page ``current`` of ``document``; ``page_changed(index, count)`` on every change."""

    page_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: QPdfDocument | None = None
        self.current = 0
        self.zoom = 1.0
        self._shown: tuple[int, int, float] | None = None  # (page, width, ratio) on screen
        # The last two pictures made, by (page, width, ratio): while the screen settles, the
        # window's scroll bar comes and goes and the width with it; each is drawn only once.
        self._pictures: dict[tuple[int, int, float], QPixmap] = {}
        self.paper = Paper(self)
        self.setWidget(self.paper)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_zoom(1.0)

    # Document and page ---------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document else 0

    def set_document(self, document: QPdfDocument | None) -> None:
        self.document = document
        self.current = 0
        self._shown = None
        self._pictures = {}
        self.paper.clear()
        self.refresh()
        self.page_changed.emit(self.current, self.page_count)

    def set_page(self, index: int) -> None:
        index = max(0, min(index, self.page_count - 1))
        if index == self.current:
            return
        self.current = index
        self.refresh()
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self.page_changed.emit(self.current, self.page_count)

    def page_text(self, index: int) -> str:
        """The words of page ``index`` (the PDF has real text), one line after another, for
        the view's accessible description: a screen reader reads the page."""
        if not self.document or not 0 <= index < self.page_count:
            return ""
        text = self.document.getAllText(index).text()
        return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())

    def next_page(self) -> None:
        self.set_page(self.current + 1)

    def previous_page(self) -> None:
        self.set_page(self.current - 1)

    # Size ----------------------------------------------------------------------------------
    def set_zoom(self, factor: float) -> None:
        self.zoom = factor
        self.setMinimumHeight(px(MIN_HEIGHT, factor))
        c = colours()  # the frame follows "Contraste élevé" too (the page stays white paper)
        self.setStyleSheet(
            f"""
            PdfPageView {{ background: {c.border}; border: {px(SIZES.border, factor)}px
                solid {c.border}; }}
            PdfPageView:focus {{ border: {px(SIZES.focus_ring, factor)}px solid {c.focus}; }}
            PdfPageView QScrollBar:horizontal {{ height: {px(20, factor)}px; }}
            """
        )
        self.refresh()

    def sizeHint(self) -> QSize:
        """Modest, so the view takes the room left on screen, not the page's full height."""
        return QSize(px(MIN_HEIGHT, self.zoom), px(MIN_HEIGHT, self.zoom))

    def minimumSizeHint(self) -> QSize:
        return QSize(px(PAPER_MARGIN * 8, self.zoom), px(MIN_HEIGHT, self.zoom))

    def page_width(self) -> int:
        """Pixels across the page: the view's width, whatever the text size."""
        inner = self.viewport().width() - 2 * px(PAPER_MARGIN, self.zoom)
        return max(100, inner)

    def paper_height(self) -> int:
        """The height that shows the whole page (the frame included)."""
        return self.paper.height() + 2 * self.frameWidth()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Nothing scrolls inside the view: the arrows and PageUp/PageDown scroll the screen."""
        event.ignore()

    def refresh(self) -> None:
        if not self.document or self.page_count == 0 or not self.isVisible():
            return  # a hidden view is drawn when it is shown (a zoom step elsewhere costs nothing)
        width = self.page_width()
        ratio = self.devicePixelRatioF()
        shown = (self.current, width, ratio)
        if self._shown == shown:
            return
        picture = self._pictures.get(shown)
        if picture is None:
            image = render_page(self.document, self.current, round(width * ratio))
            image.setDevicePixelRatio(ratio)
            picture = QPixmap.fromImage(image)
            self._pictures = {**dict(list(self._pictures.items())[-1:]), shown: picture}
        self.paper.show_image(picture, px(PAPER_MARGIN, self.zoom))
        self._shown = shown

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
