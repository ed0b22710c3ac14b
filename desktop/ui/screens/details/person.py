"""Detail screens about the person: name, birth, address, phone, NIR, member number."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.screens.details.base import DetailPage
from desktop.ui.widgets import ChoiceGroup, Text

NO_TITLE = "aucune"
TITLES = (
    ("Madame", "Madame"),
    ("Monsieur", "Monsieur"),
    (NO_TITLE, "Je préfère ne pas l'indiquer"),
)


class IdentityPage(DetailPage):
    page_id = "identity"
    heading_text = "Quel est votre nom ?"
    owns = ("person.title", "person.last_name", "person.first_name", "person.birth_name")
    intro = "Écrivez-le comme sur votre carte d'identité ou votre carte Vitale."

    def build(self) -> None:
        self.title_label = Text("Civilité (facultatif)", parent=self)
        self.body.addWidget(self.title_label)
        self.title_choice = ChoiceGroup(TITLES, self)
        self.title_choice.setAccessibleName("Civilité (facultatif)")
        self.body.addWidget(self.title_choice)
        self.add_field("person.last_name", "Nom de famille")
        self.add_field("person.first_name", "Prénoms")
        self.add_field(
            "person.birth_name",
            "Nom de naissance",
            hint="Seulement s'il est différent de votre nom de famille actuel.",
        )

    def enter(self) -> None:
        super().enter()
        self.title_choice.set_value(self.answers.person.title)

    def store(self) -> None:
        super().store()
        value = self.title_choice.value()
        if value:
            self.answers.person.title = "" if value == NO_TITLE else value

    def first_focus(self) -> QWidget | None:
        return self.title_choice


class BirthPage(DetailPage):
    page_id = "birth"
    heading_text = "Quand et où êtes-vous né ou née ?"
    owns = ("person.birth_date", "person.birth_place")

    def build(self) -> None:
        self.add_date("person.birth_date", "Date de naissance", "29/02/1948")
        self.add_field(
            "person.birth_place",
            "Commune de naissance",
            hint="Pour une naissance à l'étranger, écrivez la ville et le pays.",
        )


class AddressPage(DetailPage):
    page_id = "address"
    heading_text = "Quelle est votre adresse ?"
    owns = ("person.address_lines", "person.postal_code", "person.city")
    intro = "C'est l'adresse où vous recevez votre courrier. Les réponses arriveront là."

    def build(self) -> None:
        self.add_address("person")


class PhonePage(DetailPage):
    page_id = "phone"
    heading_text = "Quel est votre numéro de téléphone ?"
    owns = ("person.phone",)

    def build(self) -> None:
        self.add_field(
            "person.phone", "Numéro de téléphone", hint="Par exemple 04 77 12 34 56.", max_length=30
        )


class NirPage(DetailPage):
    page_id = "nir"
    heading_text = "Quel est votre numéro de sécurité sociale ?"
    owns = ("person.nir",)
    intro = (
        "Pourquoi ? Il aide votre mutuelle à vous retrouver dans ses fichiers. Il sera écrit "
        "seulement sur la lettre imprimée : ce logiciel ne l'envoie à personne et ne le garde "
        "pas. Ne le donnez jamais au téléphone, par courriel ou par SMS. Vous n'êtes pas "
        "obligé de le donner : si vous préférez, laissez la case vide."
    )

    def build(self) -> None:
        self.add_field(
            "person.nir",
            "Numéro de sécurité sociale",
            hint="Il est écrit sur votre carte Vitale. Il a 15 chiffres. Les espaces ne comptent pas.",
            max_length=30,
        )


class MemberNumberPage(DetailPage):
    page_id = "member_number"
    heading_text = "Quel est votre numéro d'adhérent ?"
    owns = ("person.member_number",)
    intro = "Vous n'êtes pas obligé de le donner. Il aide votre mutuelle à vous retrouver."

    def build(self) -> None:
        self.add_field(
            "person.member_number",
            "Numéro d'adhérent",
            hint="Il est écrit sur votre carte de mutuelle ou sur ses courriers.",
            max_length=50,
        )
