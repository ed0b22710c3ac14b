"""Does the person have a mutuelle?"""

from __future__ import annotations

from desktop.ui.screens.choice_page import ChoicePage
from desktop.ui.widgets import Text

MORE = (
    "Une mutuelle, ou complémentaire santé, rembourse ce que la Sécurité sociale ne rembourse "
    "pas. Comptez aussi la Complémentaire santé solidaire, et le contrat que vous avez par "
    "votre employeur ou votre ancien employeur."
)


class HasMutuellePage(ChoicePage):
    page_id = "has_mutuelle"
    heading_text = "Avez-vous une mutuelle ?"
    hint = "Ou une complémentaire santé, même par votre employeur."
    choices = (("oui", "Oui"), ("non", "Non"), ("ne_sait_pas", "Je ne sais pas"))
    answer_field = "has_mutuelle"

    def add_help(self) -> None:
        self.body.addWidget(Text(MORE, parent=self))

    def next_page(self) -> str:
        return {"oui": "insurer_name", "non": "former", "ne_sait_pas": "card"}[self.choice.value()]
