"""The honest answer, first: the verdict, what to do now, and a way to the details.

The screen says no more than the verdict's headline and next step (a few short sentences);
everything else (each reason with its source and date, what the piratage touched and did
not touch at each operator, the former mutuelle) is one button away, on "Pourquoi ?".
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core.datafile import french_partial_date
from desktop.core.verdict import NO_MUTUELLE, UNKNOWN
from desktop.ui.forms import WrappingButton
from desktop.ui.screens.rebuilt_page import RebuiltPage
from desktop.ui.widgets import Panel

WHY_PAGE = "result_why"
WHY_BUTTON = "Pourquoi ? D'où vient cette information ?"

# The colour of the answer's panel for each kind of verdict (desktop.core.verdict.PANEL_KINDS).
PANEL_ROLES = {
    "probable": "warning",
    "press": "warning",
    "possible": "possible",
    "unknown": "panel",
    "neutral": "panel",
}


class ResultPage(RebuiltPage):
    page_id = "result"
    heading_text = "Votre résultat"

    def build(self) -> None:
        verdict = self.verdict()
        panel = Panel(PANEL_ROLES[verdict.panel_kind], self)
        panel.setObjectName(f"verdict-{verdict.panel_kind}")
        # Tab reaches the verdict and it has the focus on arrival: a screen reader reads the
        # headline (its name), then the rest (its description).
        panel.make_focusable(verdict.headline)
        self.verdict_panel = panel
        about = [
            f"{label} : {insurer.name}."
            for label, insurer in (
                ("Votre mutuelle", verdict.insurer),
                ("Votre ancienne mutuelle", verdict.former_insurer),
            )
            if insurer is not None
        ]
        if about:  # which mutuelle the verdict is about
            panel.add_text(" ".join(about))
        panel.add_text(verdict.headline, "subheading")
        panel.add_text(verdict.explanation)
        panel.add_text(verdict.next_step)
        self.add(panel)
        why = WrappingButton(WHY_BUTTON, parent=self.content)  # its words wrap at 200 %
        why.setAccessibleDescription(
            "Les raisons de ce résultat, leurs sources et leurs dates, ce que le piratage a touché"
        )
        why.clicked.connect(lambda: self.go(WHY_PAGE))
        self.add(why)

    def next_page(self) -> str:
        return "next_steps"

    def first_focus(self) -> QWidget | None:
        return self.verdict_panel


class ResultWhyPage(RebuiltPage):
    """Each reason with its source, what the piratage touched at each operator, the date of
    our list; the web addresses are on the sources screen only."""

    page_id = WHY_PAGE
    heading_text = "Pourquoi ce résultat ?"
    continue_text = "Revenir au résultat"
    returns = True

    def build(self) -> None:
        verdict = self.verdict()
        for reason in verdict.reasons:
            self.add_text(reason.text)
            self.add_sources(reason.sources)
        incidents = self.context.incidents
        if verdict.outcome == UNKNOWN:
            self.add_text("Ce que nous savons du piratage", "subheading")
            self.add_text(incidents.overview.text)
            self.add_sources(incidents.overview.sources)
        for operator in verdict.operators:
            incident = incidents.by_operator[operator]
            self.add_text(verdict.stolen_intro(operator), "subheading")
            for fact in incident.exposed:
                self.add_text("• " + fact.text)
            self.add_text(verdict.not_stolen_intro(operator), "subheading")
            for fact in incident.not_exposed:
                self.add_text("• " + fact.text)
            self.add_sources(
                tuple(
                    dict.fromkeys(
                        s for f in incident.exposed + incident.not_exposed for s in f.sources
                    )
                )
            )
        if verdict.outcome != NO_MUTUELLE:
            self.add_text(
                f"Ces informations viennent de recherches publiques, à jour au "
                f"{french_partial_date(self.context.catalog.compiled_on)}.",
            )
        sources_button = WrappingButton("Toutes les sources et leurs adresses", parent=self.content)
        sources_button.setAccessibleDescription(
            "Voir la liste des sources, leurs dates et leurs adresses sur Internet"
        )
        sources_button.clicked.connect(lambda: self.go("sources"))
        self.add(sources_button)

    def next_page(self) -> str:
        return WHY_PAGE  # never used: "Revenir au résultat" goes back
