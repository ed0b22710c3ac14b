"""Screen 5: the honest answer, with what was exposed and what was not."""

from __future__ import annotations

from desktop.core.datafile import french_partial_date
from desktop.core.verdict import NO_MUTUELLE, POSSIBLE, PROBABLE, UNKNOWN
from desktop.ui.screens.rebuilt_page import RebuiltPage
from desktop.ui.widgets import BigButton, Panel


class ResultPage(RebuiltPage):
    page_id = "result"
    heading_text = "Votre résultat"

    def build(self) -> None:
        verdict = self.verdict()
        panel = Panel("warning" if verdict.outcome in (PROBABLE, POSSIBLE) else "panel", self)
        panel.add_text(verdict.headline, "subheading")
        panel.add_text(verdict.next_step)
        self.add(panel)
        for reason in verdict.reasons:
            self.add_text(reason.text)
            self.add_sources(reason.sources)
        incidents = self.context.incidents
        if verdict.outcome == UNKNOWN:
            self.add_text("Ce que nous savons des deux piratages", "subheading")
            self.add_text(incidents.overview.text)
            self.add_sources(incidents.overview.sources)
        for operator in verdict.operators:
            incident = incidents.by_operator[operator]
            self.add_text(f"Chez {incident.name}, ce qui a été volé :", "subheading")
            for fact in incident.exposed:
                self.add_text("• " + fact.text)
            self.add_text(f"Chez {incident.name}, ce qui n'a pas été volé :", "subheading")
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
        sources_button = BigButton(
            "D'où viennent ces informations ?",
            description="Voir la liste des sources et leurs dates",
            parent=self.content,
        )
        sources_button.clicked.connect(lambda: self.go("sources"))
        self.add(sources_button)

    def next_page(self) -> str:
        return "next_steps"
