"""The base of every screen: a question as heading, a body, errors, and where to go next."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.answers import Answers
from desktop.ui.widgets import ErrorSummary, Heading, Text

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.core.catalog import Catalog
    from desktop.core.guidance import Guidance
    from desktop.core.incidents import Incidents

TOTAL_STEPS = 6
RESTART = "restart"  # not a screen: the window forgets everything and shows the welcome screen


@dataclass
class WizardContext:
    """What every screen shares: the answers being built and the facts (each read from its file
    the first time a screen asks for it, not at start; read once, see the ``load_*`` caches)."""

    answers: Answers = field(default_factory=Answers)
    documents: list[str] = field(default_factory=list)  # kinds chosen, in the order of KINDS
    preview_kind: str = ""  # the document being previewed, printed or saved

    @property
    def catalog(self) -> Catalog:
        from desktop.core.catalog import load_catalog

        return load_catalog()

    @property
    def incidents(self) -> Incidents:
        from desktop.core.incidents import load_incidents

        return load_incidents()

    @property
    def guidance(self) -> Guidance:
        from desktop.core.guidance import load_guidance

        return load_guidance()

    def forget_person(self) -> None:
        """Drop every answer (helper's mode, closing the window)."""
        self.answers = Answers()
        self.documents = []
        self.preview_kind = ""


class Page(QWidget):
    """One question per screen. Subclasses fill ``self.body`` and override the hooks."""

    page_id = ""
    step: int | None = None  # "Étape N sur M", None for screens outside the count
    heading_text = ""
    continue_text = "Continuer"
    show_back = True

    def __init__(self, context: WizardContext, go: Callable[[str], None]) -> None:
        super().__init__()
        self.context = context
        self.go = go  # jump to another page id (for buttons that lead elsewhere)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(16)
        self.step_label = Text("", "step", self)
        if self.step is not None:
            self.step_label.setText(f"Étape {self.step} sur {TOTAL_STEPS}")
        else:
            self.step_label.hide()
        self.errors = ErrorSummary(self)
        self.heading = Heading(self.heading_text, self)
        outer.addWidget(self.step_label)
        outer.addWidget(self.errors)
        outer.addWidget(self.heading)
        self.body = QVBoxLayout()
        self.body.setSpacing(16)
        outer.addLayout(self.body)
        outer.addStretch(1)
        self.setAccessibleName(self.heading_text)

    @property
    def answers(self) -> Answers:
        return self.context.answers

    # Hooks -------------------------------------------------------------------------------
    def enter(self) -> None:
        """Show the stored answers (called each time the screen appears)."""

    def store(self) -> None:
        """Save what is on screen into the answers (called on Continue *and* on Back)."""

    def problems(self) -> list[str]:
        """French messages saying what to fix before continuing; empty when all is well."""
        return []

    def next_page(self) -> str:
        raise NotImplementedError

    def first_focus(self) -> QWidget | None:
        """The widget that gets the keyboard focus when the screen appears."""
        return None
