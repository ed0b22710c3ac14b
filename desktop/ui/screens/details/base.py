"""A detail screen: a few fields on one topic, shown only when a chosen document uses one of them.

Which fields a document uses, and which it cannot do without, is asked of
:mod:`desktop.core.validation` (``fields_needed``, ``fields_required``); the checks and their
French messages come from ``validate_for``. A screen only lays out its fields.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from PySide6.QtWidgets import QBoxLayout, QWidget

from desktop.core.validation import Problem, fields_needed, fields_required, validate_for
from desktop.ui.forms import MAX_TYPED, DateField, LabelledField
from desktop.ui.page import Page
from desktop.ui.widgets import Text

_PART = re.compile(r"^(\w+)(?:\[(\d+)\])?$")


def needed_fields(documents: Iterable[str]) -> set[str]:
    return set().union(*(fields_needed(kind) for kind in documents))


def required_fields(documents: Iterable[str]) -> set[str]:
    return set().union(*(fields_required(kind) for kind in documents))


def base_path(path: str) -> str:
    """``person.address_lines[1]`` -> ``person.address_lines``; ``family[0].x`` -> ``family``."""
    head = re.sub(r"\[\d+\]", "", path)
    return "family" if head.startswith("family") else head


def read_path(root: object, path: str) -> str:
    """The text at ``person.first_name``, ``insurer.address_lines[2]``, ``family[0].last_name``."""
    target: object = root
    for part in path.split("."):
        match = _PART.match(part)
        assert match, path
        target = getattr(target, match[1])
        if match[2] is not None:
            items = target if isinstance(target, list) else []
            index = int(match[2])
            target = items[index] if index < len(items) else ""
    return target if isinstance(target, str) else ""


def write_path(root: object, path: str, text: str) -> None:
    """Store ``text`` at ``path``; a list of lines grows as needed, trailing empty lines go."""
    *parents, leaf = path.split(".")
    target: object = root
    for part in parents:
        match = _PART.match(part)
        assert match, path
        target = getattr(target, match[1])
        if match[2] is not None:
            items = target if isinstance(target, list) else []
            if int(match[2]) >= len(items):
                return  # that family member was removed or forgotten: nothing to store
            target = items[int(match[2])]
    match = _PART.match(leaf)
    assert match, path
    if match[2] is None:
        setattr(target, match[1], text)
        return
    lines: list[str] = getattr(target, match[1])
    index = int(match[2])
    lines.extend([""] * (index + 1 - len(lines)))
    lines[index] = text
    while lines and not lines[-1]:
        lines.pop()


def belongs(field: str, owned: Iterable[str]) -> bool:
    return any(field == p or field.startswith((p + "[", p + ".")) for p in owned)


class DetailPage(Page):
    """Subclasses set ``owns`` (answer paths), ``intro``, and add their fields in ``build``."""

    owns: tuple[str, ...] = ()
    intro = ""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.rows: dict[str, LabelledField] = {}
        self.always_optional: set[str] = set()  # optional even when the field is required
        self.build()
        if self.intro:  # under the fields: the question and its field open in view at 200 %
            self.body.addWidget(Text(self.intro, parent=self))

    # Building ----------------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def add_row(self, path: str, row: LabelledField, layout: QBoxLayout | None = None) -> None:
        self.rows[path] = row
        (layout or self.body).addWidget(row)
        row.field.textChanged.connect(lambda _text, p=path: self.recheck(p))

    def recheck(self, path: str) -> None:
        """A field shown in error is checked again as she types: the message goes away as
        soon as it is fixed (and its line leaves the summary)."""
        row = self.rows.get(path)
        if row is None or not row.error.text():
            return
        self.store()
        if path in {self.row_key(p.field) for p in self.validation_problems()}:
            return
        row.show_error("")
        self.errors.show_errors(
            list(
                dict.fromkeys(
                    self.summary_line(key, other.error.text())
                    for key, other in self.rows.items()
                    if other.error.text()
                )
            )
        )

    def add_field(
        self,
        path: str,
        label: str,
        *,
        hint: str = "",
        max_length: int = MAX_TYPED,
        layout: QBoxLayout | None = None,
    ) -> LabelledField:
        row = LabelledField(label, hint=hint, max_length=max_length, parent=self)
        self.add_row(path, row, layout)
        return row

    def add_date(
        self, path: str, label: str, example: str, layout: QBoxLayout | None = None
    ) -> DateField:
        row = DateField(label, example, self)
        self.add_row(path, row, layout)
        return row

    def add_address(self, prefix: str, hint: str = "") -> None:
        """Three street lines, the postal code and the commune of ``person`` or ``insurer``."""
        self.add_field(f"{prefix}.address_lines[0]", "Numéro et rue", hint=hint, max_length=150)
        for index in (1, 2):
            path = f"{prefix}.address_lines[{index}]"
            self.add_field(
                path,
                f"Complément d'adresse, ligne {index + 1}",
                hint="Bâtiment, résidence, boîte postale…" if index == 1 else "",
                max_length=150,
            )
            self.always_optional.add(path)
        self.add_field(f"{prefix}.postal_code", "Code postal", hint="5 chiffres", max_length=20)
        self.add_field(f"{prefix}.city", "Commune")

    # Which screens and fields --------------------------------------------------------------
    @classmethod
    def wanted(cls, documents: Iterable[str]) -> bool:
        return bool(set(cls.owns) & needed_fields(documents))

    def next_page(self) -> str:
        from desktop.ui.screens.details import next_detail  # the order of every detail screen

        return next_detail(self.page_id, self.context.documents)

    # Hooks -------------------------------------------------------------------------------
    def enter(self) -> None:
        needed = needed_fields(self.context.documents)
        required = required_fields(self.context.documents)
        for path, row in self.rows.items():
            text = read_path(self.answers, path)
            row.set_text(text)
            row.show_error("")
            base = base_path(path)
            row.setVisible(base in needed or bool(text.strip()))
            row.set_optional(base not in required or path in self.always_optional)
        self.errors.setFocusProxy(None)

    def store(self) -> None:
        for path, row in self.rows.items():
            write_path(self.answers, path, row.text())

    def row_key(self, field: str) -> str | None:
        """The row showing ``field`` (``person.address_lines`` is shown by its first line)."""
        return next((key for key in (field, field + "[0]") if key in self.rows), None)

    def validation_problems(self) -> list[Problem]:
        """This screen's problems for every chosen document, one per field."""
        today = dt.date.today()
        found: dict[str, Problem] = {}
        for kind in self.context.documents:
            for problem in validate_for(kind, self.answers, today):
                if belongs(problem.field, self.owns):
                    found.setdefault(problem.field, problem)
        return list(found.values())

    def problems(self) -> list[str]:
        """Messages in screen order, each also shown under its field; focus on the first."""
        positions = {path: index for index, path in enumerate(self.rows)}
        located = sorted(
            ((self.row_key(p.field), p.message) for p in self.validation_problems()),
            key=lambda item: positions.get(item[0] or "", -1),
        )
        for row in self.rows.values():
            row.show_error("")
        for key, message in located:
            if key is not None and not self.rows[key].error.text():
                self.rows[key].show_error(message)
        first = next((self.rows[key] for key, _ in located if key is not None), None)
        self.errors.setFocusProxy(first.field if first else None)
        messages = list(dict.fromkeys(self.summary_line(key, m) for key, m in located))
        if first:
            first.say_all_errors(messages)
        return messages

    def summary_line(self, key: str | None, message: str) -> str:
        """The line of the error summary for a problem shown beside the row ``key``."""
        return message

    def first_focus(self) -> QWidget | None:
        visible = [row for row in self.rows.values() if not row.isHidden()]
        return visible[0].field if visible else None
