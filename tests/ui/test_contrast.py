""" "Contraste élevé": light text on black, every pair at least 7:1, applied to the real
widgets and dialogs, reachable at every size, remembered with the text size (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.commands.samples import fill_with_samples
from desktop.ui.theme import COLOURS, HIGH_CONTRAST, Colours, colours, contrast_ratio
from desktop.ui.widgets import ChoiceGroup, Panel
from desktop.ui.wizard import MainWindow
from desktop.ui.zoom import CONTRAST_KEY, Zoom
from tests.ui.helpers import choose, press_continue
from tests.ui.test_guided_check import start

# (words, what they are drawn on): every text colour the stylesheet puts on a background.
TEXT_PAIRS = [
    ("text", "background"),
    ("text", "panel"),
    ("text", "warning_panel"),
    ("text", "possible_panel"),
    ("text", "selected"),
    ("text", "focus_fill"),
    ("text", "field_focus_fill"),
    ("text", "card"),
    ("text", "card_zone"),
    ("secondary_text", "background"),
    ("primary_text", "primary"),
    ("primary_text", "primary_hover"),
    ("chosen_text", "chosen"),
    ("error", "background"),
    ("error", "panel"),
    ("link", "background"),
    ("disabled_text", "background"),
]
# Lines and rings: at least 3:1 against what surrounds them.
EDGE_PAIRS = [
    ("border", "background"),
    ("border", "panel"),
    ("focus", "background"),
    ("focus", "panel"),
    ("focus", "warning_panel"),
    ("focus", "possible_panel"),
    ("chosen_ring", "background"),
    ("warning_edge", "warning_panel"),
    ("possible_edge", "possible_panel"),
    ("primary", "panel"),
    ("primary", "selected"),
    ("scroll_handle", "scroll_track"),
    ("error", "background"),
]


def ratio(c: Colours, foreground: str, background: str) -> float:
    return contrast_ratio(getattr(c, foreground), getattr(c, background))


@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_every_text_is_at_least_7_to_1(foreground: str, background: str) -> None:
    assert ratio(HIGH_CONTRAST, foreground, background) >= 7


@pytest.mark.parametrize(("foreground", "background"), EDGE_PAIRS)
def test_every_edge_is_at_least_3_to_1(foreground: str, background: str) -> None:
    assert ratio(HIGH_CONTRAST, foreground, background) >= 3


def test_light_text_on_black_and_the_states_stay_apart() -> None:
    c = HIGH_CONTRAST
    assert c.background == "#000000" and contrast_ratio(c.text, c.background) >= 15
    # The focus (yellow ring, dark fill), a chosen answer (white fill) and an error (red) are
    # three different looks; an error is also said in words (tests/ui/test_errors.py).
    assert len({c.focus, c.chosen, c.error}) == 3
    assert contrast_ratio(c.focus_fill, c.chosen) >= 7  # a focused answer is not a chosen one
    assert c.focus_fill != c.background and c.chosen != c.background
    # Every colour has its own high-contrast value (none forgotten from the usual theme),
    # except white text on primary buttons, which becomes black on light blue.
    same = [name for name in Colours.names() if getattr(c, name) == getattr(COLOURS, name)]
    assert same == []


def pixel(widget: QWidget, x: int, y: int) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


def switch(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    toggle = window.top_bar.contrast
    toggle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)


def test_the_toggle_applies_the_colours_to_real_widgets_and_keeps_the_focus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    toggle = window.top_bar.contrast
    assert toggle.accessibleName() == "Contraste élevé" and toggle.isCheckable()
    assert not toggle.isChecked()
    switch(qtbot, window)
    assert window.zoom.high_contrast and toggle.isChecked() and colours() is HIGH_CONTRAST
    assert QApplication.focusWidget() is toggle  # the focus stays on the toggle
    QApplication.processEvents()
    c = HIGH_CONTRAST
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() == c.background
    page = window.current
    assert pixel(page, page.width() - 2, page.height() - 2) == c.background
    assert pixel(window.continue_button, 6, window.continue_button.height() // 2) == c.primary
    # An answer chosen: white fill; the focused toggle: the dark fill inside a yellow ring.
    choose(qtbot, window, "oui")
    row = window.current.findChild(ChoiceGroup).buttons["oui"]
    assert pixel(row, row.width() - 20, row.height() // 2) == c.chosen
    toggle.setFocus()
    QApplication.processEvents()
    assert pixel(toggle, 1, toggle.height() // 2) == c.focus
    assert pixel(toggle, toggle.width() // 2, 6) == c.focus_fill
    # And back to the usual colours, the focus still there.
    qtbot.keyClick(toggle, Qt.Key.Key_Return)  # Enter presses the setting (it continues nothing)
    assert not window.zoom.high_contrast and colours() is COLOURS
    assert window.current.page_id == "has_mutuelle" and QApplication.focusWidget() is toggle
    QApplication.processEvents()
    assert pixel(page, page.width() - 2, page.height() - 2) == COLOURS.background


def test_verdict_panels_and_the_disabled_button_follow(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_high_contrast(True)
    fill_with_samples(window.context)
    window.show_page("result")
    QApplication.processEvents()
    panel = window.current.findChild(Panel)
    role = panel.property("role")
    wanted = {
        "warning": HIGH_CONTRAST.warning_panel,
        "possible": HIGH_CONTRAST.possible_panel,
        "panel": HIGH_CONTRAST.panel,
    }[role]
    assert pixel(panel, panel.width() - 12, panel.height() - 12) == wanted
    smaller = window.top_bar.smaller
    assert not smaller.isEnabled()
    image = smaller.grab().toImage()
    colours_seen = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert HIGH_CONTRAST.disabled_text in colours_seen or any(
        contrast_ratio(seen, HIGH_CONTRAST.background) >= 4.5 for seen in colours_seen
    )


def test_dialogs_follow(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A message box of the window (Tout effacer) and one made later without a parent."""
    window.zoom.set_high_contrast(True)
    for parent in (window, None):
        box = QMessageBox(parent)
        box.setText("Voulez-vous effacer toutes les réponses ?")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        assert pixel(box, 3, 3) == HIGH_CONTRAST.background
        label = box.findChild(QWidget, "qt_msgbox_label")
        assert label.palette().color(label.foregroundRole()).name() == HIGH_CONTRAST.text
        box.close()


def test_the_preview_frame_follows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_high_contrast(True)
    fill_with_samples(window.context)
    window.context.documents = ["lettre-mutuelle"]
    window.context.preview_kind = "lettre-mutuelle"
    window.show_page("preview")
    view = window.current.view
    qtbot.waitUntil(lambda: not view.paper.pixmap().isNull(), timeout=10000)
    paper = view.paper
    assert pixel(paper, 1, 1) == HIGH_CONTRAST.border
    view.setFocus()
    QApplication.processEvents()
    assert pixel(view, 1, view.height() // 2) == HIGH_CONTRAST.focus


def test_reachable_in_the_menu_at_200_in_800x600(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_factor(2.0)
    window.resize(800, 600)
    QApplication.processEvents()
    bar = window.top_bar
    bar.arrange()
    assert bar.menu_button.isVisible() and not bar.contrast.isVisible()
    action = next(a for a in bar.menu.actions() if a.text() == "Contraste élevé")
    assert action.isCheckable() and not action.isChecked()
    assert "Contraste élevé" in bar.menu_button.accessibleDescription()
    action.trigger()
    assert window.zoom.high_contrast and action.isChecked() and bar.contrast.isChecked()
    window.resize(1024, 768)
    window.zoom.set_factor(1.0)
    QApplication.processEvents()
    bar.arrange()
    assert bar.contrast.isVisible() and bar.contrast.isChecked()
    qtbot.mouseClick(bar.contrast, Qt.MouseButton.LeftButton)
    assert not window.zoom.high_contrast and not action.isChecked()


def test_the_change_is_said_where_the_focus_is(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The toggle says its own state; from the Menu, the "Menu" button (where the focus comes
    back) says it."""
    bar = window.top_bar
    switch(qtbot, window)
    QApplication.processEvents()
    assert bar.contrast.accessibleDescription() == "Texte clair sur fond noir"
    window.zoom.set_factor(2.0)
    window.resize(800, 600)
    QApplication.processEvents()
    bar.arrange()
    bar.menu_button.setFocus()
    assert QApplication.focusWidget() is bar.menu_button
    bar.contrast_action.trigger()
    qtbot.waitUntil(
        lambda: bar.menu_button.accessibleDescription() == "Contraste élevé : désactivé"
    )
    assert not window.zoom.high_contrast and QApplication.focusWidget() is bar.menu_button


def test_remembered_in_a_new_window(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.app import create_app

    app = create_app()
    settings = QSettings(str(tmp_path / "comfort.ini"), QSettings.Format.IniFormat)
    first = MainWindow(Zoom(app, settings))
    qtbot.addWidget(first)
    first.zoom.set_factor(1.5)
    qtbot.mouseClick(first.top_bar.contrast, Qt.MouseButton.LeftButton)
    first.close()
    settings.sync()
    second = MainWindow(Zoom(app, settings))
    qtbot.addWidget(second)
    try:
        assert second.zoom.high_contrast and second.zoom.factor == 1.5
        assert second.top_bar.contrast.isChecked()
        second.resize(1024, 768)
        second.show()
        qtbot.waitExposed(second)
        page = second.current
        assert pixel(page, page.width() - 2, 1) == HIGH_CONTRAST.background
        assert sorted(settings.allKeys()) == ["comfort/contrast", "comfort/zoom"]
    finally:
        second.zoom.set_high_contrast(False)
        second.zoom.set_factor(1.0)
    assert settings.value(CONTRAST_KEY) in (False, "false")


@pytest.mark.parametrize("value", ["abc", "", "@Invalid()", "[1,2]", "@ByteArray(x)", "2", "yes"])
def test_a_damaged_contrast_is_ignored_and_rewritten(tmp_path, value: str) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.app import create_app

    path = tmp_path / "comfort.ini"
    path.write_text(f"[comfort]\nzoom=1.5\ncontrast={value}\n", encoding="utf-8")
    zoom = Zoom(create_app(), QSettings(str(path), QSettings.Format.IniFormat))
    assert not zoom.high_contrast and zoom.factor == 1.5
    assert QSettings(str(path), QSettings.Format.IniFormat).value(CONTRAST_KEY) in (False, "false")
    zoom.set_factor(1.0)
    zoom.deleteLater()


def test_a_stored_true_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.app import create_app

    path = tmp_path / "comfort.ini"
    path.write_text("[comfort]\ncontrast=true\n", encoding="utf-8")
    zoom = Zoom(create_app(), QSettings(str(path), QSettings.Format.IniFormat))
    try:
        assert zoom.high_contrast and colours() is HIGH_CONTRAST
    finally:
        zoom.set_high_contrast(False)
        zoom.deleteLater()
    assert colours() is COLOURS


def test_the_card_drawing_follows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window)
    choose(qtbot, window, "oui")
    press_continue(qtbot, window)
    window.show_page("card")
    window.zoom.set_high_contrast(True)
    QApplication.processEvents()
    from desktop.ui.card_drawing import CardDrawing

    card = window.current.findChild(CardDrawing)
    centre = card.mapTo(card, QPoint(card.width() // 3, 12))
    assert pixel(card, centre.x(), centre.y()) == HIGH_CONTRAST.card


def test_switching_keeps_the_application_sheet_at_its_size(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The application's own sheet (windows made later) stays at the size it started with:
    switching at 150 % must not leave later windows at 150 %."""
    app = QApplication.instance()
    started = app.styleSheet()
    window.zoom.set_factor(1.5)
    window.zoom.set_high_contrast(True)
    window.zoom.set_high_contrast(False)
    window.zoom.set_factor(1.0)
    assert app.styleSheet() == started
