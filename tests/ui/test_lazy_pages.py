"""Screens are built the first time they are shown, once, and the registry matches the screens."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from desktop.commands.samples import fill_with_samples
from desktop.ui.lazy_pages import page_class
from desktop.ui.page import Page
from desktop.ui.screens.details import DETAIL_PAGES
from desktop.ui.widgets import ChoiceGroup
from desktop.ui.wizard import PAGES
from tests.ui.helpers import choose, press_continue


def test_every_registered_screen_has_the_id_it_is_registered_under() -> None:
    wrong = [
        f"{page_id}: {where}"
        for page_id, where in PAGES
        if not issubclass(page_class(where), Page) or page_class(where).page_id != page_id
    ]
    assert wrong == []
    ids = [page_id for page_id, _ in PAGES]
    assert len(set(ids)) == len(ids)
    details = [page.page_id for page in DETAIL_PAGES]
    assert [page_id for page_id in ids if page_id in details] == details


def test_only_the_welcome_screen_is_built_at_start(window) -> None:  # type: ignore[no-untyped-def]
    assert window.pages.built() == ["welcome"]
    assert list(window.pages) == [page_id for page_id, _ in PAGES]  # ids, nothing built
    assert "preview" in window.pages
    assert window.pages.built() == ["welcome"]


def test_a_screen_is_built_when_first_shown_and_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    press_continue(qtbot, window)
    assert window.current.page_id == "has_mutuelle"
    assert window.pages.built() == ["welcome", "has_mutuelle"]
    first = window.current
    choose(qtbot, window, "oui")
    window.go_back()
    press_continue(qtbot, window)
    assert window.current is first  # the same screen, with the answer it was given
    assert window.current.findChild(ChoiceGroup).value() == "oui"
    assert window.pages.built() == ["welcome", "has_mutuelle"]


def test_nothing_covers_the_top_of_a_screen_built_on_first_show(window) -> None:  # type: ignore[no-untyped-def]
    """A screen that rebuilds its content when shown must not leave the content it was built
    with on top of its heading (it was never laid out, so it sits in the top left corner)."""
    fill_with_samples(window.context)
    covered = []
    for page_id in window.pages:
        window.show_page(page_id, remember=page_id != "welcome")
        QApplication.processEvents()
        page = window.current
        top = page.step_label if page.step_label.isVisible() else page.heading
        spot = top.geometry().topLeft() + QPoint(4, top.height() // 2)
        if page.childAt(spot) is not top:
            covered.append(f"{page_id}: {type(page.childAt(spot)).__name__}")
    assert covered == []
