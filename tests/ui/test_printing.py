"""Printing from the preview screen: the real print path, its failures, and a real CUPS queue.

Most tests print to a PDF file chosen in the (fake) print dialog, which goes through the same
painting code as a printer. The ``cups`` tests print to the private cups-pdf queue started by
``.ci/cups.sh`` (``CUPS_SERVER`` points at its socket) and check the file the queue wrote.
"""

from __future__ import annotations

import os
import pwd
import re
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.ui import printing
from desktop.ui.printing import Outcome, open_pdf
from tests.ui.test_preview import FakeDialogs, open_preview, said

QUEUE = os.environ.get("VIGIE_CUPS_QUEUE", "VigiePDF")
A4_POINTS = (595, 842)


@pytest.fixture
def one_printer(monkeypatch: pytest.MonkeyPatch) -> str:
    """The system seems to have one printer, "Bureau" (the dialog then prints to a file)."""
    monkeypatch.setattr(printing, "available_printers", lambda: ["Bureau"])
    monkeypatch.setattr(printing, "default_printer_name", lambda: "Bureau")
    return "Bureau"


def ink(image: QImage) -> int:
    """How many pixels are not white (a blank page has none)."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    row_bytes = image.bytesPerLine()
    data = bytes(image.constBits())
    return sum(
        1
        for y in range(image.height())
        for value in data[y * row_bytes : y * row_bytes + image.width()]
        if value < 200
    )


def pdf_ink(data: bytes, page: int = 0) -> int:
    document = open_pdf(data)
    try:
        return ink(printing.render_page(document, page, 300))
    finally:
        document.deleteLater()


def check_printed_pdf(path: Path, pages: int) -> None:
    """A4 pages, the right number of them, and something printed on each."""
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    for sheet in reader.pages:
        size = (round(float(sheet.mediabox.width)), round(float(sheet.mediabox.height)))
        assert size == A4_POINTS
    data = path.read_bytes()
    assert all(pdf_ink(data, index) > 500 for index in range(pages))


# --- printing through the window -------------------------------------------------------------


def test_prints_every_page_full_size_on_a4(window, click, one_printer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    out = tmp_path / "imprimé.pdf"
    page.dialogs = FakeDialogs(pdf_to=out)
    click(page.print_button)
    assert [size for _, size in page.dialogs.asked_printer] == ["A4"]
    assert "C'est parti" in said(page)
    check_printed_pdf(out, pages=2)
    # Full page: the printed page looks like the preview (same ink, within rasterising noise).
    assert pdf_ink(out.read_bytes()) == pytest.approx(pdf_ink(page.pdf), rel=0.15)


def test_copies_are_honoured(window, click, one_printer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    out = tmp_path / "copies.pdf"
    page.dialogs = FakeDialogs(pdf_to=out, copies=2)
    click(page.print_button)
    assert "2 exemplaires" in said(page)
    check_printed_pdf(out, pages=4)  # a PDF file cannot hold copies: they are painted


def test_no_printer_offers_to_save(window, click, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "available_printers", lambda: [])
    page = open_preview(window)
    click(page.print_button)
    assert page.dialogs.asked_printer == []
    assert "ne trouve aucune imprimante" in said(page)
    buttons = {button.text(): button for button in page.message.actions}
    assert set(buttons) == {"Réessayer", "Enregistrer à la place"}
    assert window.focusWidget() is buttons["Réessayer"]
    target = tmp_path / "à garder.pdf"
    page.dialogs.save_to = str(target)
    click(buttons["Enregistrer à la place"])
    assert target.read_bytes() == page.pdf
    assert "Le document est enregistré" in said(page)


def test_cancel_in_the_dialog_prints_nothing(window, click, one_printer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    out = tmp_path / "annulé.pdf"
    page.dialogs = FakeDialogs(accept=False, pdf_to=out)
    click(page.print_button)
    assert "Impression annulée" in said(page)
    assert not out.exists()
    assert page.print_button.isVisible()


def test_cancel_while_printing_leaves_no_file(window, click, one_printer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    out = tmp_path / "interrompu.pdf"
    page.dialogs = FakeDialogs(pdf_to=out, cancel_at=1)
    click(page.print_button)
    assert "Impression annulée" in said(page)
    assert not out.exists()


def test_a_stopped_printer_says_so_and_offers_a_way_on(
    window, click, one_printer, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "printer_is_stopped", lambda name: True)
    monkeypatch.setattr(printing, "_native", lambda printer: True)  # as with a CUPS printer
    page = open_preview(window)
    click(page.print_button)
    assert "est arrêtée ou en panne." in said(page)
    assert [button.text() for button in page.message.actions] == [
        "Réessayer",
        "Enregistrer à la place",
    ]
    monkeypatch.setattr(printing, "printer_is_stopped", lambda name: False)
    page.dialogs.accept = False
    click(page.message.actions[0])  # "Réessayer" asks again
    assert len(page.dialogs.asked_printer) == 2


def test_a_failing_printer_says_so_and_nothing_is_lost(
    window, click, one_printer, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    blocker = tmp_path / "un-fichier"
    blocker.write_text("pas un dossier")
    page.dialogs = FakeDialogs(pdf_to=blocker / "impossible.pdf")  # the output cannot start
    answers_before = window.context.answers.to_dict()
    click(page.print_button)
    assert "L'impression n'a pas pu se faire." in said(page)
    assert page.message.detail  # the technical reason is kept, not shown
    assert window.context.answers.to_dict() == answers_before
    page.dialogs.pdf_to = tmp_path / "réessai.pdf"
    click(page.message.actions[0])
    assert "C'est parti" in said(page)
    check_printed_pdf(tmp_path / "réessai.pdf", pages=2)


def test_an_unexpected_error_is_told_kindly(window, click, one_printer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(*args: object) -> None:
        raise RuntimeError("driver exploded")

    monkeypatch.setattr(printing, "paint_document", broken)
    page = open_preview(window)
    click(page.print_button)
    assert "L'impression n'a pas pu se faire." in said(page)
    assert page.message.detail == "driver exploded"


def test_landscape_pages_are_turned_onto_portrait_paper(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "paysage.pdf"
    canvas = Canvas(str(source), pagesize=landscape(A4))
    canvas.rect(20, 20, 200, 100, fill=1)
    canvas.save()
    printer = printing.new_printer("Paysage", "")
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sortie.pdf"))
    document = open_pdf(source.read_bytes())
    result = printing.paint_document(document, printer, printing.AutomaticDialogs())
    assert result.outcome is Outcome.DONE
    check_printed_pdf(tmp_path / "sortie.pdf", pages=1)


# --- a real CUPS queue -----------------------------------------------------------------------


def lp(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=20, check=False)
    return done.stdout if done.returncode == 0 else ""


def cups_pdf_folder(queue: str) -> Path:
    """Where cups-pdf writes this queue's jobs: the ``Out`` of the config it reads
    (``/etc/cups/cups-pdf-<name>.conf`` for a ``cups-pdf:/<name>`` queue, else
    ``/etc/cups/cups-pdf.conf``), with ``${HOME}`` and ``${USER}`` of the job's user (us, as
    passwd knows us: cupsd ignores the tests' own HOME)."""
    uri = lp("lpstat", "-v", queue).rsplit(" ", 1)[-1].strip()
    instance = uri.removeprefix("cups-pdf:").strip("/")
    config = Path(f"/etc/cups/cups-pdf-{instance}.conf")
    if not instance or not config.exists():
        config = Path("/etc/cups/cups-pdf.conf")
    out = "/var/spool/cups-pdf/${USER}"  # cups-pdf's built-in default
    for line in config.read_text(errors="replace").splitlines():
        match = re.match(r"\s*Out\s+(\S.*)$", line)
        if match:
            out = match[1].strip()
    user = pwd.getpwuid(os.getuid())
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


@pytest.fixture
def cups_queue(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The private cups-pdf queue, or a skip saying why it is not there."""
    if not os.environ.get("CUPS_SERVER"):
        pytest.skip("CUPS_SERVER is not set: run `bash .ci/cups.sh` and export what it prints")
    if "cups-pdf:" not in lp("lpstat", "-v", QUEUE):
        pytest.skip(f"no cups-pdf queue {QUEUE!r} on {os.environ['CUPS_SERVER']}")
    if QUEUE not in printing.available_printers():
        pytest.skip(f"Qt does not see the queue {QUEUE!r}")
    monkeypatch.setattr(printing, "default_printer_name", lambda: QUEUE)
    return cups_pdf_folder(QUEUE)


def wait_for_job_file(qtbot, folder: Path, before: set[Path]) -> Path:  # type: ignore[no-untyped-def]
    """The PDF the queue wrote for our job, once the job has left the queue."""

    def new_files() -> list[Path]:
        return sorted(set(folder.glob("*.pdf")) - before, key=lambda p: p.stat().st_mtime)

    qtbot.waitUntil(lambda: bool(new_files()) and not lp("lpstat", "-o", QUEUE), timeout=60_000)
    return new_files()[-1]


@pytest.mark.cups
def test_prints_on_the_cups_pdf_queue(window, click, cups_queue, qtbot) -> None:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    before = set(cups_queue.glob("*.pdf"))
    page = open_preview(window)
    click(page.print_button)
    assert page.dialogs.asked_printer == [(QUEUE, "A4")]
    assert f"« {QUEUE} »" in said(page)
    printed = wait_for_job_file(qtbot, cups_queue, before)
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+2$", info.stdout, re.M), info.stdout
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout, re.M)
    assert size and (round(float(size[1])), round(float(size[2]))) == A4_POINTS
    for number in (1, 2):
        ppm = subprocess.run(
            ["pdftoppm", "-gray", "-r", "50", "-f", str(number), "-l", str(number), str(printed)],
            capture_output=True,
            check=True,
        ).stdout
        image = QImage.fromData(ppm)
        assert not image.isNull() and ink(image) > 500, f"page {number} is blank"
    print(f"cups-pdf wrote {printed} in {time.monotonic() - started:.1f} s")
    printed.unlink()  # the queue's folder does not fill up run after run


@pytest.mark.cups
def test_a_stopped_cups_queue_is_reported(window, click, cups_queue) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    subprocess.run(["cupsdisable", QUEUE], check=True, timeout=20)
    try:
        QApplication.processEvents()
        click(page.print_button)
    finally:
        subprocess.run(["cupsenable", QUEUE], check=True, timeout=20)
    assert f"L'imprimante « {QUEUE} » est arrêtée ou en panne." in said(page)
