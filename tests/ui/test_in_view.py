"""Everything needed stays in view: on every screen, at 100, 150 and 200 % in 1024x768 and
800x600, the question, the first answer or field and "Continuer" are in the viewport when
the screen opens, and nothing is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from desktop.commands.samples import fill_with_samples
from desktop.ui.forms import LabelledField, WrappingButton
from desktop.ui.theme import COLOURS, contrast_ratio
from desktop.ui.widgets import ChoiceGroup
from tests.ui.helpers import clipped_widgets

SIZES = [(1024, 768), (800, 600)]
ZOOMS = [1.0, 1.5, 2.0]


def first_control(window) -> QWidget | None:  # type: ignore[no-untyped-def]
    """The first answer, field or document button of the screen, if it has one."""
    page = window.current
    candidates: list[QWidget] = [
        group.shown_buttons()[0]
        for group in page.findChildren(ChoiceGroup)
        if group.isVisibleTo(page) and group.shown_buttons()
    ]
    candidates += [f.field for f in page.findChildren(LabelledField) if f.isVisibleTo(page)]
    field = getattr(page, "field", None)  # the search field of the name screens
    if field is not None:
        candidates.append(field)
    if page.page_id in ("documents", "ready"):  # documents to tick, documents to open
        candidates += [b for b in page.findChildren(WrappingButton) if b.isVisibleTo(page)]
    if not candidates:
        return None
    return min(candidates, key=lambda w: w.mapTo(page, QPoint(0, 0)).y())


def in_view(window, widget: QWidget) -> bool:  # type: ignore[no-untyped-def]
    """Wholly in the viewport, or, for a control taller than two lines of its text (a
    document with its explanation), at least its first two lines."""
    viewport = window.scroll.viewport()
    if not window.current.isAncestorOf(widget):  # the bars are always in view
        return widget.isVisible()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    seen = min(widget.height(), 2 * widget.fontMetrics().height())
    return top >= 0 and top + seen <= viewport.height()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("zoom", ZOOMS, ids=lambda z: f"{round(z * 100)}")
def test_question_first_answer_and_continue_in_view(window, zoom: float, size) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_factor(zoom)
    window.resize(*size)
    fill_with_samples(window.context)
    problems = []
    for page_id in list(window.pages):
        window.show_page(page_id, remember=page_id != "welcome")
        for _ in range(3):
            QApplication.processEvents()
        needed = [window.current.heading, window.continue_button]
        control = first_control(window)
        if control is not None:
            needed.append(control)
        for widget in needed:
            if not in_view(window, widget):
                problems.append(f"{page_id}: {type(widget).__name__} {widget.accessibleName()!r}")
        problems += [f"{page_id}: {p}" for p in clipped_widgets(window)]
    assert problems == [], "\n".join(problems)


def test_bars_stay_compact(window) -> None:  # type: ignore[no-untyped-def]
    """At 200 % in 800x600 the two bars take at most a third of the window."""
    window.zoom.set_factor(2.0)
    window.resize(800, 600)
    QApplication.processEvents()
    bars = window.top_bar.height() + window.continue_button.parentWidget().height()
    assert bars <= 600 // 3, bars
    bar = window.top_bar
    assert bar.menu_button.isVisible() and not bar.erase.isVisible()
    assert bar.menu_button.accessibleName() == "Menu"
    names = [action.text() for action in bar.menu.actions()]
    assert names == ["Mots difficiles", "Tout effacer", "Contraste élevé"]
    window.zoom.set_factor(1.0)
    window.resize(1024, 768)
    QApplication.processEvents()
    bar.arrange()
    assert bar.erase.isVisible() and bar.words.isVisible() and not bar.menu_button.isVisible()
    assert bar.contrast.isVisible()


def test_scrollbar_is_wide_and_visible_on_fusion(window) -> None:  # type: ignore[no-untyped-def]
    """On the real Fusion style (not only offscreen defaults): >= 16 px, a handle of at
    least 3:1 against its track and the page."""
    app = QApplication.instance()
    previous = app.style().name()
    app.setStyle(QStyleFactory.create("Fusion"))
    try:
        window.zoom.set_factor(2.0)
        window.show_page("next_steps")
        QApplication.processEvents()
        bar = window.scroll.verticalScrollBar()
        assert bar.isVisible() and bar.width() >= 16
        image = bar.grab().toImage()
        middle = bar.width() // 2
        colours = {image.pixelColor(middle, y).name() for y in range(image.height())}
        assert COLOURS.scroll_handle in colours
        assert contrast_ratio(COLOURS.scroll_handle, COLOURS.scroll_track) >= 3
        assert contrast_ratio(COLOURS.scroll_handle, COLOURS.background) >= 3
    finally:
        app.setStyle(QStyleFactory.create(previous))
