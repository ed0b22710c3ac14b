"""What the window forgets and how the keyboard goes back (kill-the-mutant tests).

- Closing the window forgets the person: no answer, no document choice stays in memory.
- Escape goes back one screen, like "Retour", from a button or from a text field, and keeps
  what was typed; on the first screen (no "Retour") it does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.answers import Answers
from tests.ui.helpers import choose, press_continue
from tests.ui.test_guided_check import start, type_insurer


def to_the_insurer_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Welcome -> "Avez-vous une mutuelle ?" -> "oui" -> the insurer's name."""
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)


def test_closing_the_window_forgets_the_person(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    to_the_insurer_name(qtbot, window)
    type_insurer(qtbot, window, "Dupont-Secret")
    window.current.store()
    window.context.answers.person.last_name = "Lœwenbrück"
    window.context.documents = ["lettre-mutuelle"]
    window.context.preview_kind = "lettre-mutuelle"
    assert window.context.answers != Answers()
    assert window.close()  # the real close event, as the title bar's cross sends it
    QApplication.processEvents()
    assert not window.isVisible()
    assert window.context.answers == Answers()
    assert window.context.documents == []
    assert window.context.preview_kind == ""


def escape(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    QApplication.processEvents()


def test_escape_goes_back_and_keeps_the_answer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    to_the_insurer_name(qtbot, window)
    page = type_insurer(qtbot, window, "Dupont")
    assert window.focusWidget() is page.field  # Escape pressed while typing
    escape(qtbot, window)
    assert window.current.page_id == "has_mutuelle"
    assert window.context.answers.check.insurer_typed == "Dupont"
    escape(qtbot, window)  # from the answer buttons
    assert window.current.page_id == "welcome"


def test_escape_on_the_first_screen_does_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.current.page_id == "welcome"
    escape(qtbot, window)
    assert window.current.page_id == "welcome"
    assert window.isVisible()
