"""Documents and detail screens: every control is named, nothing is clipped at 200 %."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop.core.answers import FamilyMember
from desktop.ui.screens.details import DETAIL_PAGES
from tests.ui.helpers import clipped_widgets, focusable_widgets
from tests.ui.test_documents_flow import (
    LETTERS,
    choose_documents,
)

MY_PAGES = ["documents", *(p.page_id for p in DETAIL_PAGES), "ready", "finish"]


def each_screen(qtbot, window, *, with_errors: bool):  # type: ignore[no-untyped-def]
    """Show every screen of this flow with all documents chosen, two family members, and
    (if asked) the errors of an empty form on display."""
    choose_documents(qtbot, window, [*LETTERS, "fiche-arnaques"])
    window.current.store()
    window.context.answers.family = [FamilyMember(), FamilyMember("Zoë", "", "")]
    for page_id in MY_PAGES:
        window.show_page(page_id)
        if with_errors and page_id not in ("ready", "finish"):
            window.go_next()
            if window.current.page_id != page_id:  # nothing wrong on this one: come back
                window.go_back()
        for _ in range(3):  # the error messages, then the scroll to the focus, are laid out
            QApplication.processEvents()
        yield page_id


def test_every_control_is_named_and_labelled(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for page_id in each_screen(qtbot, window, with_errors=True):
        page = window.current
        for widget in focusable_widgets(page):
            if not widget.accessibleName().strip():
                problems.append(f"{page_id}: {type(widget).__name__}")
        for field in page.findChildren(QLineEdit):
            if field.isVisibleTo(page):
                buddies = [lab for lab in page.findChildren(QLabel) if lab.buddy() is field]
                if not buddies or buddies[0].text() != field.accessibleName():
                    problems.append(f"{page_id}: field {field.accessibleName()!r} has no label")
                if field.maxLength() > 200:
                    problems.append(f"{page_id}: field {field.accessibleName()!r} unbounded")
    assert problems == []


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_nothing_clipped_in_1024x768(qtbot, window, zoom: float) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_factor(zoom)
    window.resize(1024, 768)
    problems = []
    for page_id in each_screen(qtbot, window, with_errors=True):
        problems += [f"{page_id}: {p}" for p in clipped_widgets(window)]
        bar = window.scroll.horizontalScrollBar()
        if bar.maximum() > 0:
            problems.append(f"{page_id}: scrolls sideways")
    assert problems == []
