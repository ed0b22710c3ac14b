"""Screen 6: what to do now: the main anti-scam advice, useful numbers, and the documents."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.screens.rebuilt_page import RebuiltPage
from desktop.ui.widgets import Panel, source_line

MAIN_ADVICE_COUNT = 5
SCAM_TITLE = "Méfiez-vous des arnaques"


class NextStepsPage(RebuiltPage):
    page_id = "next_steps"
    heading_text = "Que faire maintenant ?"
    continue_text = "Préparer mes documents"

    def build(self) -> None:
        facts = self.context.guidance
        # The advice is one region Tab stops on, with the focus on arrival: a screen reader
        # reads its title, then all the advice (its description).
        advice = Panel("region", self.content)
        advice.body.setContentsMargins(8, 4, 8, 4)  # clear of the focus ring
        advice.make_focusable()
        advice.add_text(SCAM_TITLE, "subheading")
        advice.add_text(
            "Des escrocs peuvent se servir des données prises lors du piratage. Ils peuvent "
            "connaître votre nom, "
            "votre numéro de sécurité sociale et votre mutuelle."
        )
        for tip in facts.advice[:MAIN_ADVICE_COUNT]:
            advice.add_text("• " + tip.text)
            if tip.sources:
                advice.add_text(source_line(tip.sources), "source")
        self.advice = self.add(advice)
        numbers = Panel(parent=self.content)
        numbers.make_focusable()  # Tab reaches the numbers; a screen reader reads them
        numbers.add_text("Numéros utiles", "subheading")
        for number in facts.numbers:
            numbers.add_text(f"{number.name} : {number.number}. {number.what}")
        self.add(numbers)

    def next_page(self) -> str:
        return "warned"

    def first_focus(self) -> QWidget | None:
        return self.advice
