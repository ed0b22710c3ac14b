""" "Tout effacer" forgets the answers, every field (and its undo), the error lines, and the last
document: its bytes, the loaded QPdfDocument and the page image."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop.commands.samples import fill_with_samples
from desktop.core.answers import Answers

SECRET = "Xanthopoulou"


def texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    found = [field.text() for field in window.findChildren(QLineEdit)]
    found += [label.text() for label in window.findChildren(QLabel)]
    found += [w.accessibleDescription() for w in window.findChildren(QLineEdit)]
    return found


def test_erase_forgets_the_document_and_every_field(window, click) -> None:  # type: ignore[no-untyped-def]
    fill_with_samples(window.context)
    window.context.answers.person.last_name = SECRET
    window.show_page("identity")
    field = window.current.rows["person.last_name"].field
    field.setText(SECRET)
    field.setFocus()
    window.go_next()  # stores the answers
    window.show_page("preview")
    preview = window.pages["preview"]
    assert preview.pdf.startswith(b"%PDF") and preview.document is not None
    assert not preview.view.paper.image.isNull()
    document = preview.document
    hidden = window.pages["family"].findChildren(QLineEdit)
    for other in hidden:  # fields on screens that are not shown
        other.setText(SECRET)
    assert any(SECRET in text for text in texts(window))

    window.ask_erase = lambda: True
    click(window.top_bar.erase)
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert window.current.page_id == "welcome"
    assert window.context.answers == Answers()
    assert preview.pdf == b"" and preview.document is None
    assert preview.view.paper.image.isNull() and preview.view.document is None
    assert not shiboken6.isValid(document)  # the QPdfDocument and its buffer are deleted
    assert not any(SECRET in text for text in texts(window))
    assert not any(f.isUndoAvailable() for f in window.findChildren(QLineEdit))
