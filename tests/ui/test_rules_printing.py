"""Printing rules, checked on what comes out (kill-the-mutant tests).

- Pages are painted at 300 dpi at most (a 1200 dpi A4 page would need 560 MB of image).
- A landscape page is turned onto portrait paper, not shrunk across it.
- The page range chosen in the print dialog is honoured.
- A stopped printer is reported: checked against the real private CUPS queue (``cups`` marker,
  see ``.ci/cups.sh``), whose state is changed with cupsdisable / cupsenable.

The print dialog is answered by a test double; what it sets on the QPrinter is what the system
dialog sets, and the output is Qt's own PDF printer, opened again with pypdf and QtPdf.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from desktop.ui import printing
from desktop.ui.printing import Outcome
from tests.ui.test_preview import FakeDialogs, open_preview
from tests.ui.test_printing import QUEUE, cups_queue, one_printer  # noqa: F401 (fixtures)

A4_WIDTH_INCHES = 210 / 25.4


class RangeDialogs(FakeDialogs):
    """The person types a page range ("de 2 à 2") in the print dialog."""

    def __init__(self, first: int, last: int, pdf_to: Path) -> None:
        super().__init__(pdf_to=pdf_to)
        self.first, self.last = first, last

    def ask_printer(self, printer: QPrinter) -> bool:
        accepted = super().ask_printer(printer)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(self.first, self.last)
        return accepted


def image_widths(path: Path) -> list[int]:
    """Pixel width of the (largest) image painted on each printed page."""
    widths = []
    for page in PdfReader(path).pages:
        images = [image.image.width for image in page.images]
        assert images, "each printed page is one painted image"
        widths.append(max(images))
    return widths


def ink_box(image: QImage) -> tuple[int, int]:
    """Width and height of the box around every dark pixel."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    row_bytes = image.bytesPerLine()
    data = bytes(image.constBits())
    xs, ys = [], []
    for y in range(image.height()):
        row = data[y * row_bytes : y * row_bytes + image.width()]
        dark = [x for x, value in enumerate(row) if value < 128]
        if dark:
            xs += [dark[0], dark[-1]]
            ys.append(y)
    assert xs, "nothing printed"
    return max(xs) - min(xs) + 1, max(ys) - min(ys) + 1


def printed_page(path: Path, index: int = 0, width: int = 210) -> QImage:
    document = printing.open_pdf(path.read_bytes())
    try:
        return printing.render_page(document, index, width)
    finally:
        document.deleteLater()


def test_pages_are_painted_at_300_dpi_at_most(window, click, one_printer, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = open_preview(window)
    out = tmp_path / "imprimé.pdf"
    page.dialogs = FakeDialogs(pdf_to=out)
    click(page.print_button)
    widths = image_widths(out)
    assert len(widths) == 2
    for width in widths:
        dpi = width / A4_WIDTH_INCHES
        assert 150 <= dpi <= 300 + 1, f"painted at {dpi:.0f} dpi"


def test_a_landscape_page_is_turned_onto_portrait_paper(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "paysage.pdf"
    canvas = Canvas(str(source), pagesize=landscape(A4))
    canvas.rect(40, 250, 760, 60, fill=1)  # a wide band across the landscape page
    canvas.save()
    printer = printing.new_printer("Paysage", "")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sortie.pdf"))
    document = printing.open_pdf(source.read_bytes())
    try:
        result = printing.paint_document(document, printer, printing.AutomaticDialogs())
    finally:
        document.deleteLater()
    assert result.outcome is Outcome.DONE
    sheet = PdfReader(tmp_path / "sortie.pdf").pages[0]
    assert float(sheet.mediabox.width) < float(sheet.mediabox.height)  # portrait paper
    width, height = ink_box(printed_page(tmp_path / "sortie.pdf"))
    # Turned: the band runs down the sheet, and fills most of its height (not shrunk to fit).
    assert height > 5 * width
    assert height > 0.8 * printed_page(tmp_path / "sortie.pdf").height()


def test_the_page_range_from_the_dialog_is_honoured(qapp, one_printer, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    source = tmp_path / "trois-pages.pdf"
    canvas = Canvas(str(source), pagesize=A4)
    for blocks in (1, 2, 3):  # page n has n black squares side by side
        for n in range(blocks):
            canvas.rect(60 + n * 150, 400, 100, 100, fill=1)
        canvas.showPage()
    canvas.save()
    out = tmp_path / "page-2.pdf"
    result = printing.print_pdf(source.read_bytes(), "Essai", RangeDialogs(2, 2, out), "")
    assert result.outcome is Outcome.DONE
    assert len(PdfReader(out).pages) == 1
    width, _ = ink_box(printed_page(out))
    assert width == pytest.approx(210 * 250 / 595, abs=3)  # two squares: it is page 2

    both = tmp_path / "pages-2-3.pdf"
    printing.print_pdf(source.read_bytes(), "Essai", RangeDialogs(2, 3, both), "")
    assert len(PdfReader(both).pages) == 2


@pytest.mark.cups
def test_the_stopped_check_follows_the_real_cups_queue(cups_queue) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert not printing.printer_is_stopped(QUEUE)
    subprocess.run(["cupsdisable", QUEUE], check=True, timeout=20)
    try:
        assert printing.printer_is_stopped(QUEUE)
    finally:
        subprocess.run(["cupsenable", QUEUE], check=True, timeout=20)
    assert not printing.printer_is_stopped(QUEUE)
