"""The base of every screen: a question as heading, a body, errors, and where to go next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.widgets import ErrorSummary, FittingText, Heading

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.core.answers import Answers
    from desktop.core.catalog import Catalog
    from desktop.core.guidance import Guidance
    from desktop.core.incidents import Incidents

RESTART = "restart"  # not a screen: the window forgets everything and shows the welcome screen
WORDS_PAGE = "words"  # "Mots difficiles", reachable from every screen
WORDS_BUTTON = "Mots difficiles"


class WizardContext:
    """What every screen shares: the answers being built and the facts (each read from its file
    the first time a screen asks for it, not at start; read once, see the ``load_*`` caches).

    The answers too are made when first asked for: the welcome screen does not, and
    ``desktop.core.answers`` (five dataclasses, about 3 ms to create) waits until then.
    """

    def __init__(self) -> None:
        self._answers: Answers | None = None
        self.documents: list[str] = []  # kinds chosen, in the order of KINDS
        self.preview_kind = ""  # the document being previewed, printed or saved
        self.return_to = ""  # "Modifier" on the review screen: where "Continuer" leads back

    @property
    def answers(self) -> Answers:
        if self._answers is None:
            from desktop.core.answers import Answers

            self._answers = Answers()
        return self._answers

    @answers.setter
    def answers(self, answers: Answers) -> None:
        self._answers = answers

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
        self._answers = None  # new, empty answers when next asked for
        self.documents = []
        self.preview_kind = ""
        self.return_to = ""


class Page(QWidget):
    """One question per screen. Subclasses fill ``self.body`` and override the hooks."""

    page_id = ""
    heading_text = ""
    continue_text = "Continuer"
    hint = ""  # a short line under the question, read with it on arrival
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

    def arrival_text(self) -> str:
        """What a screen reader says after the question on arrival: the progress line and the
        hint ("Étape…", "Ou une complémentaire santé…")."""
        parts = [self.step_label.text() if self.step_label.isVisibleTo(self) else "", self.hint]
        return " ".join(part for part in parts if part)

    def announce_arrival(self, target: QWidget) -> None:
        """Put the progress and the hint in the description of the widget that gets the focus
        on arrival (a screen reader reads a focused widget's name, then its description)."""
        set_arrival = getattr(target, "set_arrival", None)
        if callable(set_arrival):
            set_arrival(self.arrival_text())
        elif target is self.heading or not target.accessibleDescription():
            target.setAccessibleDescription(self.arrival_text())

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
