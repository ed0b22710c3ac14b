"""The few big widgets every screen is built from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.french_text import french_spacing

if TYPE_CHECKING:
    from desktop.core.datafile import Source


def breakable(url: str) -> str:
    """Let a long address wrap: a zero-width space after each ``/``, ``-``, ``?``, ``&``."""
    for mark in "/-?&=_":
        url = url.replace(mark, mark + "\u200b")
    return url


def source_line(sources: tuple[Source, ...]) -> str:
    """``Source : Le Monde Informatique, février 2024.`` (one line, several sources joined)."""
    parts = [f"{source.title}, {source.date_fr}" for source in sources]
    label = "Source" if len(parts) == 1 else "Sources"
    return f"{label} : " + " ; ".join(parts) + "."


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the stylesheet (``QLabel[role="heading"]`` …)."""
    widget.setProperty("role", role)


class Text(QLabel):
    """A paragraph that wraps, never clips, and is read by screen readers."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(french_spacing(text), parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if role:
            set_role(self, role)
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:
        text = french_spacing(text)
        super().setText(text)
        self.setAccessibleName(text)


class Heading(Text):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, "heading", parent)


class BigButton(QPushButton):
    """A large push button whose accessible name is its text (or a longer description)."""

    def __init__(
        self, text: str, role: str = "", description: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(text.replace("&", ""))
        if description:
            self.setAccessibleDescription(description)
        if role:
            set_role(self, role)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)


class SourcedText(QWidget):
    """A statement of fact and, under it, where it comes from and how old it is."""

    def __init__(self, text: str, sources: Sequence[Source], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(Text(text, parent=self))
        if sources:
            layout.addWidget(Text(source_line(tuple(sources)), "source", self))


class Panel(QFrame):
    """A shaded box with a coloured left edge, for the key message of a screen."""

    def __init__(self, role: str = "panel", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, role)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 16, 16)

    def add_text(self, text: str, role: str = "") -> Text:
        label = Text(text, role, self)
        self.body.addWidget(label)
        return label


class ChoiceGroup(QWidget):
    """Big answer buttons; exactly one can be chosen (the GOV.UK radio question).

    Exclusivity is handled here rather than by an exclusive QButtonGroup, so that Tab
    reaches every answer (Qt moves through exclusive groups with the arrow keys only).
    """

    chosen = Signal(str)

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, BigButton] = {}
        for value, label in choices:
            button = BigButton(label, "choice", parent=self)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, v=value: self._clicked(v))
            self.buttons[value] = button
            layout.addWidget(button)

    def _clicked(self, value: str) -> None:
        self.set_value(value)
        self.chosen.emit(value)

    def value(self) -> str:
        return next((v for v, b in self.buttons.items() if b.isChecked()), "")

    def set_value(self, value: str) -> None:
        for other_value, button in self.buttons.items():
            button.setChecked(other_value == value)

    def first_button(self) -> QPushButton:
        chosen = self.buttons.get(self.value())
        return chosen if chosen else next(iter(self.buttons.values()))


class ErrorSummary(QFrame):
    """A red box at the top of the screen listing what to fix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "errorsummary")
        layout = QVBoxLayout(self)
        self.title = Text("Il y a un problème", "subheading", self)
        self.lines = Text("", "error", self)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)
        self.setAccessibleName("Il y a un problème")
        self.hide()

    def show_errors(self, messages: Sequence[str]) -> None:
        if not messages:
            self.hide()
            return
        text = "\n".join(messages)
        self.lines.setText(text)
        self.setAccessibleDescription(text)
        self.show()
