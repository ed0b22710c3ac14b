"""Screen 3: what the tiers-payant card says."""

from __future__ import annotations

from desktop.ui.card_drawing import CardDrawing
from desktop.ui.screens.choice_page import ChoicePage
from desktop.ui.widgets import Text


class CardPage(ChoicePage):
    page_id = "card"
    step = 3
    heading_text = "Que lisez-vous sur votre carte de mutuelle ?"
    hint = (
        "Prenez votre carte de tiers payant, celle que vous montrez à la pharmacie. "
        "Cherchez le mot VIAMEDIS ou le mot ALMERYS, devant et derrière."
    )
    choices = (
        ("viamedis", "J'y lis VIAMEDIS"),
        ("almerys", "J'y lis ALMERYS"),
        ("aucun", "Aucun des deux"),
        ("pas_de_carte", "Je n'ai pas ma carte"),
    )
    answer_field = "card_reading"

    def add_before_choices(self) -> None:
        self.body.addWidget(CardDrawing(self))
        self.body.addWidget(
            Text(
                "Le mot est souvent écrit en petit, en bas ou au dos de la carte. "
                "Il peut aussi s'écrire « Viamédis » ou « almerys ».",
                parent=self,
            )
        )

    def next_page(self) -> str:
        return "former"
