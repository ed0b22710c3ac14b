"""A paste longer than a field can hold is cut by Qt without a word; say it instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit

CUT_MESSAGE = (
    "Le texte collé était trop long ({pasted} caractères) : seuls les {kept} premiers "
    "ont été gardés. Vérifiez la fin du texte."
)


def pasted_text(field: QLineEdit) -> str:
    """What a paste could have brought: the clipboard, or the X11 selection (middle click)."""
    clipboard = QGuiApplication.clipboard()
    texts = [clipboard.text(QClipboard.Mode.Clipboard)]
    if clipboard.supportsSelection():
        texts.append(clipboard.text(QClipboard.Mode.Selection))
    return max(texts, key=len)


def watch_cuts(field: QLineEdit, say: Callable[[str], None]) -> None:
    """Call ``say`` with a French sentence when an edit fills the field to its limit with a
    pasted text that did not fit."""

    def edited(text: str) -> None:
        if len(text) < field.maxLength():
            return
        pasted = pasted_text(field)
        if len(pasted) > field.maxLength() or (pasted and pasted not in text):
            kept = field.maxLength()
            say(CUT_MESSAGE.format(pasted=len(pasted), kept=kept))

    field.textEdited.connect(edited)
