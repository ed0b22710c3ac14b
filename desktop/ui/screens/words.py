""" "Mots difficiles": the few words the screens and letters cannot avoid, in plain French.

Reachable from every screen (top bar, or its "Menu" at large text sizes); "Revenir" goes back
to the screen she was on, with everything kept.
"""

from __future__ import annotations

from desktop.ui.page import WORDS_PAGE, Page
from desktop.ui.widgets import Text

WORDS: tuple[tuple[str, str], ...] = (
    (
        "Le piratage",
        "En février 2024, des personnes mal intentionnées sont entrées dans les ordinateurs "
        "de Viamedis et d'Almerys et y ont pris des données de millions d'assurés.",
    ),
    (
        "Tiers payant",
        "Quand vous ne payez pas chez le pharmacien ou le médecin : votre mutuelle le paie "
        "directement. Votre carte de mutuelle sert à cela.",
    ),
    (
        "Opérateur de tiers payant",
        "Une entreprise qui gère le tiers payant pour le compte des mutuelles. Viamedis et "
        "Almerys sont deux de ces entreprises.",
    ),
    (
        "AMC",
        "« Assurance maladie complémentaire » : c'est votre mutuelle. Le numéro AMC écrit "
        "sur la carte désigne votre mutuelle.",
    ),
    (
        "NIR",
        "Votre numéro de sécurité sociale, celui de votre carte Vitale (15 chiffres).",
    ),
    (
        "CNIL",
        "« Commission nationale de l'informatique et des libertés ». Un service de l'État "
        "qui protège vos données personnelles. Vous pouvez vous plaindre auprès d'elle si "
        "votre mutuelle ne vous répond pas.",
    ),
    (
        "RGPD",
        "« Règlement général sur la protection des données ». La loi européenne qui vous "
        "donne le droit de savoir ce qu'une entreprise sait de vous.",
    ),
    (
        "Délégué à la protection des données",
        "La personne qui, dans votre mutuelle, s'occupe des données des adhérents. C'est à "
        "elle qu'on écrit pour savoir ce qui a été pris.",
    ),
    (
        "BL2C",
        "« Brigade de lutte contre la cybercriminalité » : le service de la police "
        "judiciaire de Paris qui enquête sur le piratage.",
    ),
)


class WordsPage(Page):
    page_id = WORDS_PAGE
    heading_text = "Mots difficiles"
    continue_text = "Revenir"
    returns = True

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        for word, meaning in WORDS:
            self.body.addWidget(Text(word, "subheading", self))
            self.body.addWidget(Text(meaning, parent=self))

    def next_page(self) -> str:
        return WORDS_PAGE  # never used: "Revenir" goes back
