"""What "Écouter" says: the current screen's words, taken from its real widgets.

A pure function of the widget tree (no engine, no state): the visible labels in reading order
(the question, its help, the result or the advice, an error), each group of answers with its
numbered answers and which one is chosen, the documents one can tick with their state, what is
typed in a field, and read-only text. Left out: the progress line ("Partie 1 sur 3…"), the
source lines (they stay on screen) and plain buttons ("Pourquoi ?").
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.ui.widgets import ChoiceGroup

SKIPPED_ROLES = {"step", "source"}
NOTHING_CHOSEN = "Aucune réponse n'est choisie pour l'instant."
# Characters the screen uses for layout that a voice should not spell or stumble on.
_INVISIBLE = {"\u200b": "", "\u00ad": "", "\u00a0": " ", "\u202f": " ", "\u2009": " "}


def clean(text: str) -> str:
    """One line for the voice: no layout characters, no bullets, single spaces."""
    for mark, replacement in _INVISIBLE.items():
        text = text.replace(mark, replacement)
    text = " ".join(text.replace("•", " ").split())
    return text


def sentence(text: str) -> str:
    """``text`` ending with a full stop (or its own ending), so the voice pauses after it."""
    text = clean(text)
    return text if not text or text[-1] in ".!?:…" else text + "."


def _inside(widget: QWidget, kinds: tuple[type, ...], root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def choices_part(group: ChoiceGroup) -> list[str]:
    """``Réponse 1 sur 3 : Oui.`` for each shown answer, then which one is chosen."""
    rows = group.shown_buttons()
    parts = [
        sentence(f"Réponse {number} sur {len(rows)} : {row.text()}")
        for number, row in enumerate(rows, start=1)
    ]
    chosen = [row.text() for row in rows if row.isChecked()]
    parts.append(sentence(f"Vous avez choisi : {chosen[0]}") if chosen else NOTHING_CHOSEN)
    return parts


def _tick_part(button: QAbstractButton) -> str:
    words = [
        clean(label.text())
        for label in button.findChildren(QLabel)
        if label.isVisibleTo(button)
        and label.text()
        and label is not getattr(button, "state", None)
    ]
    state = "choisi" if button.isChecked() else "pas choisi"
    return sentence(f"{' '.join(sentence(w) for w in words)} {state.capitalize()}")


def _widget_part(widget: QWidget, page: QWidget) -> list[str]:
    """What one widget says, or nothing (parts of bigger widgets are said by those)."""
    if isinstance(widget, ChoiceGroup):
        return choices_part(widget)
    if _inside(widget, (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit), page):
        return []  # an answer's or a button's own words, said with it
    if isinstance(widget, QAbstractButton):
        return [_tick_part(widget)] if widget.isCheckable() and widget.group() is None else []
    if isinstance(widget, QLabel):
        if widget.property("role") in SKIPPED_ROLES or not clean(widget.text()):
            return []
        return [sentence(widget.text())]
    if isinstance(widget, QLineEdit):
        typed = clean(widget.text())
        return [sentence(f"Vous avez écrit : {typed}")] if typed else []
    if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
        return [sentence(line) for line in widget.toPlainText().splitlines() if clean(line)]
    return []


def spoken_parts(page: QWidget) -> list[str]:
    """The sentences "Écouter" says for ``page``, in reading order (top to bottom, then left
    to right), one per label, answer or field."""
    widgets = [w for w in page.findChildren(QWidget) if w.isVisibleTo(page)]
    order = {id(w): i for i, w in enumerate(widgets)}

    def place(widget: QWidget) -> tuple[int, int, int]:
        corner = widget.mapTo(page, QPoint(0, 0))
        return corner.y(), corner.x(), order[id(widget)]

    parts: list[str] = []
    for widget in sorted(widgets, key=place):
        parts.extend(part for part in _widget_part(widget, page) if part)
    return parts


def screen_text(page: QWidget) -> str:
    """All of ``spoken_parts`` as one text."""
    return " ".join(spoken_parts(page))
