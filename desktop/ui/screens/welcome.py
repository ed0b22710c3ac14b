"""Screen 0: what the app does, and its promises."""

from __future__ import annotations

from desktop.ui.page import Page
from desktop.ui.widgets import Panel, Text


class WelcomePage(Page):
    page_id = "welcome"
    heading_text = "Le piratage de 2024 a-t-il touché vos données de mutuelle ?"
    continue_text = "Commencer"
    show_back = False

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        for line in (
            "En février 2024, le piratage de Viamedis et d'Almerys a touché les données de "
            "millions d'assurés. Ces deux entreprises gèrent le tiers payant des mutuelles "
            "(quand vous ne payez pas chez le pharmacien : votre mutuelle le paie pour vous).",
            "Nous allons vous poser quelques questions simples, une par page.",
            "À la fin, vous saurez si votre mutuelle est concernée et quoi faire. "
            "Vous pourrez imprimer des lettres prêtes à signer.",
        ):
            self.body.addWidget(Text(line, parent=self))
        promise = Panel(parent=self)
        promise.add_text("Nos promesses", "subheading")
        promise.add_text("Ce logiciel marche sans Internet.")
        promise.add_text("Il n'envoie rien à personne.")
        promise.add_text("Il ne garde rien sur vous. Quand vous fermez, tout est effacé.")
        self.body.addWidget(promise)

    def next_page(self) -> str:
        return "has_mutuelle"
