"""Accessibility is part of done: names, sizes, contrast, zoom, keyboard, nothing clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from desktop.commands.samples import fill_with_samples
from desktop.ui.theme import COLOURS, SIZES, ZOOM_STEPS, contrast_ratio
from tests.ui.helpers import clipped_widgets, focusable_widgets


def every_page(window):  # type: ignore[no-untyped-def]
    fill_with_samples(window.context)
    for page_id in list(window.pages):
        window.show_page(page_id, remember=page_id != "welcome")
        QApplication.processEvents()
        yield page_id


def test_every_focusable_widget_has_an_accessible_name(window) -> None:  # type: ignore[no-untyped-def]
    missing = []
    for page_id in every_page(window):
        for widget in focusable_widgets(window):
            if not widget.accessibleName().strip():
                missing.append(
                    f"{page_id}: {type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
                )
    assert missing == []


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_nothing_is_clipped_in_1024x768(window, zoom: float) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_factor(zoom)
    window.resize(1024, 768)
    problems = []
    for page_id in every_page(window):
        QApplication.processEvents()
        problems += [f"{page_id}: {p}" for p in clipped_widgets(window)]
    assert problems == []


def test_text_and_buttons_are_big_enough(window) -> None:  # type: ignore[no-untyped-def]
    small = []
    for page_id in every_page(window):
        for label in window.findChildren(QLabel):
            visible = label.isVisibleTo(window) and label.text()
            if visible and QFontInfo(label.font()).pixelSize() < SIZES.body:
                small.append(f"{page_id}: label {label.text()[:30]!r}")
        for button in window.findChildren(QAbstractButton):
            if button.isVisibleTo(window) and button.height() < 48:
                small.append(f"{page_id}: button {button.text()!r} {button.height()} px")
    assert small == []


def test_headings_are_at_least_28px(window) -> None:  # type: ignore[no-untyped-def]
    assert SIZES.heading >= 28
    assert QFontInfo(window.current.heading.font()).pixelSize() >= 28


def test_colours_meet_contrast_targets() -> None:
    assert contrast_ratio(COLOURS.text, COLOURS.background) >= 7
    assert contrast_ratio(COLOURS.text, COLOURS.panel) >= 7
    assert contrast_ratio(COLOURS.text, COLOURS.selected) >= 7
    assert contrast_ratio(COLOURS.text, COLOURS.warning_panel) >= 7
    assert contrast_ratio(COLOURS.primary_text, COLOURS.primary) >= 7
    assert contrast_ratio(COLOURS.error, COLOURS.background) >= 7
    assert contrast_ratio(COLOURS.link, COLOURS.background) >= 7
    # borders and the focus ring: at least 3:1 against what surrounds them
    for colour in (COLOURS.border, COLOURS.focus):
        assert contrast_ratio(colour, COLOURS.background) >= 3
        assert contrast_ratio(colour, COLOURS.panel) >= 3
    assert SIZES.focus_ring >= 3


def test_zoom_buttons_and_shortcuts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.top_bar
    assert bar.smaller.accessibleName() == "Texte plus petit"
    assert not bar.smaller.isEnabled()
    body_at_100 = QFontInfo(window.top_bar.size_label.font()).pixelSize()
    qtbot.mouseClick(bar.bigger, Qt.MouseButton.LeftButton)
    assert window.zoom.percent == 125 and bar.size_label.text() == "125 %".replace(" ", "\u00a0")
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 150
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 200 and not bar.bigger.isEnabled()
    QApplication.processEvents()
    body_at_200 = QFontInfo(window.top_bar.size_label.font()).pixelSize()
    assert body_at_200 >= 2 * body_at_100 - 1
    # Headings grow too, and stay clearly bigger than the text (but not twice 30 px, so the
    # question and its first answers fit in view).
    assert QFontInfo(window.current.heading.font()).pixelSize() >= body_at_200 + 10
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 175
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom.percent == 100
    assert ZOOM_STEPS[0] == 1.0 and ZOOM_STEPS[-1] == 2.0


def test_zoom_is_remembered_but_nothing_else(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from desktop.ui.app import create_app
    from desktop.ui.zoom import Zoom

    app = create_app()
    settings = QSettings(str(tmp_path / "comfort.ini"), QSettings.Format.IniFormat)
    Zoom(app, settings).set_factor(1.5)
    settings.sync()
    assert Zoom(app, settings).factor == 1.5
    assert settings.allKeys() == ["comfort/zoom"]
    Zoom(app, settings).set_high_contrast(True)
    assert sorted(settings.allKeys()) == ["comfort/contrast", "comfort/zoom"]
    Zoom(app, settings).set_high_contrast(False)
    assert sorted(settings.allKeys()) == ["comfort/contrast", "comfort/zoom"]
    Zoom(app, None).set_factor(1.0)


def test_qt_dialogs_are_in_french(app) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("QPrintDialog", "Print") == "Imprimer"
    assert QCoreApplication.translate("QFileDialog", "Save As") == "Enregistrer sous"


def test_application_font_is_atkinson(app) -> None:  # type: ignore[no-untyped-def]
    assert "Atkinson" in app.font().family()


def test_focus_moves_in_reading_order_on_a_question(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("card")
    order = []
    widget = QApplication.focusWidget()
    assert widget is window.current.choice  # the question first, then each answer
    for _ in range(6):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        order.append(widget.accessibleName())
    assert order[:4] == [
        "J'y lis VIAMEDIS",
        "J'y lis ALMERYS",
        "Aucun des deux",
        "Je n'ai pas ma carte",
    ]
    assert "Retour" in order or "Continuer" in order


def test_source_addresses_are_shown_decoded_and_can_wrap() -> None:
    from desktop.ui.widgets import URL_CHUNK, breakable

    shown = breakable(
        "https://exemple.fr/vol-de-donn%C3%A9es/edbdfaeb99982e017e556c038d7438926b98738a"
    )
    assert "%C3" not in shown and "données" in shown.replace("\u200b", "")
    assert all(len(run) <= URL_CHUNK + 1 for run in shown.split("\u200b"))
