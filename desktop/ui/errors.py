"""An unexpected error never shows a traceback to the person and never closes the app.

The hook shows a kind French message with what to do next. Nothing about the error is
written anywhere: a traceback can hold what the person typed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

TITLE = "Un problème est survenu"
MESSAGE = (
    "Désolé, quelque chose n'a pas marché. Vos réponses sont toujours là.\n\n"
    "Essayez encore. Si cela recommence, vous pouvez enregistrer vos documents, "
    "puis fermer et rouvrir le logiciel."
)

ErrorHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def show_kind_message(parent: QWidget | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox  # not at start: its enums cost about 1.5 ms

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(TITLE)
    box.setText(MESSAGE)
    box.addButton("J'ai compris", QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def install_error_hook(show: Callable[[], None] | None = None) -> ErrorHook:
    """Replace ``sys.excepthook`` so errors raised in Qt slots become a kind message."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # Qt is imported here: the hook is installed before anything else, Qt included.
        from PySide6.QtWidgets import QApplication

        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        if show is not None:
            show()
        elif QApplication.instance() is None:  # before the window exists: one French line
            print(f"{TITLE}. {MESSAGE.splitlines()[0]}", file=sys.stderr)
        else:
            show_kind_message(QApplication.activeWindow())

    sys.excepthook = hook
    return previous
