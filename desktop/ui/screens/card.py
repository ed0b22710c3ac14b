"""What the tiers-payant card says."""

from __future__ import annotations

from desktop.core.plain_words import explain_first
from desktop.ui.card_drawing import CardDrawing
from desktop.ui.screens.choice_page import ChoicePage
from desktop.ui.widgets import SourcedText, Text


class CardPage(ChoicePage):
    page_id = "card"
    heading_text = "Que lisez-vous sur votre carte de mutuelle ?"
    choices = (
        ("viamedis", "J'y lis VIAMEDIS"),
        ("almerys", "J'y lis ALMERYS"),
        ("aucun", "Aucun des deux"),
        ("pas_de_carte", "Je n'ai pas ma carte"),
    )
    answer_field = "card_reading"

    def add_help(self) -> None:
        where_to_look = self.context.guidance.card_tips[0]
        self.body.addWidget(Text("Où regarder ?", "subheading", self))
        (text,) = explain_first([where_to_look.text])  # "carte de tiers payant (…)"
        self.body.addWidget(SourcedText(text, where_to_look.sources, self))
        self.body.addWidget(CardDrawing(self))

    def next_page(self) -> str:
        return "former"
