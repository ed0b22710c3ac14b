"""What a screen reader gets: names, descriptions and where the focus lands (issue 11)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from desktop.commands.samples import fill_with_samples
from desktop.core.verdict import assess
from desktop.ui.screens.choice_page import CHOOSE_ONE
from desktop.ui.screens.details.base import DetailPage
from desktop.ui.screens.insurer_name import found_count
from desktop.ui.widgets import ChoiceGroup, Panel
from tests.ui.helpers import choose, press_continue
from tests.ui.test_details_validation import open_detail
from tests.ui.test_guided_check import start, type_insurer


def to_insurer_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    assert window.current.page_id == "insurer_name"


def test_the_verdict_has_the_focus_and_carries_its_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    fill_with_samples(window.context)
    window.show_page("result")
    verdict = assess(window.context.answers.check, window.context.catalog)
    panel = QApplication.focusWidget()
    assert isinstance(panel, Panel)
    assert panel.accessibleName().replace("\u202f", " ").startswith(verdict.headline[:20])
    description = panel.accessibleDescription().replace("\u202f", " ")
    assert verdict.explanation[:30].replace("\u202f", " ") in description
    assert panel in window.tab_chain()


def test_advice_and_numbers_are_read_and_reached_by_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    fill_with_samples(window.context)
    window.show_page("next_steps")
    advice = QApplication.focusWidget()
    assert isinstance(advice, Panel)
    assert advice.accessibleName() == "Méfiez-vous des arnaques"
    first_tip = window.context.guidance.advice[0].text
    assert first_tip[:25] in advice.accessibleDescription().replace("\u202f", " ")
    number = window.context.guidance.numbers[0]
    panels = [w for w in window.tab_chain() if isinstance(w, Panel)]
    assert advice in panels
    assert any(number.number in p.accessibleDescription() for p in panels)


def test_answers_are_a_named_group_and_the_hint_and_progress_are_read(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    page = window.current
    group = QApplication.focusWidget()
    assert isinstance(group, ChoiceGroup)
    assert group.accessibleName() == page.heading_text
    assert group.group.objectName() == page.heading_text
    assert all(isinstance(b, QRadioButton) for b in group.buttons.values())
    assert page.hint in group.accessibleDescription()
    assert page.step_label.text() in group.accessibleDescription()
    # An error replaces the hint, in full; choosing brings the hint back.
    press_continue(qtbot, window)
    assert group.accessibleDescription() == CHOOSE_ONE
    assert page.hint not in group.accessibleDescription()
    choose(qtbot, window, "oui")
    assert page.hint in group.accessibleDescription()


def test_the_number_of_suggestions_is_in_the_field_description(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    to_insurer_name(qtbot, window)
    page = type_insurer(qtbot, window, "genera")
    shown = len(page.suggestions.shown_buttons())
    assert shown > 1
    assert page.field.accessibleDescription().startswith(f"{shown} mutuelles trouvées")
    type_insurer(qtbot, window, "zzzzqqq")
    assert page.field.accessibleDescription().startswith("Aucune mutuelle trouvée")
    assert found_count(1) == "1 mutuelle trouvée"


def test_every_error_is_in_the_summary_description(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_detail(qtbot, window, ["lettre-mutuelle"], "identity")
    press_continue(qtbot, window)
    assert window.current is page
    messages = page.problems()
    assert len(messages) > 1
    description = page.errors.accessibleDescription()
    assert all(message in description for message in messages)
    # The focus is on the first field in error: it says every problem once, then its hint.
    field = QApplication.focusWidget()
    row = next(row for row in page.rows.values() if row.field is field)
    said = field.accessibleDescription()
    assert all(said.count(message) == 1 for message in messages)
    assert said.startswith(messages[0])
    assert said.endswith(row.hint.text())


def test_a_prefilled_field_is_named_by_its_label(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    fill_with_samples(window.context)
    window.context.answers.place = ""
    window.show_page("place")
    page = window.current
    assert isinstance(page, DetailPage)
    field = QApplication.focusWidget()
    assert field.text() == window.context.answers.person.city != ""
    assert field.accessibleName() == page.rows["place"].label.text()
    assert field.accessibleName().startswith("Commune où vous signez")


def test_text_size_change_says_the_size_and_keeps_the_focus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.top_bar
    bar.bigger.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(10):
        if bar.bigger.isEnabled():
            bar.bigger.click()
    assert window.zoom.percent == 200
    assert bar.bigger.accessibleDescription() == "Taille du texte : 200 %"
    assert QApplication.focusWidget() is bar.smaller  # the focus stays in the size controls
    bar.smaller.click()
    assert QApplication.focusWidget() is bar.smaller
    assert bar.smaller.accessibleDescription().endswith("%")
    assert bar.smaller.accessibleDescription() != "Taille du texte : 200 %"


def test_answers_are_exposed_as_radio_buttons(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible

    start(qtbot, window)
    group = window.current.findChild(ChoiceGroup)
    for button in group.buttons.values():
        role = QAccessible.queryAccessibleInterface(button).role()
        assert role == QAccessible.Role.RadioButton
    choose(qtbot, window, "oui")
    choose(qtbot, window, "non")
    assert group.value() == "non"
    group.set_value("")  # going back to a screen never answered: nothing chosen
    assert group.value() == ""


def test_a_text_size_shortcut_says_the_size_where_the_focus_is(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Orca 43 ignores Qt's announcements but speaks a change of the focused widget's
    description: the new size goes there, the focus stays, and the widget's own description
    comes back once the focus has left it."""
    start(qtbot, window)
    focused = QApplication.focusWidget()
    own = focused.accessibleDescription()
    assert own  # the progress line and hint read on arrival
    qtbot.keyClick(focused, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 125
    assert QApplication.focusWidget() is focused
    assert focused.accessibleDescription() == "Taille du texte : 125 %"
    qtbot.keyClick(focused, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert focused.accessibleDescription() == "Taille du texte : 150 %"
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not focused
    qtbot.waitUntil(lambda: focused.accessibleDescription() == own)


def test_the_size_buttons_say_the_size_and_keep_the_focus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.top_bar
    bar.bigger.setFocus()
    for percent in (125, 150, 175, 200):
        qtbot.keyClick(bar.bigger if bar.bigger.isEnabled() else bar.smaller, Qt.Key.Key_Space)
        assert bar.bigger.accessibleDescription() == f"Taille du texte : {percent} %"
    # At 200 % "A+" cannot be used: the focus goes to "A−", which says the size.
    assert QApplication.focusWidget() is bar.smaller
    assert bar.smaller.accessibleDescription() == "Taille du texte : 200 %"


def test_elsewhere_the_size_is_a_qt_announcement(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6 import QtGui

    from desktop.ui import widgets

    said: list[str] = []
    real = QtGui.QAccessible.updateAccessibility

    def spy(event) -> None:  # type: ignore[no-untyped-def]
        if isinstance(event, QtGui.QAccessibleAnnouncementEvent):
            said.append(event.message())
        real(event)

    monkeypatch.setattr(QtGui.QAccessible, "updateAccessibility", spy)
    monkeypatch.setattr(widgets.sys, "platform", "win32")
    start(qtbot, window)
    focused = QApplication.focusWidget()
    own = focused.accessibleDescription()
    qtbot.keyClick(focused, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert said == ["Taille du texte : 125 %"]
    assert QApplication.focusWidget() is focused and focused.accessibleDescription() == own


def test_each_answer_says_its_place_among_those_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Orca 43 says a radio button's description, not its position (off by default): "1 sur
    3" is in each answer's description, and follows the answers shown."""
    start(qtbot, window)
    group = window.current.findChild(ChoiceGroup)
    places = [button.accessibleDescription() for button in group.buttons.values()]
    assert places == ["1 sur 3", "2 sur 3", "3 sur 3"]
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    page = type_insurer(qtbot, window, "Gener")
    shown = page.suggestions.shown_buttons()
    assert len(shown) >= 2
    assert [b.accessibleDescription() for b in shown] == [
        f"{i} sur {len(shown)}" for i in range(1, len(shown) + 1)
    ]
    page = type_insurer(qtbot, window, "Malakoff Humanis")
    shown = page.suggestions.shown_buttons()
    assert [b.accessibleDescription() for b in shown] == ["1 sur 1"]
    hidden = [b for b in page.suggestions.buttons.values() if b.isHidden()]
    assert hidden and all(b.accessibleDescription() == "" for b in hidden)
