"""Screen 6: what to do now: the main anti-scam advice, useful numbers, and the documents."""

from __future__ import annotations

from desktop.ui.screens.rebuilt_page import RebuiltPage
from desktop.ui.widgets import Panel

MAIN_ADVICE_COUNT = 5


class NextStepsPage(RebuiltPage):
    page_id = "next_steps"
    heading_text = "Que faire maintenant ?"
    continue_text = "Préparer mes documents"

    def build(self) -> None:
        facts = self.context.guidance
        self.add_text("Méfiez-vous des arnaques", "subheading")
        self.add_text(
            "Des escrocs peuvent se servir des données prises lors du piratage. Ils peuvent "
            "connaître votre nom, "
            "votre numéro de sécurité sociale et votre mutuelle."
        )
        for tip in facts.advice[:MAIN_ADVICE_COUNT]:
            self.add_text("• " + tip.text)
            self.add_sources(tip.sources)
        numbers = Panel(parent=self.content)
        numbers.make_focusable()  # Tab reaches the numbers; a screen reader reads them
        numbers.add_text("Numéros utiles", "subheading")
        for number in facts.numbers:
            numbers.add_text(f"{number.name} : {number.number}. {number.what}")
        self.add(numbers)

    def next_page(self) -> str:
        return "warned"
