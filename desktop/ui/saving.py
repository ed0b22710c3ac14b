"""Save PDF bytes where the person chooses: the Documents folder and a clear name by default,
written atomically (no half-written file, ever).

A file is only replaced when the person said so in the save dialog. A name taken meanwhile
(a second window saving the same letter) gives "… (2).pdf" instead, and the screen shows the
name actually used."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtCore import QStandardPaths as Paths
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core.files import write_atomically, write_new
from desktop.ui.printing import Outcome, PrintDialogs, SaveResult

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_title(title: str) -> str:
    """``Lettre à ma mutuelle (mes données)`` -> ``Lettre à ma mutuelle``, safe in a file name."""
    short = re.sub(r"\s*\([^)]*\)", "", title).strip() or "Document"
    return re.sub(r"\s+", " ", _UNSAFE.sub("-", short)).strip(" .")


def documents_folder() -> Path:
    """The person's Documents folder when it exists, else their home folder (nothing is
    created until she saves a file)."""
    folder = Path(Paths.writableLocation(Paths.StandardLocation.DocumentsLocation))
    if folder.is_dir():
        return folder
    return Path(Paths.writableLocation(Paths.StandardLocation.HomeLocation))


def default_save_path(title: str, today: dt.date | None = None, folder: Path | None = None) -> Path:
    """``~/Documents/Lettre à ma mutuelle - 25-11-2026.pdf``, numbered when the name is taken."""
    folder = folder or documents_folder()
    stem = f"{file_title(title)} - {(today or dt.date.today()):%d-%m-%Y}"
    return next(path for path in numbered(folder / f"{stem}.pdf") if not path.exists())


def numbered(path: Path, limit: int = 10_000) -> Iterator[Path]:
    """``X.pdf``, ``X (2).pdf``, ``X (3).pdf``…"""
    yield path
    for number in range(2, limit):
        yield path.with_name(f"{path.stem} ({number}){path.suffix}")


def save_pdf(data: bytes, default: Path, dialogs: PrintDialogs) -> SaveResult:
    """Ask where (pre-filled with ``default``) and write the PDF there."""
    chosen = dialogs.ask_save_path(str(default))
    if not chosen:
        return SaveResult(Outcome.CANCELLED)
    # The dialog asked before replacing a file it showed; a ".pdf" added here was not asked
    # about, nor a name another window took after a dialog that never asks proposed it.
    asked = (
        dialogs.asks_before_replacing
        and chosen.lower().endswith(".pdf")
        and os.path.lexists(chosen)
    )
    if not chosen.lower().endswith(".pdf"):
        chosen += ".pdf"
    try:
        written = write_pdf(Path(chosen), data, replace=asked)
    except OSError as error:
        return SaveResult(Outcome.FAILED, chosen, str(error))
    return SaveResult(Outcome.DONE, str(written))


def write_pdf(path: Path, data: bytes, *, replace: bool) -> Path:
    """Write at ``path``; unless ``replace``, a taken name moves on to "… (2).pdf"."""
    if replace and os.path.lexists(path):
        if not stat.S_ISREG(os.lstat(path).st_mode):  # a folder, a device, a link
            raise IsADirectoryError(errno.EISDIR, "not a regular file", str(path))
        write_atomically(path, data)
        return path
    for candidate in numbered(path):
        try:
            write_new(candidate, data)
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(errno.EEXIST, "every numbered name is taken", str(path))


# --- the save dialog, which must not remember where the person went ----------------------------

QT_SHARED_SETTINGS = "QtProject"  # ~/.config/QtProject.conf, shared by every Qt application
DIALOG_GROUP = "FileDialog"  # history, lastVisited, sidebar…: written when a QFileDialog dies


def _whole_width_name(dialog: QFileDialog) -> None:
    """The file name on its own row across the dialog (at 200 % it was cut), the buttons
    in a row under it."""
    grid = dialog.layout()
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    label = dialog.findChild(QLabel, "fileNameLabel")
    kind = dialog.findChild(QLabel, "fileTypeLabel")
    kinds = dialog.findChild(QComboBox, "fileTypeCombo")
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    if not isinstance(grid, QGridLayout) or None in (name, label, kind, kinds, buttons):
        return  # another Qt version: keep its own layout
    for widget in (name, label, kind, kinds, buttons):
        grid.removeWidget(widget)
    buttons.setOrientation(Qt.Orientation.Horizontal)
    grid.addWidget(label, 2, 0, 1, 3)
    grid.addWidget(name, 3, 0, 1, 3)
    grid.addWidget(kind, 4, 0)
    grid.addWidget(kinds, 4, 1, 1, 2)
    grid.addWidget(buttons, 5, 0, 1, 3)


SAVE_LABELS = (
    (QFileDialog.DialogLabel.LookIn, "Dossier :"),
    (QFileDialog.DialogLabel.FileName, "Nom du fichier :"),
    (QFileDialog.DialogLabel.FileType, "Type de fichier :"),
    (QFileDialog.DialogLabel.Accept, "Enregistrer"),
    (QFileDialog.DialogLabel.Reject, "Annuler"),
)


def save_dialog(parent: QWidget | None, default: str) -> QFileDialog:
    """Qt's own file dialog (not the system's, which may speak English and keeps its own
    list of recent folders), every label in French, in the app's text size, wide enough for
    the whole file name, with no history of folders."""
    dialog = QFileDialog(parent, "Enregistrer le document")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter("Document PDF (*.pdf)")
    dialog.setDefaultSuffix("pdf")
    dialog.setHistory([])
    dialog.selectFile(default)
    for label, text in SAVE_LABELS:
        dialog.setLabelText(label, text)
    _whole_width_name(dialog)
    if parent is not None:
        window = parent.window()
        dialog.resize(max(window.width() - 40, 760), max(window.height() - 40, 560))
    return dialog


def ask_save_path(parent: QWidget | None, default: str) -> str | None:
    """Qt's save dialog, in French, asking before it replaces a file. It is Qt's own dialog on
    every system (a native one keeps its own list of recent folders), and what it writes in
    QtProject.conf (the folders visited) is put back as it was once it has closed."""
    with dialog_memory_restored():
        dialog = save_dialog(parent, default)
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles()[0] if accepted and dialog.selectedFiles() else ""
        shiboken6.delete(dialog)  # it writes its settings now, inside the block
    return chosen or None


@contextlib.contextmanager
def dialog_memory_restored() -> Iterator[None]:
    """Whatever a file dialog writes to QtProject's settings during the block is undone: the
    ``FileDialog`` group is put back as it was (emptied if it was not there), and a settings
    file that did not exist before is removed. Works for an ini file (Linux, macOS) and for the
    registry (Windows), where QSettings keeps the same keys."""
    before = QSettings(QSettings.Scope.UserScope, QT_SHARED_SETTINGS)
    path = Path(before.fileName())
    existed = path.is_file()
    before.beginGroup(DIALOG_GROUP)
    kept = {key: before.value(key) for key in before.allKeys()}
    before.endGroup()
    del before
    try:
        yield
    finally:
        after = QSettings(QSettings.Scope.UserScope, QT_SHARED_SETTINGS)
        after.beginGroup(DIALOG_GROUP)
        after.remove("")
        for key, value in kept.items():
            after.setValue(key, value)
        after.endGroup()
        after.sync()
        empty = not after.allKeys()
        del after
        if empty and not existed:
            for leftover in (path, path.with_name(path.name + ".lock")):
                if leftover.is_file():
                    leftover.unlink()
