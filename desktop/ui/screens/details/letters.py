"""Detail screens about the letters: the insurer's address, two dates, the place of signature."""

from __future__ import annotations

from desktop.ui.forms import WrappingButton
from desktop.ui.screens.details.base import DetailPage

COPY_ADDRESS = (
    "Copiez l'adresse écrite sur le courrier de votre mutuelle ou sur votre contrat. "
    "S'il donne l'adresse du « délégué à la protection des données » (la personne qui "
    "s'occupe des données des adhérents), prenez celle-là. "
    "Sinon, appelez votre mutuelle et demandez son adresse postale."
)


class InsurerAddressPage(DetailPage):
    page_id = "insurer_address"
    heading_text = "Quelle est l'adresse de votre mutuelle ?"
    owns = ("insurer.name", "insurer.address_lines", "insurer.postal_code", "insurer.city")
    intro = COPY_ADDRESS

    def build(self) -> None:
        self.add_field("insurer.name", "Nom de votre mutuelle")
        self.add_address("insurer")

    def enter(self) -> None:
        if not self.answers.insurer.name.strip():
            check = self.answers.check
            for insurer_id in (check.insurer_id, check.former_insurer_id):
                insurer = self.context.catalog.get(insurer_id) if insurer_id else None
                if insurer is not None:
                    self.answers.insurer.name = insurer.name
                    break
        super().enter()


class InformedDatePage(DetailPage):
    page_id = "informed_date"
    heading_text = "Quand votre mutuelle vous a-t-elle prévenu ?"
    owns = ("insurer_informed_date",)
    intro = "Regardez la date du courrier ou du courriel de votre mutuelle."

    def build(self) -> None:
        self.add_date("insurer_informed_date", "Date du message de votre mutuelle", "05/02/2024")


class FirstLetterDatePage(DetailPage):
    page_id = "first_letter_date"
    heading_text = "Quand avez-vous écrit à votre mutuelle ?"
    owns = ("first_letter_date",)
    intro = (
        "La CNIL (la Commission nationale de l'informatique et des libertés, qui protège vos "
        "données) demande d'écrire d'abord à votre mutuelle, puis d'attendre un mois. "
        "Indiquez la date où vous avez envoyé cette lettre."
    )

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        # The way out: the complaint is for a letter sent over a month ago and unanswered.
        self.not_yet = WrappingButton(
            "Je n'ai pas encore écrit, ou c'était il y a moins d'un mois",
            "Enlève la plainte à la CNIL et revient aux documents : choisissez la lettre à "
            "votre mutuelle et votre plan de démarches, qui vous dira quand écrire à la CNIL.",
            self,
        )
        self.not_yet.clicked.connect(self.drop_cnil)
        self.body.addWidget(self.not_yet)  # under the field and the intro

    def build(self) -> None:
        self.add_date("first_letter_date", "Date d'envoi de votre lettre", "01/10/2026")

    def drop_cnil(self) -> None:
        self.store()
        self.context.documents = [k for k in self.context.documents if k != "plainte-cnil"]
        self.go("documents")


class PlacePage(DetailPage):
    page_id = "place"
    heading_text = "Où signerez-vous vos lettres ?"
    owns = ("place",)
    intro = "Les lettres diront « Fait à … », suivi de cette commune et de la date du jour."

    def build(self) -> None:
        self.add_field("place", "Commune où vous signez")

    def enter(self) -> None:
        if not self.answers.place.strip():
            self.answers.place = self.answers.person.city
        super().enter()
