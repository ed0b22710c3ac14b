"""The preview screen: the chosen document page by page, large, from the bytes that get printed.

``FakeDialogs`` and ``open_preview`` are shared with test_printing.py and test_saving.py.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop.commands.samples import sample_answers
from desktop.core.answers import Answers
from desktop.ui import printing
from desktop.ui.printing import AutomaticDialogs, PrintProgress, SilentProgress
from desktop.ui.screens import preview
from desktop.ui.screens.preview import PreviewPage
from tests.ui.helpers import clipped_widgets, focusable_widgets, visible_texts

TODAY = dt.date(2026, 11, 25)
TWO_PAGES = "lettre-mutuelle"


class CancellingProgress(SilentProgress):
    def __init__(self, cancel_at: int) -> None:
        self.cancel_at = cancel_at

    def advance(self, done: int, total: int) -> bool:
        return done < self.cancel_at


class FakeDialogs(AutomaticDialogs):
    """Answers the print and save dialogs as a person would, and remembers what was asked."""

    asks_before_replacing = True  # as Qt's save dialog does: a chosen name that exists was agreed

    def __init__(
        self,
        *,
        accept: bool = True,
        copies: int = 1,
        pdf_to: Path | None = None,
        save_to: str | None = "",
        cancel_at: int | None = None,
    ) -> None:
        self.accept = accept
        self.copies = copies
        self.pdf_to = pdf_to  # print to this PDF file instead of a printer
        self.save_to = save_to  # "" = accept the proposed path, None = cancel
        self.cancel_at = cancel_at
        self.asked_printer: list[tuple[str, str]] = []  # (printer name, page size name)
        self.asked_save: list[str] = []

    def ask_printer(self, printer: QPrinter) -> bool:
        self.asked_printer.append((printer.printerName(), printer.pageLayout().pageSize().key()))
        if not self.accept:
            return False
        printer.setCopyCount(self.copies)
        if self.pdf_to is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.pdf_to))
        return True

    def ask_save_path(self, default: str) -> str | None:
        self.asked_save.append(default)
        return default if self.save_to == "" else self.save_to

    def progress(self, total: int) -> PrintProgress:
        return SilentProgress() if self.cancel_at is None else CancellingProgress(self.cancel_at)


def said(page: PreviewPage) -> str:
    """The message shown in the page, with plain spaces (French spacing uses no-break ones)."""
    return page.message.text().replace("\u00a0", " ")


def open_preview(window, kind: str = TWO_PAGES, answers: Answers | None = None) -> PreviewPage:  # type: ignore[no-untyped-def]
    window.context.answers = answers or sample_answers()
    window.context.documents = [kind]
    window.context.preview_kind = kind
    window.show_page("preview")
    QApplication.processEvents()
    page = window.pages["preview"]
    assert isinstance(page, PreviewPage)
    page.dialogs = FakeDialogs()
    page.today = lambda: TODAY
    return page


def test_shows_the_document_page_by_page(window) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    assert page.heading.text().startswith("Lettre à ma mutuelle")
    assert page.pdf.startswith(b"%PDF")
    assert page.view.page_count == 2
    assert page.page_label.text() == "Page 1 sur 2"
    assert page.view.paper.pixmap().width() > 500
    assert not page.previous_button.isEnabled() and page.next_button.isEnabled()
    assert window.current.first_focus() is page.print_button


def test_page_changes_with_the_mouse(window, click) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    first = page.view.paper.pixmap().toImage()
    click(page.next_button)
    assert page.page_label.text() == "Page 2 sur 2"
    assert page.view.accessibleName().startswith("Page 2 sur 2")
    assert page.view.paper.pixmap().toImage() != first
    assert not page.next_button.isEnabled() and page.previous_button.isEnabled()
    click(page.previous_button)
    assert page.page_label.text() == "Page 1 sur 2"


def test_page_changes_with_the_keyboard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    page.next_button.setFocus()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    assert page.page_label.text() == "Page 2 sur 2"
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.page_label.text() == "Page 1 sur 2"
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.page_label.text() == "Page 2 sur 2"
    page.previous_button.setFocus()
    qtbot.keyClick(page.previous_button, Qt.Key.Key_Return)  # the window's Enter clicks buttons
    assert page.page_label.text() == "Page 1 sur 2"
    assert window.current is page


def one_page_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont("Helvetica", 40)
    canvas.drawString(100, 700, "Une seule page")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_one_page_document_has_no_page_buttons(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(preview, "render_document", lambda kind, answers: one_page_pdf())
    page = open_preview(window, "fiche-arnaques")
    assert page.page_label.text() == "Page 1 sur 1"
    assert page.previous_button.isHidden() and page.next_button.isHidden()


@pytest.mark.parametrize("zoom", [1.0, 1.25, 1.5, 2.0])
def test_the_whole_page_fits_the_width_and_scrolls_by_keyboard(qtbot, window, zoom: float) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_factor(zoom)
    page = open_preview(window)
    bar = window.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: page.view.height() >= page.view.paper.height() > 0)
    qtbot.wait(20)  # the screen's layout follows the view's new height
    width = page.view.paper.pixmap().deviceIndependentSize().width()
    assert 0.85 * page.view.viewport().width() < width <= page.view.viewport().width()
    right = page.view.mapTo(window.scroll.viewport(), page.view.rect().topRight()).x()
    assert right <= window.scroll.viewport().width()  # never cut on the right
    # Never a thin strip: the view shows the whole page, the screen scrolls to it.
    assert page.view.height() >= page.view.paper.height()
    assert page.view.height() > window.scroll.viewport().height() // 2
    page.view.setFocus()
    start = bar.value()
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    assert bar.value() > start
    qtbot.keyClick(page.view, Qt.Key.Key_End)
    bottom = page.view.mapTo(window.scroll.viewport(), page.view.rect().bottomLeft()).y()
    assert bottom <= window.scroll.viewport().height()  # the foot of the page comes into view


def test_missing_answers_are_listed_and_kept(window) -> None:  # type: ignore[no-untyped-def]
    answers = Answers()
    answers.person.first_name = "Jeanne"
    page = open_preview(window, TWO_PAGES, answers)
    assert page.errors.isVisible()
    assert "Indiquez votre nom de famille." in page.errors.lines.text()
    assert "Il manque des informations" in said(page)
    assert page.print_button.isHidden() and page.save_button.isHidden()
    assert window.context.answers.person.first_name == "Jeanne"


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_nothing_clipped_and_everything_named(window, zoom: float) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_factor(zoom)
    window.resize(1024, 768)
    page = open_preview(window)
    printing_failed = printing.PrintResult(printing.Outcome.PRINTER_STOPPED, "Bureau")
    for state in ("document", "message"):
        if state == "message":
            page.tell_print(printing_failed)
        QApplication.processEvents()
        assert clipped_widgets(window) == [], state
        unnamed = [w for w in focusable_widgets(page) if not w.accessibleName().strip()]
        assert unnamed == [], state
    assert "Réessayer" in [b.text() for b in page.message.actions]
    assert "arrêtée ou en panne" in visible_texts(page)


def test_no_printer_object_exists_before_printing(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    made: list[QPrinter] = []

    class CountingPrinter(QPrinter):
        def __init__(self, *args) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(printing, "QPrinter", CountingPrinter)
    page = open_preview(window)
    assert made == []
    monkeypatch.setattr(printing, "available_printers", lambda: ["Bureau"])
    page.dialogs = FakeDialogs(accept=False)
    page.print_button.click()
    assert len(made) == 1


def test_a_screen_reader_gets_the_text_of_the_page_shown(window, click) -> None:  # type: ignore[no-untyped-def]
    import pypdf

    page = open_preview(window)
    reader = pypdf.PdfReader(io.BytesIO(page.pdf))
    assert page.view in window.tab_chain()
    for index in (0, 1):
        if index:
            click(page.next_button)
        said = " ".join(page.view.accessibleName().split())
        assert said.startswith(f"Page {index + 1} sur 2 du document")
        lines = [" ".join(line.split()) for line in reader.pages[index].extract_text().splitlines()]
        lines = [line for line in lines if len(line) > 20]
        assert lines
        assert all(line in said for line in lines[:3]), (lines[:3], said[:300])
    assert page.view.page_text(0) != page.view.page_text(1)
