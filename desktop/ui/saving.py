"""Save PDF bytes where the person chooses: the Documents folder and a clear name by default,
written atomically (no half-written file, ever)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths as Paths

from desktop.core.files import write_atomically
from desktop.ui.printing import Outcome, PrintDialogs, SaveResult

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_title(title: str) -> str:
    """``Lettre à ma mutuelle (mes données)`` -> ``Lettre à ma mutuelle``, safe in a file name."""
    short = re.sub(r"\s*\([^)]*\)", "", title).strip() or "Document"
    return re.sub(r"\s+", " ", _UNSAFE.sub("-", short)).strip(" .")


def documents_folder() -> Path:
    """The person's Documents folder (created when missing), else their home folder."""
    folder = Path(Paths.writableLocation(Paths.StandardLocation.DocumentsLocation))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(Paths.writableLocation(Paths.StandardLocation.HomeLocation))
    return folder


def default_save_path(title: str, today: dt.date | None = None, folder: Path | None = None) -> Path:
    """``~/Documents/Lettre à ma mutuelle - 25-11-2026.pdf``, numbered when the name is taken."""
    folder = folder or documents_folder()
    stem = f"{file_title(title)} - {(today or dt.date.today()):%d-%m-%Y}"
    path = folder / f"{stem}.pdf"
    number = 2
    while path.exists():
        path = folder / f"{stem} ({number}).pdf"
        number += 1
    return path


def save_pdf(data: bytes, default: Path, dialogs: PrintDialogs) -> SaveResult:
    """Ask where (pre-filled with ``default``) and write the PDF there."""
    chosen = dialogs.ask_save_path(str(default))
    if not chosen:
        return SaveResult(Outcome.CANCELLED)
    if not chosen.lower().endswith(".pdf"):
        chosen += ".pdf"
    try:
        write_atomically(chosen, data)
    except OSError as error:
        return SaveResult(Outcome.FAILED, chosen, str(error))
    return SaveResult(Outcome.DONE, chosen)
