"""Nothing is chosen for her: answers are radio buttons, Enter never chooses, arrival on the
question, destructive actions never the default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QMessageBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)

from desktop.ui.screens.choice_page import ChoicePage
from desktop.ui.theme import COLOURS, contrast_ratio
from desktop.ui.widgets import AnswerRow, ChoiceGroup
from tests.ui.helpers import choose, press_continue, visible_texts

CHOICE_PAGES = ("has_mutuelle", "card", "former")


def test_enter_on_fresh_screens_never_records_an_answer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Pressing Enter again and again from the welcome screen never reaches a verdict."""
    window.activateWindow()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
    assert window.current.page_id == "has_mutuelle"
    check = window.context.answers.check
    assert (check.has_mutuelle, check.card_reading, check.had_former_insurer) == ("", "", "")
    group = window.current.choice
    assert group.error.isVisible() and "Choisissez une réponse" in group.error.text()
    assert not window.current.errors.isVisible()  # said beside the answers, not above
    viewport = window.scroll.viewport()
    for widget in (group.error, group.buttons["oui"]):
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0 and top + widget.height() <= viewport.height(), widget.accessibleName()
    assert QApplication.focusWidget() is group


def test_enter_never_chooses_on_any_question(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    for page_id in CHOICE_PAGES:
        window.show_page(page_id)
        page = window.current
        assert isinstance(page, ChoicePage)
        for button in page.choice.buttons.values():
            button.setFocus()
            qtbot.keyClick(button, Qt.Key.Key_Return)
            assert window.current is page and page.choice.value() == "", (page_id, button.text())
        qtbot.keyClick(page.choice, Qt.Key.Key_Enter)
        assert window.current is page and page.choice.value() == ""


def test_answers_are_radio_buttons_in_a_named_group(window) -> None:  # type: ignore[no-untyped-def]
    for page_id in (*CHOICE_PAGES, "identity"):
        window.show_page(page_id)
        group = window.current.findChild(ChoiceGroup)
        buttons = list(group.buttons.values())
        assert all(isinstance(b, QRadioButton) for b in buttons)
        assert group.group.exclusive() and isinstance(group.group, QButtonGroup)
        assert group.group.objectName() == group.accessibleName() != ""
        assert [b for b in buttons if b.isChecked()] == []  # nothing pre-selected, ever
        assert QApplication.focusWidget() is group  # the question, not an answer


def test_whole_row_is_clickable_and_the_choice_is_unmistakable(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("has_mutuelle")
    row = window.current.choice.buttons["non"]
    assert isinstance(row, AnswerRow)
    qtbot.mouseClick(
        row, Qt.MouseButton.LeftButton, pos=QPoint(row.width() - 10, row.height() // 2)
    )
    assert window.current.choice.value() == "non"
    assert QFontInfo(row.label.font()).bold()
    assert not QFontInfo(window.current.choice.buttons["oui"].label.font()).bold()
    # The chosen fill stands out from the page; the focus looks different from a choice.
    assert contrast_ratio(COLOURS.chosen, COLOURS.background) >= 3
    assert contrast_ratio(COLOURS.chosen_text, COLOURS.chosen) >= 7
    assert COLOURS.focus_fill != COLOURS.chosen and COLOURS.focus != COLOURS.error
    assert contrast_ratio(COLOURS.text, COLOURS.focus_fill) >= 7
    image = row.grab().toImage()
    assert image.pixelColor(row.width() - 20, row.height() // 2).name() == COLOURS.chosen
    other = window.current.choice.buttons["oui"]
    other.setFocus()
    QApplication.processEvents()
    image = other.grab().toImage()
    assert image.pixelColor(other.width() - 12, other.height() // 2).name() == COLOURS.focus_fill


def test_arrows_choose_and_clicking_again_keeps_the_choice(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("card")
    group = window.current.choice
    qtbot.keyClick(group, Qt.Key.Key_Down)
    assert group.value() == "viamedis"
    assert QApplication.focusWidget() is group.buttons["viamedis"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert group.value() == "almerys"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert group.value() == "viamedis"
    choose(qtbot, window, "viamedis")
    assert group.value() == "viamedis"


def test_error_goes_away_when_she_chooses(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("former")
    press_continue(qtbot, window)
    group = window.current.choice
    assert group.error.isVisible()
    choose(qtbot, window, "non")
    assert not group.error.isVisible()


def test_erase_question_defaults_to_no(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("has_mutuelle")
    choose(qtbot, window, "oui")
    seen: list[str] = []

    def press(key: Qt.Key) -> None:
        box = window.erase_box
        seen.append(box.defaultButton().text())
        seen.append(box.escapeButton().text())
        qtbot.keyClick(box, key)

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        QTimer.singleShot(0, lambda k=key: press(k))
        window.erase_all()
        assert window.current.page_id == "has_mutuelle"
        assert window.current.choice.value() == "oui"
    assert set(seen) == {"Non, continuer"}
    assert isinstance(window.erase_box, QMessageBox)


def test_last_screen_default_is_not_erasing(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.context.documents = ["fiche-arnaques"]
    window.show_page("ready")
    window.show_page("finish")
    assert "effacer" not in window.continue_button.text().lower()
    monkeypatch.setattr(window, "ask_erase", lambda: False)
    window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
    assert window.current.page_id == "ready"  # Enter shows the documents again
    window.show_page("finish")
    asked: list[bool] = []
    monkeypatch.setattr(window, "ask_erase", lambda: asked.append(True) or True)
    qtbot.mouseClick(window.current.erase_button, Qt.MouseButton.LeftButton)
    assert asked == [True] and window.current.page_id == "welcome"


def test_family_screen_enter_continues(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.context.documents = ["lettre-mutuelle"]
    window.show_page("family")
    window.activateWindow()
    assert QApplication.focusWidget() is window.current.heading
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.context.answers.family == []
    assert window.current.page_id != "family"


def test_text_screen_scrolls_by_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_factor(2.0)
    window.show_page("next_steps")
    QApplication.processEvents()
    bar = window.scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home)
    assert bar.value() == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert bar.value() > 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert bar.value() == 0
    # The useful numbers are reached by Tab, and shown when reached.
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if "Numéros utiles" in QApplication.focusWidget().accessibleName():
            break
    box = QApplication.focusWidget()
    assert "Numéros utiles" in box.accessibleName()
    assert "Info Escroqueries" in box.accessibleDescription()
    top = box.mapTo(window.scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < window.scroll.viewport().height()
    assert "Numéros utiles" in visible_texts(window.current)


def test_last_screen_says_document_by_document_what_to_post_and_keep(window) -> None:  # type: ignore[no-untyped-def]
    window.context.documents = ["lettre-mutuelle", "plainte-cnil", "fiche-arnaques"]
    window.show_page("finish")
    text = visible_texts(window.current)
    today = text.index("À poster aujourd'hui")
    later = text.index("À poster plus tard")
    keep = text.index("À garder")
    assert today < text.index("Lettre à ma mutuelle") < later
    assert later < text.index("Plainte à la CNIL") < keep < text.index("Fiche anti-arnaques")
    assert "Lettre de plainte (police" not in text  # not chosen: not said
    window.context.documents = ["fiche-arnaques"]
    window.show_page("finish")
    text = visible_texts(window.current)
    assert "À poster" not in text and "enveloppe" not in text


@pytest.mark.parametrize("percent", [100, 200])
def test_erase_question_words_are_never_cut(qtbot, window, percent) -> None:  # type: ignore[no-untyped-def]
    """The focus ring is thicker than the button's border: the words must still fit in the
    dialog's buttons (Qt sizes them with the thin border)."""
    window.zoom.set_factor(percent / 100)
    room: dict[str, tuple[int, int]] = {}

    def measure() -> None:
        box = window.erase_box
        for button in box.buttons():
            button.setFocus()
            QApplication.processEvents()
            option = QStyleOptionButton()
            button.initStyleOption(option)
            contents = button.style().subElementRect(
                QStyle.SubElement.SE_PushButtonContents, option, button
            )
            words = button.fontMetrics().horizontalAdvance(button.text())
            room[button.text()] = (words, contents.width())
        box.done(0)

    QTimer.singleShot(0, measure)
    window.erase_all()
    assert set(room) == {"Oui, tout effacer", "Non, continuer"}
    for text, (words, width) in room.items():
        assert words <= width, f"{text!r} is cut at {percent} %: {words} px in {width} px"
