"""Screen 1: does the person have a mutuelle?"""

from __future__ import annotations

from desktop.ui.screens.choice_page import ChoicePage


class HasMutuellePage(ChoicePage):
    page_id = "has_mutuelle"
    step = 1
    heading_text = "Avez-vous une mutuelle ?"
    hint = (
        "Une mutuelle, ou complémentaire santé, rembourse ce que la Sécurité sociale "
        "ne rembourse pas."
    )
    choices = (("oui", "Oui"), ("non", "Non"), ("ne_sait_pas", "Je ne sais pas"))
    answer_field = "has_mutuelle"

    def next_page(self) -> str:
        return {"oui": "insurer_name", "non": "former", "ne_sait_pas": "card"}[self.choice.value()]
