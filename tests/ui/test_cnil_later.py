"""The CNIL complaint: only for a letter to the mutuelle sent over a month ago, unanswered.

When she prepares the letter to her mutuelle now, the CNIL step is in her plan, with its date,
and no date of a letter not yet written is asked. Every error says what to do.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.french_dates import format_long_date, format_short_date
from desktop.core.validation import reply_deadline
from desktop.documents.plan_demarches import steps
from tests.ui.helpers import press_continue
from tests.ui.test_documents_flow import (
    choose_documents,
    click,
    fill_by_mouse,
    fill_details,
    type_text,
)

TODAY = dt.date.today()


def key(qtbot, widget, which) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, which)


def test_letter_now_and_cnil_by_keyboard_says_untick_and_plan_has_the_date(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    choose_documents(qtbot, window, [])
    page = window.current
    window.context.answers.first_letter_date = "01/01/2025"  # typed earlier, then changed her mind
    for kind in ("lettre-mutuelle", "plainte-cnil"):
        key(qtbot, page.buttons[kind], Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.current is page  # not both at once
    message = page.error.text().replace("\xa0", " ")
    assert "Décochez la plainte à la CNIL" in message
    assert "cochez « Mon plan de démarches » : il vous dira quand l'envoyer" in message
    assert QApplication.focusWidget() is page.buttons["plainte-cnil"]  # on what to untick
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # untick
    key(qtbot, page.buttons["plan-demarches"], Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.context.documents == ["lettre-mutuelle", "plan-demarches"]
    seen = fill_details(qtbot, window)
    assert "first_letter_date" not in seen  # no date asked for a letter not yet written
    answers = window.context.answers
    assert answers.first_letter_date == ""
    plan = " ".join(steps(answers, TODAY))
    assert format_long_date(reply_deadline(TODAY)) in plan  # the CNIL step, with its date
    assert "CNIL" in plan


def test_with_the_plan_already_chosen_the_message_only_says_untick(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    choose_documents(qtbot, window, ["lettre-mutuelle", "plan-demarches", "plainte-cnil"])
    press_continue(qtbot, window)
    message = window.current.error.text().replace("\xa0", " ")
    assert window.current.page_id == "documents"
    assert "Décochez la plainte à la CNIL ; votre plan de démarches vous dira" in message
    assert "cochez « Mon plan" not in message


def test_cnil_too_early_says_what_to_do_and_the_way_out_works_by_mouse(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    choose_documents(qtbot, window, ["plainte-cnil"])
    press_continue(qtbot, window)
    while window.current.page_id != "first_letter_date":
        fill_by_mouse(qtbot, window)
        press_continue(qtbot, window)
    page = window.current
    sent = TODAY - dt.timedelta(days=10)
    field = page.rows["first_letter_date"].field
    field.clear()
    type_text(qtbot, field, format_short_date(sent))
    press_continue(qtbot, window)
    assert window.current is page
    error = page.rows["first_letter_date"].error.text().replace("\xa0", " ")
    assert format_long_date(reply_deadline(sent)) in error  # the one rule, shared with the plan
    assert "Décochez la plainte à la CNIL" in error
    assert page.not_yet.isVisibleTo(page)
    click(qtbot, page.not_yet)
    assert window.current.page_id == "documents"
    assert not window.current.buttons["plainte-cnil"].isChecked()
    assert window.context.documents == []


def test_cnil_after_a_month_without_answer_is_accepted(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    choose_documents(qtbot, window, ["plainte-cnil"])
    press_continue(qtbot, window)
    seen = fill_details(qtbot, window)  # fill_by_mouse types a letter sent 45 days ago
    assert "first_letter_date" in seen
    assert window.context.documents == ["plainte-cnil"]
