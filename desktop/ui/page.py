"""The base of every screen: a question as heading, a body, errors, and where to go next."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.answers import Answers
from desktop.core.catalog import Catalog, load_catalog
from desktop.core.guidance import Guidance, load_guidance
from desktop.core.incidents import Incidents, load_incidents
from desktop.ui.widgets import ErrorSummary, FittingText, Heading

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass
class WizardContext:
    """What every screen shares: the answers being built and the facts."""

    answers: Answers = field(default_factory=Answers)
    catalog: Catalog = field(default_factory=load_catalog)
    incidents: Incidents = field(default_factory=load_incidents)
    guidance: Guidance = field(default_factory=load_guidance)
    documents: list[str] = field(default_factory=list)  # kinds chosen, in the order of KINDS
    preview_kind: str = ""  # the document being previewed, printed or saved
    return_to: str = ""  # "Modifier" on the review screen: where "Continuer" leads back

    def forget_person(self) -> None:
        """Drop every answer (helper's mode, closing the window)."""
        self.answers = Answers()
        self.documents = []
        self.preview_kind = ""
        self.return_to = ""


class Page(QWidget):
    """One question per screen. Subclasses fill ``self.body`` and override the hooks."""

    page_id = ""
    heading_text = ""
    continue_text = "Continuer"
    show_back = True
    returns = False  # a side screen: its button goes back to where she came from

    def __init__(self, context: WizardContext, go: Callable[[str], None]) -> None:
        super().__init__()
        self.context = context
        self.go = go  # jump to another page id (for buttons that lead elsewhere)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(16)
        self.step_label = FittingText("step", self)
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

    def show_progress(self, text: str, short: str = "") -> None:
        """ "Partie 1 sur 3 : vérifier — question 2 sur 5" (``short`` when that does not fit
        on one line), or nothing."""
        self.step_label.set_forms(text, short)
        self.step_label.setVisible(bool(text))

    def show_problems(self, messages: list[str]) -> QWidget:
        """Show what to fix; return the widget that gets the focus (the summary at the top,
        unless the screen shows its problem beside its answers)."""
        self.errors.show_errors(messages)
        return self.errors

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
        """The widget that gets the keyboard focus when the screen appears: the question
        (the heading) unless a screen says otherwise; never an answer."""
        return None
