""" "D'où viennent ces informations ?": every source behind the result, with its date."""

from __future__ import annotations

from desktop.core.datafile import french_partial_date
from desktop.ui.screens.rebuilt_page import RebuiltPage
from desktop.ui.widgets import breakable


class SourcesPage(RebuiltPage):
    page_id = "sources"
    heading_text = "D'où viennent ces informations ?"
    continue_text = "Revenir"
    explains_words = False  # the titles of the sources are quoted as their publishers wrote them
    returns = True

    def build(self) -> None:
        catalog, incidents = self.context.catalog, self.context.incidents
        self.add_text(
            "Nous avons lu des articles de presse, les messages des mutuelles et des listes "
            "publiques. Il n'existe pas de liste officielle complète des mutuelles touchées."
        )
        self.add_text(
            f"Notre liste a été établie le {french_partial_date(catalog.compiled_on)}. "
            "Elle peut avoir changé depuis."
        )
        verdict = self.verdict()
        sources = [s for reason in verdict.reasons for s in reason.sources]
        sources += list(incidents.overview.sources)
        for operator in verdict.operators:
            incident = incidents.by_operator[operator]
            sources += [s for fact in (incident.how, *incident.exposed) for s in fact.sources]
        self.add_text("Les sources de votre résultat", "subheading")
        for source in dict.fromkeys(sources):
            self.add_text(f"• {source.title}, {source.date_fr}.\n{breakable(source.url)}", "source")

    def next_page(self) -> str:
        return "result"
