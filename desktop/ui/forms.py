"""Form pieces shared by the detail screens: a labelled text field, a date field, a big button
whose text wraps, and a big tick button for choosing several answers."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.french_dates import format_long_date, format_short_date, parse_french_date
from desktop.ui.paste_guard import watch_cuts
from desktop.ui.widgets import Text, WrapsWords

MAX_TYPED = 100  # more than any validator allows, so the validator can say "too long" kindly
OPTIONAL_MARK = " (facultatif)"


def repolish(widget: QWidget) -> None:
    """Apply the stylesheet again after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def scroll_area(widget: QWidget) -> QScrollArea | None:
    """The innermost scroll area showing ``widget``. Looked for among the window's scroll
    areas, not up the parents: that walk meets the scroll area's viewport, a widget Qt made,
    and PySide's first look-up of a Python type for such a widget costs about 15 ms."""
    areas = [
        area
        for area in widget.window().findChildren(QScrollArea)
        if area.widget() is not None and area.widget().isAncestorOf(widget)
    ]
    inner = [a for a in areas if not any(a is not b and a.isAncestorOf(b) for b in areas)]
    return inner[0] if inner else None


def reveal_under(widget: QWidget, keep: QWidget) -> None:
    """Scroll so that ``widget`` is in view, but never past the top of ``keep`` (the
    question stays on screen; if both cannot fit, the question wins)."""
    area = scroll_area(widget)
    if area is None:
        return
    content = area.widget()
    bar = area.verticalScrollBar()
    bottom = widget.mapTo(content, widget.rect().bottomLeft()).y()
    top_of_keep = keep.mapTo(content, keep.rect().topLeft()).y()
    # The viewport's height: the area's less its frame and horizontal bar (not viewport(),
    # for the reason above).
    view = area.contentsRect().height() - (
        area.horizontalScrollBar().height() if area.horizontalScrollBar().isVisible() else 0
    )
    wanted = bottom - view + 1
    if wanted > bar.value():
        bar.setValue(min(wanted, top_of_keep))


class LabelledField(QWidget):
    """A visible label (buddy of the field), an optional hint, the field, and its error line."""

    def __init__(
        self,
        label: str,
        *,
        hint: str = "",
        max_length: int = MAX_TYPED,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.base_label = label
        self.optional = False
        self.all_errors = ""  # every problem of the screen, said by the first field in error
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = Text(label, parent=self)
        self.hint = Text(hint, parent=self)
        self.hint.setVisible(bool(hint))
        self.field = QLineEdit(self)
        self.field.setMaxLength(max_length)
        self.error = Text("", "error", self)
        self.error.hide()
        self.label.setBuddy(self.field)
        # The hint under the field: the label and the field stay together in view.
        for widget in (self.label, self.error, self.field, self.hint):
            layout.addWidget(widget)
        watch_cuts(self.field, self.show_error)  # a paste that did not fit is said, not hidden
        self._describe()

    def _describe(self) -> None:
        self.field.setAccessibleName(self.label.text())
        error = self.all_errors or self.error.text()
        parts = [error, self.hint.text()] if self.error.isVisibleTo(self) else []
        self.field.setAccessibleDescription(" ".join(p for p in parts or [self.hint.text()] if p))

    def set_optional(self, optional: bool) -> None:
        self.optional = optional
        self.label.setText(self.base_label + (OPTIONAL_MARK if optional else ""))
        self._describe()

    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str) -> None:
        self.field.setText(text)

    def show_error(self, message: str) -> None:
        """Red message under the field, red border; an empty message clears both."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.field.setProperty("invalid", bool(message))
        repolish(self.field)
        self.all_errors = ""
        self._describe()

    def say_all_errors(self, messages: list[str]) -> None:
        """This field gets the focus after "Continuer": its description says every problem
        of the screen once, in full (its own among them), then its hint."""
        self.all_errors = " ".join(messages) if len(messages) > 1 else ""
        self._describe()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)


DATE_HINT = "Le jour, le mois et l'année, par exemple {example} ou {long}."


class DateField(LabelledField):
    """A date typed the way people write it (12/03/1951, 12 mars 1951, 12.3.51); once she
    leaves the field it is shown as JJ/MM/AAAA, so she sees how it was read (the century of
    a two-digit year). A date stored as ISO (from a file) is shown the French way."""

    def __init__(self, label: str, example: str, parent: QWidget | None = None) -> None:
        day = parse_french_date(example)
        long = format_long_date(day) if day else example
        super().__init__(
            label, hint=DATE_HINT.format(example=example, long=long), max_length=30, parent=parent
        )
        self.field.editingFinished.connect(self.show_as_read)

    def show_as_read(self) -> None:
        day = parse_french_date(self.field.text())
        if day is not None and self.field.text() != format_short_date(day):
            self.field.setText(format_short_date(day))

    def set_text(self, text: str) -> None:
        day = parse_french_date(text)
        shown = format_short_date(day) if day and "-" in text.strip()[:5] else text
        super().set_text(shown)


class WrappingButton(WrapsWords, QPushButton):
    """A big button whose words wrap onto several lines (long titles at 200 %), with an
    optional line of explanation under the title, inside the same button."""

    def __init__(self, title: str, explanation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        self.title = Text(title, "subheading", self)
        self.explanation = Text(explanation, parent=self)
        self.explanation.setVisible(bool(explanation))
        for label in (self.title, self.explanation):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setAccessibleName(title)
        if explanation:
            self.setAccessibleDescription(explanation)
        self._fit_margins()

    def _fit_margins(self) -> None:
        """Inner margins follow the text size (so they grow with the zoom)."""
        unit = self.fontMetrics().height()
        self.layout().setContentsMargins(unit, unit // 2, unit, unit // 2)

    def _floor(self) -> QSize:
        """The size of the bare button (minimum height and padding from the stylesheet)."""
        return QPushButton.sizeHint(self)


CHOSEN = "Choisi"


class TickButton(WrappingButton):
    """A big button that can be ticked and unticked; several may be ticked on a screen.

    Enter does not change the tick: like a GOV.UK checkbox, it sends the whole screen.
    """

    def __init__(self, title: str, explanation: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, explanation, parent)
        self.setCheckable(True)
        # Said in words too, not only by the colour and the border.
        self.state = Text(CHOSEN, "subheading", self)
        self.state.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.state.hide()
        self.layout().addWidget(self.state)
        self.toggled.connect(self.state.setVisible)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            submit = getattr(self.window(), "go_next", None)
            if callable(submit):
                submit()
                return
        super().keyPressEvent(event)
