"""Shared helpers for UI tests: walk the wizard, find widgets, check layout."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.ui.widgets import ChoiceGroup

INTERACTIVE = (QAbstractButton, QLineEdit)


def choose(qtbot, window, value: str) -> None:  # type: ignore[no-untyped-def]
    """Click the answer button whose value is ``value`` on the current page."""
    group = window.current.findChild(ChoiceGroup)
    qtbot.mouseClick(group.buttons[value], Qt.MouseButton.LeftButton)


def press_continue(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.continue_button, Qt.MouseButton.LeftButton)


def press_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)


def visible_texts(widget: QWidget) -> str:
    """Every visible label's text, with no-break spaces as spaces and no zero-width spaces."""
    text = "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )
    return text.replace("\u200b", "").replace("\u00a0", " ")


def focusable_widgets(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and isinstance(w, (*INTERACTIVE, QAbstractScrollArea))
    ]


def clipped_widgets(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Describe every label, button or field of the current screen that cannot show its
    content: narrower or shorter than it needs, or past the right edge of the viewport."""
    viewport = window.scroll.viewport()
    problems = []
    roots = [window.current, window.top_bar, window.continue_button.parentWidget()]
    for root in roots:
        for widget in root.findChildren(QWidget):
            if not widget.isVisibleTo(window) or not isinstance(widget, (QLabel, *INTERACTIVE)):
                continue
            size = widget.size()
            name = f"{type(widget).__name__} {widget.accessibleName()[:40]!r}"
            if isinstance(widget, QLabel) and widget.wordWrap():
                needed_height = widget.heightForWidth(size.width())
                if needed_height > size.height() + 1:
                    problems.append(f"{name}: height {size.height()} < {needed_height}")
            elif isinstance(widget, QLineEdit):
                needed_height = widget.fontMetrics().height() + 8  # text line, padding, border
                if size.height() < needed_height:
                    problems.append(f"{name}: height {size.height()} < {needed_height}")
            else:
                hint = widget.sizeHint()
                if size.width() + 1 < hint.width() or size.height() + 1 < hint.height():
                    problems.append(
                        f"{name}: {size.width()}x{size.height()} < {hint.width()}x{hint.height()}"
                    )
            if root is window.current:
                right = widget.mapTo(viewport, QPoint(size.width(), 0)).x()
                if right > viewport.width() + 1:
                    problems.append(f"{name}: right edge {right} > viewport {viewport.width()}")
    return problems
