"""Detail screens: errors beside the field and in the summary, nothing typed is ever lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import press_back, press_continue
from tests.ui.test_documents_flow import (
    NIR,
    choose_documents,
    type_text,
    visible_rows,
)

WRONG_NIR = NIR[:-2] + f"{(int(NIR[-2:]) + 1) % 98:02d}"


def open_detail(qtbot, window, kinds, page_id: str):  # type: ignore[no-untyped-def]
    choose_documents(qtbot, window, kinds)
    window.current.store()
    window.show_page(page_id)
    return window.current


def test_wrong_nir_key_is_explained_beside_the_field_and_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_detail(qtbot, window, ["lettre-mutuelle"], "nir")
    row = page.rows["person.nir"]
    assert row.label.text().endswith("(facultatif)")
    type_text(qtbot, row.field, WRONG_NIR)
    press_continue(qtbot, window)
    assert window.current is page
    assert "clé" in page.errors.lines.text()
    assert row.error.isVisible() and "clé" in row.error.text()
    assert row.field.property("invalid") is True
    assert "clé" in row.field.accessibleDescription()
    assert QApplication.focusWidget() is row.field
    assert row.field.text() == WRONG_NIR and window.context.answers.person.nir == WRONG_NIR
    # Fixed: the error goes away as soon as the number is right, before "Continuer".
    row.field.selectAll()
    type_text(qtbot, row.field, NIR[:-1])  # still wrong (14 digits): still said
    assert row.error.isVisible()
    type_text(qtbot, row.field, NIR[-1])
    assert not row.error.isVisible() and row.field.property("invalid") is False
    assert not page.errors.isVisible()
    press_continue(qtbot, window)
    assert window.current.page_id == "member_number"
    press_back(qtbot, window)
    assert not row.error.isVisible() and row.field.property("invalid") is False


def test_nir_may_stay_empty_and_corsica_is_accepted(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_detail(qtbot, window, ["lettre-mutuelle"], "nir")
    press_continue(qtbot, window)
    assert window.current.page_id == "member_number"
    window.show_page("nir")
    from stdnum.fr import nir

    corsican = "1680" + "32A" + "123456"
    type_text(qtbot, page.rows["person.nir"].field, corsican + nir.calc_check_digits(corsican))
    press_continue(qtbot, window)
    assert window.current.page_id == "member_number"


def test_missing_identity_lists_each_field_and_focuses_the_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_detail(qtbot, window, ["plainte-bl2c"], "identity")
    press_continue(qtbot, window)
    summary = page.errors.lines.text()
    assert "nom de famille" in summary and "prénom" in summary
    last, first = page.rows["person.last_name"], page.rows["person.first_name"]
    assert last.error.isVisible() and first.error.isVisible()
    assert QApplication.focusWidget() is last.field  # first wrong field in screen order
    assert not last.label.text().endswith("(facultatif)")


def test_required_or_optional_depends_on_the_documents(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_detail(qtbot, window, ["lettre-mutuelle"], "phone")
    assert page.rows["person.phone"].label.text().endswith("(facultatif)")
    press_continue(qtbot, window)
    assert window.current.page_id == "nir"
    page = open_detail(qtbot, window, ["plainte-bl2c"], "phone")
    assert not page.rows["person.phone"].label.text().endswith("(facultatif)")
    press_continue(qtbot, window)
    assert window.current is page and "police" in page.rows["person.phone"].error.text()


def test_back_and_forth_keeps_every_keystroke(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_detail(qtbot, window, ["lettre-mutuelle"], "address")
    typed = {
        "person.address_lines[0]": "12 rue des Lilas",
        "person.postal_code": "4210",  # wrong on purpose
        "person.city": "Saint-Étienne",
    }
    for path, text in typed.items():
        type_text(qtbot, page.rows[path].field, text)
    press_continue(qtbot, window)
    assert "5 chiffres" in page.rows["person.postal_code"].error.text()
    press_back(qtbot, window)
    window.show_page("address")
    for path, text in typed.items():
        assert page.rows[path].field.text() == text
    assert window.context.answers.person.postal_code == "4210"


def test_dates_from_a_file_are_shown_the_french_way(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.context.answers.person.birth_date = "1948-02-29"
    page = open_detail(qtbot, window, ["lettre-mutuelle"], "birth")
    assert page.rows["person.birth_date"].field.text() == "29/02/1948"
    assert page.rows["person.birth_place"].isHidden()  # only the police complaint needs it


@pytest.mark.parametrize(
    ("page_id", "path", "text", "words"),
    [
        ("birth", "person.birth_date", "31/02/1948", "29/02/1948"),
        ("informed_date", "insurer_informed_date", "05/02/2023", "avant 2024"),
        ("first_letter_date", "first_letter_date", "01/01/2099", "après"),
    ],
)
def test_wrong_dates_say_how_to_fix(qtbot, window, page_id, path, text, words) -> None:  # type: ignore[no-untyped-def]
    page = open_detail(qtbot, window, ["plainte-bl2c", "plainte-cnil"], page_id)
    type_text(qtbot, page.rows[path].field, text)
    press_continue(qtbot, window)
    assert words in page.rows[path].error.text()
    assert page.rows[path].field.text() == text


def test_insurer_name_is_prefilled_but_never_its_address(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_detail(qtbot, window, ["lettre-mutuelle"], "insurer_address")
    assert page.rows["insurer.name"].field.text() == "La Mutuelle Générale"
    for path in ("insurer.address_lines[0]", "insurer.postal_code", "insurer.city"):
        assert page.rows[path].field.text() == ""
    assert "copiez l'adresse" in visible_texts_lower(page)


def visible_texts_lower(page) -> str:  # type: ignore[no-untyped-def]
    from tests.ui.helpers import visible_texts

    return visible_texts(page).lower()


def test_place_defaults_to_the_persons_city(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.context.answers.person.city = "Saint-Étienne"
    page = open_detail(qtbot, window, ["plainte-cnil"], "place")
    assert page.rows["place"].field.text() == "Saint-Étienne"


ODD_INPUTS = [
    "Zoë 😀",
    "x" * 500,
    "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",  # Hebrew and Arabic
    "\u202eetneitÉ-tniaS",  # right-to-left override
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_never_crashes_and_is_refused_kindly(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    kinds = ["plainte-bl2c", "lettre-mutuelle", "plainte-cnil"]
    choose_documents(qtbot, window, kinds)
    window.current.store()
    for page_id in (
        "identity",
        "birth",
        "address",
        "phone",
        "nir",
        "member_number",
        "insurer_address",
        "informed_date",
        "first_letter_date",
        "place",
    ):
        window.show_page(page_id)
        page = window.current
        for row in visible_rows(window).values():
            row.field.clear()
            if len(text) > 50:
                row.field.insert(text)  # pasted
            else:
                type_text(qtbot, row.field, text)
        press_continue(qtbot, window)
        assert window.current is page, page_id  # refused
        for row in visible_rows(window).values():
            assert row.field.text() == text[: row.field.maxLength()]
            if row.error.isVisible():
                assert row.error.text().endswith(".")


def test_pasted_control_characters_are_refused(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_detail(qtbot, window, ["lettre-mutuelle"], "identity")
    page.rows["person.last_name"].field.insert("Mar\x07tin\x00")  # a paste
    press_continue(qtbot, window)
    assert "invisible" in page.rows["person.last_name"].error.text()
