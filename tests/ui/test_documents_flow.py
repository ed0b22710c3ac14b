"""Choosing documents, the detail screens each choice brings, the ready and finish screens."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from stdnum.fr import nir

from desktop.commands.samples import sample_answers
from desktop.core.french_dates import format_short_date
from desktop.core.validation import OPTIONAL, REQUIRED, fields_needed, validate_for
from desktop.documents import KINDS
from desktop.ui.screens.details import DETAIL_PAGES, next_detail
from desktop.ui.screens.documents import CHOOSE_ONE
from tests.ui.helpers import press_continue, visible_texts

LETTERS = ["plainte-bl2c", "lettre-mutuelle", "plainte-cnil"]
NIR = "2480242218005" + nir.calc_check_digits("2480242218005")
SENT = format_short_date(dt.date.today() - dt.timedelta(days=45))
VALID = {
    "person.last_name": "Martin",
    "person.first_name": "Éloïse Marie",
    "person.birth_name": "Dupont",
    "person.birth_date": "29/02/1948",
    "person.birth_place": "Saint-Étienne",
    "person.address_lines[0]": "12 rue des Lilas",
    "person.address_lines[1]": "Bâtiment B",
    "person.address_lines[2]": "",
    "person.postal_code": "42100",
    "person.city": "Saint-Étienne",
    "person.phone": "04 77 12 34 56",
    "person.nir": NIR,
    "person.member_number": "AB-12345",
    "insurer.name": "La Mutuelle Générale",
    "insurer.address_lines[0]": "1 place des Saisons",
    "insurer.address_lines[1]": "",
    "insurer.address_lines[2]": "",
    "insurer.postal_code": "75014",
    "insurer.city": "Paris",
    "insurer_informed_date": "05/02/2024",
    "first_letter_date": SENT,
    "place": "Saint-Étienne",
    "family[0].first_name": "Jean",
    "family[0].last_name": "Martin",
    "family[0].birth_date": "12/03/1975",
}


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a keyboard: QTest only knows ASCII keys, other characters come as key text."""
    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose_documents(qtbot, window, kinds) -> None:  # type: ignore[no-untyped-def]
    """Open the documents screen (after the check) and tick ``kinds`` with the mouse."""
    window.context.answers.check = sample_answers().check
    window.show_page("next_steps", remember=False)
    window.show_page("documents")
    for kind in kinds:
        click(qtbot, window.current.buttons[kind])


def visible_rows(window) -> dict:  # type: ignore[no-untyped-def]
    return {p: r for p, r in window.current.rows.items() if r.isVisibleTo(window.current)}


def fill_by_mouse(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Click each visible field of the current detail screen and type a valid answer."""
    for path, row in visible_rows(window).items():
        click(qtbot, row.field)
        row.field.selectAll()
        qtbot.keyClick(row.field, Qt.Key.Key_Delete)
        type_text(qtbot, row.field, VALID[path])


def fill_details(qtbot, window) -> list[str]:  # type: ignore[no-untyped-def]
    """Fill each detail screen by mouse until the review (or "ready"); the page ids seen."""
    seen = []
    while window.current.page_id not in ("review", "ready"):
        seen.append(window.current.page_id)
        fill_by_mouse(qtbot, window)
        press_continue(qtbot, window)
        assert not window.current.errors.isVisible(), window.current.errors.lines.text()
    return seen


def walk(qtbot, window, kinds) -> list[str]:  # type: ignore[no-untyped-def]
    """Choose ``kinds``, fill every detail screen by mouse; the page ids seen until the
    review of the answers, which leads to "ready"."""
    choose_documents(qtbot, window, kinds)
    press_continue(qtbot, window)
    seen = fill_details(qtbot, window)
    if window.current.page_id == "review":
        press_continue(qtbot, window)
    assert window.current.page_id == "ready"
    return seen


def test_every_kind_says_what_it_needs() -> None:
    assert list(KINDS) == list(REQUIRED) == list(OPTIONAL)
    assert fields_needed("fiche-arnaques") == set()
    assert {"person.nir", "family", "person.first_name"} <= fields_needed("lettre-mutuelle")


def test_one_button_per_kind_with_an_explanation(window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("documents")
    page = window.current
    assert list(page.buttons) == list(KINDS)
    for kind, button in page.buttons.items():
        assert button.accessibleName() == KINDS[kind]
        assert button.accessibleDescription()
        assert not button.isChecked()  # nothing chosen in advance


def test_nothing_chosen_is_refused(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    choose_documents(qtbot, window, [])
    press_continue(qtbot, window)
    page = window.current
    assert page.page_id == "documents"
    assert not page.errors.isVisible()  # said beside the documents, which stay in view
    assert page.error.isVisible() and CHOOSE_ONE in page.error.text()
    assert QApplication.focusWidget() is page.buttons["lettre-mutuelle"]  # the first shown


def test_documents_are_ordered_by_what_applies(window) -> None:  # type: ignore[no-untyped-def]
    def shown_order() -> list[str]:
        page = window.current
        by_button = {button: kind for kind, button in page.buttons.items()}
        items = [page.body.itemAt(i).widget() for i in range(page.body.count())]
        return [by_button[w] for w in items if w in by_button]

    window.context.answers.check = sample_answers().check  # probably concerned
    window.show_page("documents")
    assert shown_order()[0] == "lettre-mutuelle"
    assert shown_order().index("plainte-bl2c") > shown_order().index("fiche-arnaques")
    window.context.answers.check.has_mutuelle = "non"
    window.context.answers.check.had_former_insurer = "non"
    window.show_page("documents")
    assert shown_order()[:2] == ["fiche-arnaques", "journal-appels"]


def test_choices_are_kept_in_kinds_order_and_can_be_undone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    choose_documents(qtbot, window, ["resultat", "plainte-cnil", "fiche-arnaques"])
    click(qtbot, window.current.buttons["resultat"])  # untick
    assert window.current.buttons["plainte-cnil"].state.isVisibleTo(window.current)
    window.current.store()
    assert window.context.documents == ["plainte-cnil", "fiche-arnaques"]


def test_only_the_scam_sheet_needs_no_details(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    choose_documents(qtbot, window, ["fiche-arnaques"])
    press_continue(qtbot, window)
    assert window.current.page_id == "ready"


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        (["fiche-arnaques", "plan-demarches", "journal-appels", "resultat"], []),
        (
            ["lettre-mutuelle"],
            [
                "identity",
                "birth",
                "address",
                "phone",
                "nir",
                "member_number",
                "family",
                "insurer_address",
                "place",
            ],
        ),
        (
            ["plainte-bl2c"],
            [
                "identity",
                "birth",
                "address",
                "phone",
                "nir",
                "member_number",
                "insurer_address",
                "informed_date",
                "place",
            ],
        ),
        (
            ["plainte-cnil"],
            [
                "identity",
                "birth",
                "address",
                "phone",
                "insurer_address",
                "first_letter_date",
                "place",
            ],
        ),
    ],
)
def test_only_needed_screens_are_shown(kinds, expected) -> None:  # type: ignore[no-untyped-def]
    seen, page = [], next_detail("documents", kinds)
    while page not in ("review", "ready"):  # "Vérifiez vos réponses" after the details
        seen.append(page)
        page = next_detail(page, kinds)
    assert seen == expected
    assert {p.page_id for p in DETAIL_PAGES} >= set(expected)


def test_cnil_only_asks_what_cnil_prints(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    seen = walk(qtbot, window, ["plainte-cnil"])
    assert "family" not in seen and "nir" not in seen
    birth = window.pages["birth"]
    assert birth.rows["person.birth_place"].isHidden()  # only the police complaint needs it


def test_every_letter_by_mouse_then_ready_and_finish(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # Both complaints (the CNIL one waits a month after the letter to the mutuelle).
    seen = walk(qtbot, window, ["plainte-bl2c", "plainte-cnil", "fiche-arnaques"])
    assert seen == [p.page_id for p in DETAIL_PAGES if p.page_id != "family"]
    today = dt.date.today()
    for kind in window.context.documents:
        assert validate_for(kind, window.context.answers, today) == []
    ready = window.current
    shown = [b.accessibleName() for b in ready.shown()]
    # In the order they were offered (what applies first), not the order of KINDS.
    order = ["fiche-arnaques", "plainte-bl2c", "plainte-cnil"]
    assert shown == [f"Voir et imprimer : {KINDS[k]}" for k in order]
    assert window.continue_button.text() == "Terminer"
    press_continue(qtbot, window)
    assert window.current.page_id == "finish"
    assert window.continue_button.text() == "Revoir mes documents"  # never erase by default
    window.ask_erase = lambda: True  # "Oui, tout effacer"
    click(qtbot, window.current.erase_button)
    assert window.current.page_id == "welcome"
    assert window.context.documents == [] and window.context.answers.person.last_name == ""


def test_ready_button_opens_the_preview_of_that_document(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    choose_documents(qtbot, window, ["fiche-arnaques", "journal-appels"])
    press_continue(qtbot, window)
    button = window.current.view_buttons["journal-appels"]
    assert window.current.first_focus() is window.current.view_buttons["fiche-arnaques"]
    click(qtbot, button)
    assert window.context.preview_kind == "journal-appels"
    assert window.current.page_id == "preview"


def test_keyboard_only(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Space ticks, Enter sends the screen; fields are filled in visual order with Tab."""
    window.activateWindow()
    window.context.answers.check = sample_answers().check
    window.show_page("documents", remember=False)
    focused = QApplication.focusWidget()
    assert focused is window.current.heading  # the question, not a document
    qtbot.keyClick(focused, Qt.Key.Key_Tab)  # first: the letter to her mutuelle (concerned)
    assert QApplication.focusWidget() is window.current.buttons["lettre-mutuelle"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter sends, keeps the tick
    assert window.context.documents == ["lettre-mutuelle"]
    assert window.current.page_id == "identity"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # Madame
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    while window.current.page_id != "review":
        page_id = window.current.page_id
        if page_id == "family":
            assert QApplication.focusWidget() is window.current.heading
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is window.current.add_button
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # add a person
        rows = visible_rows(window)
        for index, (path, row) in enumerate(rows.items()):
            assert QApplication.focusWidget() is row.field, (page_id, path)
            row.field.selectAll()
            type_text(qtbot, row.field, VALID[path] or " ")
            if index < len(rows) - 1:
                qtbot.keyClick(row.field, Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert window.current.page_id != page_id, window.current.errors.lines.text()
    # "Vérifiez vos réponses": each answer, "Modifier" beside each screen's answers.
    text = visible_texts(window.current)
    assert "Civilité : Madame" in text and "Personne 1 : Jean" in text
    change = next(
        b
        for b in window.current.findChildren(QPushButton)
        if b.accessibleName() == "Modifier : Quel est votre nom ?"
    )
    change.setFocus()
    qtbot.keyClick(change, Qt.Key.Key_Return)
    assert window.current.page_id == "identity"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # straight back to the review
    assert window.current.page_id == "review"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.current.page_id == "ready"
    answers = window.context.answers
    assert answers.person.title == "Madame"
    assert answers.family[0].first_name == "Jean"
    assert validate_for("lettre-mutuelle", answers, dt.date.today()) == []


@pytest.mark.parametrize("warned", ["non", "ne_sait_plus", ""])
def test_police_complaint_only_for_people_their_mutuelle_warned(qtbot, window, warned: str) -> None:  # type: ignore[no-untyped-def]
    window.context.answers.check = sample_answers().check
    window.context.documents = ["plainte-bl2c", "fiche-arnaques"]
    window.context.answers.check.insurer_warned = warned
    window.show_page("documents")
    page = window.current
    assert page.buttons["plainte-bl2c"].isHidden()
    assert page.police_note.isVisibleTo(page)
    assert window.context.documents == ["fiche-arnaques"]
    press_continue(qtbot, window)
    assert window.context.documents == ["fiche-arnaques"]
    assert window.current.page_id == "ready"  # no date of a warning is asked


def test_warned_question_comes_before_the_documents(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.context.answers.check = sample_answers().check
    window.context.answers.check.insurer_warned = ""
    window.show_page("next_steps")
    press_continue(qtbot, window)
    assert window.current.page_id == "warned"
    assert "Partie 3 sur 3" in visible_texts(window.current)
    window.current.choice.buttons["oui"].click()
    press_continue(qtbot, window)
    assert window.current.page_id == "documents"
    assert not window.current.buttons["plainte-bl2c"].isHidden()
    assert not window.current.police_note.isVisibleTo(window.current)
