"""The warned question replaces the date of a warning she may never have had: with "Je n'ai
pas reçu de message" or "Je ne sais plus" that date is never asked and never required."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.commands.samples import sample_answers
from desktop.core.validation import validate_for
from tests.ui.helpers import choose, press_continue
from tests.ui.test_documents_flow import click, fill_details

OTHER_LETTERS = ["lettre-mutuelle", "plan-demarches"]


def open_warned(window) -> None:  # type: ignore[no-untyped-def]
    window.context.answers.check = sample_answers().check
    window.context.answers.check.insurer_warned = ""
    window.show_page("next_steps", remember=False)
    window.show_page("warned")


def test_the_answers_to_the_warned_question(window) -> None:  # type: ignore[no-untyped-def]
    open_warned(window)
    buttons = window.current.choice.buttons
    assert [b.text() for b in buttons.values()] == [
        "Oui, j'ai reçu un message",
        "Je n'ai pas reçu de message",
        "Je ne sais plus",
    ]
    assert not any(b.isChecked() for b in buttons.values())  # nothing chosen for her


@pytest.mark.parametrize("downs", [2, 3])  # "Je n'ai pas reçu de message", "Je ne sais plus"
def test_not_warned_by_keyboard_never_asks_the_date(qtbot, window, downs: int) -> None:  # type: ignore[no-untyped-def]
    open_warned(window)
    group = window.current.choice
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # nothing chosen: an error
    assert window.current.page_id == "warned"
    group.setFocus()
    for _ in range(downs):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert group.value() == ("non" if downs == 2 else "ne_sait_plus")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    page = window.current
    assert page.page_id == "documents"
    assert page.buttons["plainte-bl2c"].isHidden()
    for kind in OTHER_LETTERS:
        page.buttons[kind].setFocus()
        qtbot.keyClick(page.buttons[kind], Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    seen = fill_details(qtbot, window)
    assert seen and "informed_date" not in seen
    answers = window.context.answers
    assert answers.insurer_informed_date == ""
    for kind in OTHER_LETTERS:
        assert validate_for(kind, answers, dt.date.today()) == []  # not required either


def test_warned_then_not_by_mouse_drops_the_police_complaint_and_its_date(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_warned(window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    click(qtbot, window.current.buttons["plainte-bl2c"])
    press_continue(qtbot, window)
    assert window.current.page_id == "identity"
    while window.current.page_id != "warned":  # she goes back and changes her answer
        qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    choose(qtbot, window, "ne_sait_plus")
    press_continue(qtbot, window)
    assert window.context.documents == []
    click(qtbot, window.current.buttons["lettre-mutuelle"])
    press_continue(qtbot, window)
    assert "informed_date" not in fill_details(qtbot, window)
