"""A screen whose answer is one of a few radio answers (the GOV.UK question page).

Top to bottom: the question, a short hint, the answers, then any longer help. So at 200 %
the question and the first answers are in view when the screen opens, with "Continuer"
pinned under them.
"""

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
        self.choice = ChoiceGroup(self.choices, self)
        self.choice.setAccessibleName(self.heading_text)
        self.body.addWidget(self.choice)
        self.add_help()

    def add_help(self) -> None:
        """Room for an illustration or a longer explanation, under the answers."""

    def enter(self) -> None:
        self.choice.set_value(getattr(self.answers.check, self.answer_field))
        self.choice.show_error("")

    def store(self) -> None:
        setattr(self.answers.check, self.answer_field, self.choice.value())

    def problems(self) -> list[str]:
        return [] if self.choice.value() else [CHOOSE_ONE]

    def show_problems(self, messages: list[str]) -> QWidget:
        """Beside the answers, which stay in view (no summary pushing them down)."""
        self.choice.show_error(" ".join(messages))
        return self.choice

    def first_focus(self) -> QWidget | None:
        return self.choice
