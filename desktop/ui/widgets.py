"""The few big widgets every screen is built from."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QPoint, QSize, Signal
from PySide6.QtGui import QEnterEvent, QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.french_text import french_spacing
from desktop.ui.lazy_qt import Qt, set_enum
from desktop.ui.theme import ANSWER_GAP, ANSWER_PADDING, SIZES, px

if TYPE_CHECKING:
    from desktop.core.datafile import Source


URL_CHUNK = 12  # longest run of an address without a place to wrap (a commit hash has 40)


def breakable(url: str) -> str:
    """Let a long address wrap: a zero-width space after each ``/``, ``-``, ``?``, ``&``,
    and inside any run of more than ``URL_CHUNK`` characters. Percent-escapes are shown as the
    letters they stand for (``%C3%A9`` -> ``é``)."""
    url = unquote(url)
    for mark in "/-?&=_":
        url = url.replace(mark, mark + "\u200b")
    return re.sub(
        rf"[^\u200b]{{{URL_CHUNK}}}(?=[^\u200b])",
        lambda run: run.group(0) + "\u200b",
        url,
    )


def source_line(sources: tuple[Source, ...]) -> str:
    """``Source : Le Monde Informatique, février 2024.`` (one line, several sources joined)."""
    parts = [f"{source.title}, {source.date_fr}" for source in sources]
    label = "Source" if len(parts) == 1 else "Sources"
    return f"{label} : " + " ; ".join(parts) + "."


def announce(widget: QWidget, message: str) -> None:
    """Have a screen reader say ``message`` now, without moving the focus (Qt 6.8+: UI
    Automation notification on Windows, AT-SPI announcement on Linux; Orca 43 ignores it)."""
    from PySide6 import QtGui

    event_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_type is not None:
        QtGui.QAccessible.updateAccessibility(event_type(widget, message))


_TOLD = "toldOriginalDescription"  # a widget's own description while it says a message


def tell_focused(message: str) -> None:
    """Have a screen reader say ``message`` now, the focus staying where it is.

    On Linux the focused widget's accessible description becomes the message: Orca 43 speaks
    a change of the focused widget's description (it ignores Qt's announcements). Its own
    description comes back once the focus has left it (after the focus change, so that
    nothing is said then). Elsewhere, Qt's announcement (UI Automation on Windows).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    if not sys.platform.startswith("linux") or widget is None:
        announce(widget or QApplication.activeWindow() or QWidget(), message)
        return
    if widget.accessibleDescription() == message:
        return  # already said by the change of this description (the A+ and A− buttons)
    if widget.property(_TOLD) is None:
        widget.setProperty(_TOLD, widget.accessibleDescription())

        def give_back(old: QWidget | None, _new: QWidget | None) -> None:
            if old is widget:
                QApplication.instance().focusChanged.disconnect(give_back)  # type: ignore[union-attr]
                QTimer.singleShot(0, widget, lambda: _give_back(widget))

        QApplication.instance().focusChanged.connect(give_back)  # type: ignore[union-attr]
    widget.setProperty(_TOLD + "Message", message)
    widget.setAccessibleDescription(message)


def _give_back(widget: QWidget) -> None:
    """The widget's own description again, unless something has set a new one meanwhile."""
    original = widget.property(_TOLD)
    if widget.accessibleDescription() == widget.property(_TOLD + "Message"):
        widget.setAccessibleDescription(original or "")
    widget.setProperty(_TOLD, None)
    widget.setProperty(_TOLD + "Message", None)


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the stylesheet (``QLabel[role="heading"]`` …)."""
    widget.setProperty("role", role)


class Text(QLabel):
    """A paragraph that wraps, never clips, and is read by screen readers."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(french_spacing(text), parent)
        self.setWordWrap(True)
        set_enum(self, "textFormat", "PlainText")  # by name: see lazy_qt
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        set_enum(self, "textInteractionFlags", "NoTextInteraction")
        if role:
            set_role(self, role)
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:
        text = french_spacing(text)
        super().setText(text)
        self.setAccessibleName(text)


class Heading(Text):
    """The question. It takes the focus when a screen without answers opens (never by Tab),
    so the keys that scroll start from the top and a screen reader reads the question first."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, "heading", parent)
        set_enum(self, "focusPolicy", "ClickFocus")


class FittingText(Text):
    """One line of text, in its long form when it fits on one line, else its short form
    (the progress line at large text sizes in a small window)."""

    def __init__(self, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__("", role, parent)
        self.forms: tuple[str, str] = ("", "")

    def set_forms(self, long: str, short: str) -> None:
        self.forms = (long, short)
        self._fit()

    def _fit(self) -> None:
        long, short = self.forms
        fits = self.fontMetrics().horizontalAdvance(french_spacing(long)) <= self.width()
        wanted = long if fits or not short else short
        if wanted != self.text():
            self.setText(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class BigButton(QPushButton):
    """A large push button whose accessible name is its text (or a longer description).
    The pointer becomes a hand over it."""

    def __init__(
        self, text: str, role: str = "", description: str = "", parent: QWidget | None = None
    ) -> None:
        # Not QPushButton(text, parent): choosing among its constructors makes PySide create
        # QIcon and its enums (about 1.2 ms) before the first window.
        super().__init__(parent)
        self.setText(text)
        self.setAccessibleName(text.replace("&", ""))
        if description:
            self.setAccessibleDescription(description)
        if role:
            set_role(self, role)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._hand = False

    def enterEvent(self, event: QEnterEvent) -> None:
        # The hand is set when the pointer first comes, not when the button is made: a cursor
        # shape is an enum of the Qt namespace, not made before the first window (lazy_qt).
        if not self._hand:
            self._hand = True
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)


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
        self.name = ""  # the accessible name of a focusable panel (else its first words)
        self.focusable = False
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 10, 16, 12)

    def add_text(self, text: str, role: str = "") -> Text:
        label = Text(text, role, self)
        self.body.addWidget(label)
        if self.focusable:
            self._describe()
        return label

    def make_focusable(self, name: str = "") -> None:
        """A box Tab stops on (its words become its name and description), for text that
        matters on a screen without any control, like the useful phone numbers."""
        self.name = french_spacing(name)  # else its first words are its name
        self.focusable = True
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._describe()

    def _describe(self) -> None:
        texts = [label.text() for label in self.findChildren(Text)]
        if self.name:
            self.setAccessibleName(self.name)
            self.setAccessibleDescription(" ".join(t for t in texts if t != self.name))
        elif texts:
            self.setAccessibleName(texts[0])
            self.setAccessibleDescription(" ".join(texts[1:]))


class WrapsWords:
    """For a button whose words are labels in its own layout and wrap: its height follows
    its width (long answers and titles at 200 %). Mixed in before the Qt button class."""

    def _floor(self) -> QSize:
        """The least size of the bare button."""
        return QSize(0, 48)

    def _fit_margins(self) -> None:
        """Inner margins that follow the text size."""

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._fit_margins()

    def sizeHint(self) -> QSize:
        # The narrowest width (the size policy makes it expand), and the height needed at
        # the width it has.
        hint = self.minimumSizeHint()
        width = self.width() if self.width() > 0 else self.layout().totalSizeHint().width()  # type: ignore[attr-defined]
        hint.setHeight(self.heightForWidth(width))
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.layout().totalMinimumSize().expandedTo(self._floor())  # type: ignore[attr-defined]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.layout().totalHeightForWidth(width), self._floor().height())  # type: ignore[attr-defined]


class AnswerRow(WrapsWords, QRadioButton):
    """One answer of a question: a big circle that fills when chosen, the answer's words beside
    it (they wrap at large text sizes, never cut), and the whole row clickable.

    Enter is left to the window (it continues); Space and the arrows choose.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "answer")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        # Auto-exclusive (the default) so Qt exposes a radio button, not a check box; the
        # group's QButtonGroup is what keeps one answer.
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.label)
        self.setText(text)
        self.toggled.connect(self._show_state)
        self._fit_margins()

    def text(self) -> str:  # type: ignore[override]
        return self.label.text()

    def setText(self, text: str) -> None:  # type: ignore[override]
        self.label.setText(french_spacing(text))
        self.setAccessibleName(text)

    def _show_state(self, chosen: bool) -> None:
        """Bold words on the dark fill (said by the stylesheet's ``chosen`` rule)."""
        self.label.setProperty("chosen", chosen)
        style = self.label.style()
        style.unpolish(self.label)
        style.polish(self.label)

    def _fit_margins(self) -> None:
        """Room on the left for the circle (sizes of the stylesheet, at this text size)."""
        zoom = max(self.font().pixelSize(), SIZES.body) / SIZES.body
        left = px(ANSWER_PADDING + SIZES.radio + 2 * 3 + ANSWER_GAP, zoom)
        vertical = px(10, zoom)
        self.layout().setContentsMargins(left, vertical, px(12, zoom), vertical)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        group = self.parentWidget()
        if isinstance(group, ChoiceGroup) and hasattr(group, "buttons"):
            group.number_answers()  # "1 sur 3" follows the answers shown

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole row, not only the circle

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Qt leaves Tab only on the focused answer of an exclusive group; here Tab reaches
        # every answer (arrows are not known to everyone).
        group = self.group()
        for button in group.buttons() if group else ():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        group = self.parentWidget()
        if isinstance(group, ChoiceGroup) and group.arrow(self, event.key()):
            return
        super().keyPressEvent(event)


class ChoiceGroup(QFrame):
    """The answers of one question (the GOV.UK radio question): at most one is chosen, none
    at first. The group itself takes the focus when the screen opens, so nothing looks chosen
    before she chooses; Tab reaches every answer, Space and the arrows choose, and Enter is the
    window's (it continues). A missing answer is said in red just above the answers.
    """

    chosen = Signal(str)

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "choices")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached on arrival, not by Tab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.error = Text("", "error", self)
        self.error.hide()
        layout.addWidget(self.error)
        self.arrival = ""  # progress and hint, read on arrival (an error replaces them)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, AnswerRow] = {}
        for value, label in choices:
            button = AnswerRow(label, self)
            button.clicked.connect(lambda _=False, v=value: self._clicked(v))
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        self.number_answers()

    def setAccessibleName(self, name: str) -> None:  # type: ignore[override]
        super().setAccessibleName(name)
        self.group.setObjectName(name)

    def number_answers(self) -> None:
        """Each answer's place among those shown, in its accessible description ("1 sur 3"):
        Orca 43 says a radio button's position only with "Speak position in list" on (off by
        default), but always says its description."""
        shown = self.shown_buttons()
        for button in self.buttons.values():
            place = f"{shown.index(button) + 1} sur {len(shown)}" if button in shown else ""
            if button.accessibleDescription() != place:
                button.setAccessibleDescription(place)

    def _clicked(self, value: str) -> None:
        self.show_error("")
        self.chosen.emit(value)

    def value(self) -> str:
        return next((v for v, b in self.buttons.items() if b.isChecked()), "")

    def set_value(self, value: str) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot be emptied
        for other_value, button in self.buttons.items():
            button.setChecked(other_value == value)
        self.group.setExclusive(True)

    def shown_buttons(self) -> list[AnswerRow]:
        return [button for button in self.buttons.values() if not button.isHidden()]

    def first_button(self) -> AnswerRow:
        chosen = self.buttons.get(self.value())
        return chosen if chosen else self.shown_buttons()[0]

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.setProperty("invalid", bool(message))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setAccessibleDescription(message or self.arrival)

    def set_arrival(self, text: str) -> None:
        self.arrival = text
        if not self.error.isVisibleTo(self):
            self.setAccessibleDescription(text)

    def arrow(self, row: AnswerRow | None, key: int) -> bool:
        """Up/Left and Down/Right choose the answer before or after ``row`` (the first or last
        from the group itself); Space on the group goes to the first answer. True if handled."""
        rows = self.shown_buttons()
        if not rows:
            return False
        index = rows.index(row) if row in rows else -1
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            target = rows[min(index + 1, len(rows) - 1)]
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            target = rows[max(index - 1, 0)] if row in rows else rows[-1]
        elif key == Qt.Key.Key_Space and row is None:
            rows[0].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        else:
            return False
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if not target.isChecked():
            target.click()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.arrow(None, event.key()):
            super().keyPressEvent(event)


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
