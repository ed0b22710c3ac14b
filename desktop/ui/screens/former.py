"""Former contracts since 2016."""

from __future__ import annotations

from desktop.ui.screens.choice_page import ChoicePage
from desktop.ui.widgets import SourcedText


class FormerPage(ChoicePage):
    page_id = "former"
    heading_text = "Depuis 2016, avez-vous eu une autre mutuelle ?"
    choices = (("oui", "Oui"), ("non", "Non"), ("ne_sait_pas", "Je ne sais pas"))
    answer_field = "had_former_insurer"

    def add_help(self) -> None:
        former_cards = self.context.guidance.card_tips[2]
        self.body.addWidget(SourcedText(former_cards.text, former_cards.sources, self))

    def next_page(self) -> str:
        return "former_name" if self.choice.value() == "oui" else "result"
