""" "Tout effacer" forgets what the screens still hold, not only the answers: every text field
(with its undo history), every error line (they can quote what was typed), and the last
document (its PDF bytes, the loaded QPdfDocument, the page image on screen)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.ui.widgets import ErrorSummary


def forget_screens(pages: Iterable[QWidget]) -> None:
    for page in pages:
        # Error lines first: a field emptied while it shows an error is checked again.
        for label in page.findChildren(QLabel):
            if label.property("role") == "error":
                label.setText("")
                label.setAccessibleDescription("")
        for summary in page.findChildren(ErrorSummary):
            summary.show_errors([])
            summary.setAccessibleDescription("")
        for field in page.findChildren(QLineEdit):
            field.setText("")  # setText also empties the undo/redo history
        for area in page.findChildren(QPlainTextEdit):
            area.setPlainText("")
        forget_document(page)


def forget_document(page: QWidget) -> None:
    """The preview's bytes, document and page image, and what its message said (a folder
    name can be the person's)."""
    close = getattr(page, "close_document", None)
    if callable(close):
        close()
    message = getattr(page, "message", None)
    clear = getattr(message, "clear", None)
    if callable(clear):
        clear()
