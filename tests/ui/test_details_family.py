"""The family screen: add, fill, remove people; errors name the person; tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.answers import FamilyMember
from desktop.core.validation import MAX_FAMILY
from tests.ui.helpers import press_back, press_continue
from tests.ui.test_documents_flow import (
    choose_documents,
    click,
    type_text,
)


def open_family(qtbot, window):  # type: ignore[no-untyped-def]
    choose_documents(qtbot, window, ["lettre-mutuelle"])
    window.current.store()
    window.show_page("family")
    return window.current


def fill_person(qtbot, page, index: int, first: str, last: str, born: str) -> None:  # type: ignore[no-untyped-def]
    for field, text in (("first_name", first), ("last_name", last), ("birth_date", born)):
        type_text(qtbot, page.rows[f"family[{index}].{field}"].field, text)


def test_nobody_is_fine_and_optional(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_family(qtbot, window)
    # The question has the focus, not "Ajouter une personne": Enter continues.
    assert page.rows == {} and QApplication.focusWidget() is page.heading
    press_continue(qtbot, window)
    assert window.current.page_id == "insurer_address"


def test_add_two_remove_the_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_family(qtbot, window)
    click(qtbot, page.add_button)
    assert QApplication.focusWidget() is page.rows["family[0].first_name"].field
    fill_person(qtbot, page, 0, "Jean", "Martin", "12/03/1975")
    click(qtbot, page.add_button)
    fill_person(qtbot, page, 1, "Zoë", "L'Haÿ-Martin", "01/06/2001")
    assert page.rows["family[0].first_name"].field.text() == "Jean"  # kept while adding
    click(qtbot, page.remove_buttons()[0])
    assert window.context.answers.family == [FamilyMember("Zoë", "L'Haÿ-Martin", "01/06/2001")]
    assert page.rows["family[0].first_name"].field.text() == "Zoë"
    assert "family[1].first_name" not in page.rows
    assert QApplication.focusWidget() is page.add_button
    press_continue(qtbot, window)
    assert window.current.page_id == "insurer_address"
    press_back(qtbot, window)
    assert page.rows["family[0].last_name"].field.text() == "L'Haÿ-Martin"


def second_person_in_error(qtbot, window):  # type: ignore[no-untyped-def]
    """Two people, the second one with only a birth date in the future; Continuer pressed."""
    page = open_family(qtbot, window)
    click(qtbot, page.add_button)
    click(qtbot, page.add_button)
    fill_person(qtbot, page, 0, "Jean", "Martin", "")
    type_text(qtbot, page.rows["family[1].birth_date"].field, "2099")
    press_continue(qtbot, window)
    return page


def test_a_person_needs_a_name_and_the_summary_says_who(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = second_person_in_error(qtbot, window)
    assert window.current is page
    summary = page.errors.lines.text().replace("\u00a0", " ")
    assert "Personne 2 :" in summary and "Personne 1" not in summary
    assert page.rows["family[1].first_name"].error.isVisible()
    assert page.rows["family[1].birth_date"].error.isVisible()
    assert QApplication.focusWidget() is page.rows["family[1].first_name"].field
    assert page.rows["family[1].birth_date"].field.text() == "2099"
    assert page.rows["family[0].birth_date"].label.text().endswith("(facultatif)")


def test_relationship_is_asked_and_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_family(qtbot, window)
    click(qtbot, page.add_button)
    fill_person(qtbot, page, 0, "Léo", "Martin", "01/06/2015")
    assert page.relationships[0].value() == ""  # nothing chosen for the person
    click(qtbot, page.relationships[0].buttons["enfant"])
    press_continue(qtbot, window)
    assert window.context.answers.family == [FamilyMember("Léo", "Martin", "01/06/2015", "enfant")]
    press_back(qtbot, window)
    assert page.relationships[0].value() == "enfant"


def test_tab_order_follows_the_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.context.answers.family = [FamilyMember(), FamilyMember()]
    page = open_family(qtbot, window)
    window.activateWindow()
    expected = []
    for index in (0, 1):
        expected += [
            page.rows[f"family[{index}].{f}"].field
            for f in ("first_name", "last_name", "birth_date")
        ]
        expected += list(page.relationships[index].buttons.values())
        expected.append(page.remove_buttons()[index])
    expected.append(page.add_button)  # what follows the screen is the window's business
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert [w.accessibleName() for w in seen] == [w.accessibleName() for w in expected]


def test_at_most_ten_people(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.context.answers.family = [FamilyMember("A", "B") for _ in range(MAX_FAMILY - 1)]
    page = open_family(qtbot, window)
    click(qtbot, page.add_button)
    assert len(window.context.answers.family) == MAX_FAMILY
    assert page.add_button.isHidden()


def test_erase_with_family_errors_on_screen_raises_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Found by the monkey test: "Tout effacer" while a second person's fields show errors
    emptied those fields after the answers were forgotten (an IndexError on each)."""
    import sys

    page = second_person_in_error(qtbot, window)
    assert page.rows["family[1].birth_date"].error.isVisible()
    errors: list[BaseException] = []
    previous, sys.excepthook = sys.excepthook, lambda kind, error, tb: errors.append(error)
    try:
        window.ask_erase = lambda: True
        window.erase_all()
        QApplication.processEvents()
    finally:
        sys.excepthook = previous
    assert errors == []
    assert window.current.page_id == "welcome" and window.context.answers.family == []
