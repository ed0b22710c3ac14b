"""Print PDF bytes: the system print dialog and A4 pages painted at the printer's
resolution (saving is in :mod:`desktop.ui.saving`). No business rules and no messages: the screen says what happened.

The dialogs are injectable (:class:`PrintDialogs`) so tests and ``selftest`` can answer them
without a person; :class:`SystemDialogs` is the real thing (QPrintDialog, QFileDialog,
QProgressDialog), in French through the qtbase_fr translation the application installs.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

MAX_PRINT_DPI = 300  # enough for text; a 1200 dpi A4 page would need 560 MB of image
CREATOR = "Vigie Mutuelle"


class Outcome(enum.Enum):
    DONE = "done"
    CANCELLED = "cancelled"
    NO_PRINTER = "no_printer"
    PRINTER_STOPPED = "printer_stopped"
    FAILED = "failed"


@dataclass(frozen=True)
class PrintResult:
    outcome: Outcome
    printer_name: str = ""
    copies: int = 1
    detail: str = ""  # technical reason, for logs and tests only


@dataclass(frozen=True)
class SaveResult:
    outcome: Outcome  # DONE, CANCELLED or FAILED
    path: str = ""
    detail: str = ""


class UnreadablePdf(ValueError):  # noqa: N818 (reads as a sentence: raise UnreadablePdf)
    """The bytes are not a PDF that QtPdf can open."""


# --- dialogs ---------------------------------------------------------------------------------


class PrintProgress(Protocol):
    def advance(self, done: int, total: int) -> bool:
        """Show that ``done`` of ``total`` pages are painted; False when cancel was pressed."""
        ...

    def finish(self) -> None: ...


class PrintDialogs(Protocol):
    # True when the save dialog itself asks before a name that exists is used (Qt's does):
    # then a chosen name that exists was agreed to. A dialog that never asks never replaces.
    asks_before_replacing: bool

    def ask_printer(self, printer: QPrinter) -> bool:
        """Let the person choose printer and copies; False when they cancel."""
        ...

    def ask_save_path(self, default: str) -> str | None:
        """Where to save, pre-filled with ``default``; None when they cancel."""
        ...

    def progress(self, total: int) -> PrintProgress: ...


class SilentProgress:
    def advance(self, done: int, total: int) -> bool:
        return True

    def finish(self) -> None:
        pass


class AutomaticDialogs:
    """Accepts every dialog unchanged (``selftest``, and the base of test doubles)."""

    asks_before_replacing = False  # it proposes, nobody is asked: a taken name moves on

    def ask_printer(self, printer: QPrinter) -> bool:
        return True

    def ask_save_path(self, default: str) -> str | None:
        return default

    def progress(self, total: int) -> PrintProgress:
        return SilentProgress()


class DialogProgress:
    """A French QProgressDialog with a cancel button; it only appears for long jobs."""

    def __init__(self, parent: QWidget | None, total: int) -> None:
        self.dialog = QProgressDialog("Préparation de l'impression…", "Annuler", 0, total, parent)
        self.dialog.setWindowTitle("Impression en cours")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(800)
        self.dialog.setAccessibleName("Impression en cours")

    def advance(self, done: int, total: int) -> bool:
        self.dialog.setLabelText(f"Impression : page {min(done + 1, total)} sur {total}…")
        self.dialog.setValue(done)
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def finish(self) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()


class SystemDialogs:
    """The system's own dialogs, in French."""

    asks_before_replacing = True  # QFileDialog asks "replace?" for a name that exists

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle("Imprimer le document")
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def ask_save_path(self, default: str) -> str | None:
        from desktop.ui.saving import ask_save_path  # keeps the folders visited out of Qt's memory

        return ask_save_path(self.parent, default)

    def progress(self, total: int) -> PrintProgress:
        return DialogProgress(self.parent, total)


# --- the PDF ---------------------------------------------------------------------------------


def open_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument read from memory (a QBuffer owned by the document, never a temp file)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        error = document.error()
        document.deleteLater()
        raise UnreadablePdf(f"QtPdf cannot read the document ({error.name})")
    return document


def render_page(document: QPdfDocument, index: int, width: int) -> QImage:
    """Page ``index`` as an opaque image ``width`` pixels wide, on white paper."""
    points = document.pagePointSize(index)
    height = max(1, round(width * points.height() / points.width()))
    size = QSize(max(1, width), height)
    page = document.render(index, size)  # transparent where the PDF paints nothing
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


# --- printing --------------------------------------------------------------------------------


def available_printers() -> list[str]:
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def default_printer_name() -> str:
    info = QPrinterInfo.defaultPrinter()
    return "" if info.isNull() else info.printerName()


def printer_is_stopped(name: str) -> bool:
    """True when the system says this printer is stopped or in error (paper jam, disabled…)."""
    info = QPrinterInfo.printerInfo(name)
    return info.isNull() or info.state() in (QPrinter.PrinterState.Error,)


def new_printer(title: str, printer_name: str) -> QPrinter:
    """A QPrinter for one job: A4 portrait, full page, named after the document."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    printer.setCreator(CREATOR)
    return printer


def print_pdf(
    data: bytes, title: str, dialogs: PrintDialogs, printer_name: str = ""
) -> PrintResult:
    """The one print path (window and ``selftest``): find a printer, ask, paint every page."""
    printers = available_printers()
    if not printers:
        return PrintResult(Outcome.NO_PRINTER)
    if printer_name not in printers:
        printer_name = default_printer_name() or printers[0]
    document = open_pdf(data)
    try:
        printer = new_printer(title, printer_name)
        if not dialogs.ask_printer(printer):
            return PrintResult(Outcome.CANCELLED, printer.printerName())
        name = printer.printerName()
        if _native(printer) and printer_is_stopped(name):
            return PrintResult(Outcome.PRINTER_STOPPED, name, detail="printer state: error")
        return paint_document(document, printer, dialogs)
    finally:
        document.deleteLater()


def page_indexes(printer: QPrinter, count: int) -> list[int]:
    """The pages to print, honouring a page range chosen in the dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or count
        return list(range(max(first, 1) - 1, min(last, count)))
    return list(range(count))


def paint_document(document: QPdfDocument, printer: QPrinter, dialogs: PrintDialogs) -> PrintResult:
    """Paint each page full-page, at the printer's resolution, on white. A PDF file asked for
    in the dialog is removed again when the job is cancelled or fails (never half-written)."""
    output = printer.outputFileName() if not _native(printer) else ""
    new_file = bool(output) and not Path(output).exists()
    result = _paint(document, printer, dialogs)
    if result.outcome is not Outcome.DONE and new_file:
        Path(output).unlink(missing_ok=True)
    return result


def _native(printer: QPrinter) -> bool:
    return printer.outputFormat() == QPrinter.OutputFormat.NativeFormat


def _paint(document: QPdfDocument, printer: QPrinter, dialogs: PrintDialogs) -> PrintResult:
    name = printer.printerName()
    printer.setResolution(min(printer.resolution(), MAX_PRINT_DPI))
    # Where the system cannot make copies itself, paint them (PDF output, non-CUPS systems).
    copies = printer.copyCount()
    repeats = 1 if printer.supportsMultipleCopies() else copies
    sheets = page_indexes(printer, document.pageCount()) * repeats
    if not sheets:
        return PrintResult(Outcome.FAILED, name, copies, "empty page range")
    painter = QPainter()
    if not painter.begin(printer):
        return PrintResult(Outcome.FAILED, name, copies, "the printer refused to start")
    progress = dialogs.progress(len(sheets))
    try:
        for done, index in enumerate(sheets):
            if not progress.advance(done, len(sheets)):
                printer.abort()
                painter.end()
                return PrintResult(Outcome.CANCELLED, name, copies, "cancelled while printing")
            if done and not printer.newPage():
                painter.end()
                return PrintResult(Outcome.FAILED, name, copies, "new page refused")
            paint_page(painter, printer, document, index)
        progress.advance(len(sheets), len(sheets))
        ended = painter.end()
    finally:
        progress.finish()
    state = printer.printerState()
    if not ended or state in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        return PrintResult(Outcome.FAILED, name, copies, f"printer state {state.name}")
    return PrintResult(Outcome.DONE, name, copies)


def paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int) -> None:
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    painter.fillRect(paper, Qt.GlobalColor.white)
    points = document.pagePointSize(index)
    landscape_page = points.width() > points.height()
    portrait_paper = paper.height() >= paper.width()
    turn = landscape_page and portrait_paper  # a landscape page is turned onto portrait paper
    page_w, page_h = (
        (points.height(), points.width()) if turn else (points.width(), points.height())
    )
    scale = min(paper.width() / page_w, paper.height() / page_h)
    target = QRectF(0, 0, page_w * scale, page_h * scale)
    target.moveCenter(paper.center())
    width = round(target.height() if turn else target.width())
    image = render_page(document, index, width)
    if turn:
        image = image.transformed(QTransform().rotate(90))
    painter.drawImage(target, image)
