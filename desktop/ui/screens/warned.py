"""Did her mutuelle warn her? The police complaint (BL2C) is only for people who were."""

from __future__ import annotations

from desktop.ui.screens.choice_page import ChoicePage
from desktop.ui.widgets import Text

WARNED = "oui"


class WarnedPage(ChoicePage):
    page_id = "warned"
    heading_text = "Votre mutuelle vous a-t-elle prévenu ?"
    hint = "D'un piratage de vos données."
    choices = (
        (WARNED, "Oui, j'ai reçu un message"),
        ("non", "Je n'ai pas reçu de message"),
        ("ne_sait_plus", "Je ne sais plus"),
    )
    answer_field = "insurer_warned"

    def add_help(self) -> None:
        self.body.addWidget(
            Text(
                "Un courrier, un courriel ou un SMS de votre mutuelle, depuis février 2024. "
                "La lettre de plainte à la police est prévue pour les personnes que leur "
                "mutuelle a prévenues. Si vous ne l'avez pas été, les autres documents "
                "restent utiles.",
                parent=self,
            )
        )

    def next_page(self) -> str:
        return "documents"
