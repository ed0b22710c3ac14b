"""Screen 4: former contracts since 2016."""

from __future__ import annotations

from desktop.ui.screens.choice_page import ChoicePage


class FormerPage(ChoicePage):
    page_id = "former"
    step = 4
    heading_text = "Depuis 2016, avez-vous eu une autre mutuelle ?"
    hint = (
        "Les anciens adhérents ont aussi été touchés. Certaines mutuelles ont changé "
        "d'opérateur. Une ancienne mutuelle compte donc aussi."
    )
    choices = (("oui", "Oui"), ("non", "Non"), ("ne_sait_pas", "Je ne sais pas"))
    answer_field = "had_former_insurer"

    def next_page(self) -> str:
        return "former_name" if self.choice.value() == "oui" else "result"
