"""At large text sizes the search's first suggestion is brought into view under the question
(``forms.reveal_under``, which finds the screen's scroll area without walking up through Qt's
viewport widget): the view scrolls down, never past the top of the question."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from tests.ui.test_in_view import in_view


def test_first_suggestion_scrolled_into_view_under_the_question(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_factor(2.0)
    window.resize(800, 600)  # at 200 % the suggestions start below the fold
    window.show_page("insurer_name")
    page = window.current
    bar = window.scroll.verticalScrollBar()
    assert bar.value() == 0
    qtbot.keyClicks(page.field, "mutuelle generale")
    first = page.suggestions.buttons["slot0"]
    qtbot.waitUntil(lambda: first.isVisible() and bar.value() > 0)  # it scrolled
    qtbot.wait(50)
    question = page.heading.mapTo(window.scroll.viewport(), QPoint(0, 0)).y()
    assert question >= 0  # the question stays in view
    # The first suggestion is in view, or, when both cannot fit, the question is at the top.
    assert in_view(window, first) or question == 0
