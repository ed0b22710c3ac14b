"""The name screen and the result screen show what the search and the verdict decided."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.answers import CheckAnswers
from desktop.ui.widgets import Panel
from tests.ui.helpers import choose, press_continue, visible_texts
from tests.ui.test_guided_check import start, type_insurer


def shown_suggestions(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text() for b in page.suggestions.buttons.values() if b.isVisible()]


def to_name_page(qtbot, window):  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    assert window.current.page_id == "insurer_name"
    return window.current


def test_operator_name_gets_its_own_answer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = to_name_page(qtbot, window)
    type_insurer(qtbot, window, "Viamedis")
    assert shown_suggestions(page) == []
    status = page.status.text().replace("\u00a0", " ")
    assert "pas celui de votre mutuelle" in status
    assert "Je ne la trouve pas" in status and "question sur la carte" in status
    qtbot.mouseClick(page.not_found, Qt.MouseButton.LeftButton)
    assert window.current.page_id == "card"


def test_close_names_are_all_offered_and_nothing_is_chosen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = to_name_page(qtbot, window)
    type_insurer(qtbot, window, "genera")
    assert len(shown_suggestions(page)) >= 2
    assert "Plusieurs noms sont proches" in page.status.text()
    assert page.suggestions.value() == ""  # nothing chosen for the person


def test_a_group_name_offers_no_member(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = to_name_page(qtbot, window)
    for name in ("Groupe VYV", "Aema", "Mutualite Francaise"):  # keyClicks: ASCII only
        type_insurer(qtbot, window, name)
        assert shown_suggestions(page) == [], name


def test_a_clear_match_is_offered_alone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = to_name_page(qtbot, window)
    type_insurer(qtbot, window, "mutuelle generale")
    assert shown_suggestions(page) == ["La Mutuelle Générale"]


def result_for(qtbot, window, **check: str):  # type: ignore[no-untyped-def]
    """The verdict's panel, and the words of the result and of its "Pourquoi ?" screen."""
    window.context.answers.check = CheckAnswers(**check)
    window.show_page("result")  # rebuilt each time it is entered
    panel = window.current.content.findChild(Panel)
    text = visible_texts(window.current.content)
    window.show_page("result_why")
    return panel, text + "\n" + visible_texts(window.current.content)


def test_each_evidence_level_has_its_panel_and_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "mutaero": (
            "warning",
            "probablement touché vos données",
            "Chez Viamedis, ce que le piratage a pris",
        ),
        "generali": (
            "warning",
            "citée dans la presse en février 2024 ; ce n'est pas confirmé",
            "Si vos données étaient chez Almerys, voici ce que le piratage a pris",
        ),
        "mutuelle-bleue": (
            "possible",
            "peut-être touché vos données",
            "Si vos données étaient chez Viamedis, voici ce que le piratage a pris",
        ),
        "smacl-sante": ("possible", "données de test de 2016 à 2018", "Si vos données étaient"),
        "mhv": ("panel", "Nous ne savons pas", "Regardez quand même votre carte"),
    }
    for insurer_id, (role, headline, stolen) in cases.items():
        panel, text = result_for(
            qtbot, window, has_mutuelle="oui", insurer_id=insurer_id, had_former_insurer="non"
        )
        assert panel.property("role") == role, insurer_id
        assert headline in text and stolen in text, insurer_id


def test_unknown_former_mutuelle_is_not_probably_not(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel, text = result_for(qtbot, window, has_mutuelle="non", had_former_insurer="ne_sait_pas")
    assert panel.property("role") == "panel"
    assert "Nous ne savons pas." in text and "probablement pas" not in text
    assert "anciennes cartes" in text


def test_the_maybe_panel_colours_meet_contrast_targets() -> None:
    from desktop.ui.theme import COLOURS, contrast_ratio

    assert contrast_ratio(COLOURS.text, COLOURS.possible_panel) >= 7
    assert contrast_ratio(COLOURS.possible_edge, COLOURS.possible_panel) >= 3
    assert COLOURS.possible_panel not in (COLOURS.warning_panel, COLOURS.panel)
