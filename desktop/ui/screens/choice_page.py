"""A screen whose answer is one of a few big buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop.ui.page import Page
from desktop.ui.widgets import ChoiceGroup, Text

CHOOSE_ONE = "Choisissez une réponse, puis appuyez sur « Continuer »."


class ChoicePage(Page):
    """Subclasses set ``choices``, ``hint`` and ``answer_field`` (a CheckAnswers field)."""

    choices: Sequence[tuple[str, str]] = ()
    hint = ""
    answer_field = ""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        if self.hint:
            self.body.addWidget(Text(self.hint, parent=self))
        self.add_before_choices()
        self.choice = ChoiceGroup(self.choices, self)
        self.choice.setAccessibleName(self.heading_text)
        self.body.addWidget(self.choice)

    def add_before_choices(self) -> None:
        """Room for an illustration or an explanation above the answers."""

    def enter(self) -> None:
        self.choice.set_value(getattr(self.answers.check, self.answer_field))

    def store(self) -> None:
        setattr(self.answers.check, self.answer_field, self.choice.value())

    def problems(self) -> list[str]:
        return [] if self.choice.value() else [CHOOSE_ONE]

    def first_focus(self) -> QWidget | None:
        return self.choice.first_button()
