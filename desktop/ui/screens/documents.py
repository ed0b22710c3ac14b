"""Which documents to prepare: several big tick buttons, one per kind of document."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QWidget

from desktop.core.verdict import NO_MUTUELLE, assess
from desktop.documents import KINDS
from desktop.ui.forms import TickButton
from desktop.ui.page import Page, WizardContext
from desktop.ui.screens.details import next_detail
from desktop.ui.screens.warned import WARNED
from desktop.ui.widgets import Text

EXPLANATIONS: dict[str, str] = {
    "plainte-bl2c": (
        "Pour les personnes que leur mutuelle a prévenues. La police enquête sur le piratage, "
        "mais cette procédure est peut-être close : appelez d'abord Info Escroqueries "
        "({info_escroqueries}) pour savoir si elle est encore ouverte."
    ),
    "lettre-mutuelle": "Pour demander à votre mutuelle ce que le piratage a touché.",
    "plainte-cnil": (
        "La CNIL est le service de l'État qui protège vos données. Seulement si vous avez "
        "écrit à votre mutuelle il y a plus d'un mois, sans réponse. "
        "Sinon, votre plan de démarches vous dira quand l'envoyer."
    ),
    "fiche-arnaques": "Les pièges à éviter et les bons numéros, à garder près du téléphone.",
    "plan-demarches": "La liste de ce que vous pouvez faire, dans l'ordre, avec des cases à cocher.",
    "journal-appels": "Un tableau pour noter les appels et messages qui vous semblent louches.",
    "resultat": "Ce que vous avez répondu et ce que nous savons de votre mutuelle.",
}
CHOOSE_ONE = "Choisissez au moins un document."
POLICE = "plainte-bl2c"
INSURER_LETTER = "lettre-mutuelle"
CNIL = "plainte-cnil"
PLAN = "plan-demarches"
# The CNIL complaint waits a month after the letter to her mutuelle: not both at once.
CNIL_LATER = (
    "Vous préparez aujourd'hui la lettre à votre mutuelle : la plainte à la CNIL ne pourra "
    "partir qu'un mois plus tard, sans réponse. Décochez la plainte à la CNIL ; votre plan "
    "de démarches vous dira quand l'envoyer."
)
CNIL_LATER_WITH_PLAN = CNIL_LATER.replace(
    "votre plan de démarches vous dira", "cochez « Mon plan de démarches » : il vous dira"
)
# What applies first: when her data may be concerned (or we do not know), the letter to her
# mutuelle and her plan; the complaints, which have conditions, after the sheets to keep.
CONCERNED_ORDER = (
    "lettre-mutuelle",
    "plan-demarches",
    "fiche-arnaques",
    "journal-appels",
    "plainte-bl2c",
    "plainte-cnil",
    "resultat",
)
NOT_CONCERNED_ORDER = (
    "fiche-arnaques",
    "journal-appels",
    "resultat",
    "plan-demarches",
    "lettre-mutuelle",
    "plainte-bl2c",
    "plainte-cnil",
)


def kinds_in_order(context: WizardContext) -> list[str]:
    """Every kind of document, in the order shown: by what applies to her result."""
    outcome = assess(context.answers.check, context.catalog).outcome
    wanted = NOT_CONCERNED_ORDER if outcome == NO_MUTUELLE else CONCERNED_ORDER
    return [kind for kind in wanted if kind in KINDS] + [k for k in KINDS if k not in wanted]


def show_in_order(layout: QBoxLayout, widgets: list[QWidget]) -> None:
    """Place ``widgets`` (already in ``layout``) one after the other, in this order."""
    start = min(layout.indexOf(widget) for widget in widgets)
    for offset, widget in enumerate(widgets):
        layout.removeWidget(widget)
        layout.insertWidget(start + offset, widget)


class DocumentsPage(Page):
    page_id = "documents"
    heading_text = "Quels documents voulez-vous préparer ?"

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.body.addWidget(Text("Choisissez-en un ou plusieurs.", parent=self))
        self.error = Text("", "error", self)
        self.error.hide()
        self.body.addWidget(self.error)
        self.buttons: dict[str, TickButton] = {}
        numbers = {n.name: n.number for n in self.context.guidance.numbers}
        info = numbers.get("Info Escroqueries", "")
        for kind, title in KINDS.items():
            explanation = EXPLANATIONS.get(kind, "").format(info_escroqueries=info)
            button = TickButton(title, explanation.replace(" ()", ""), self)
            self.buttons[kind] = button
            self.body.addWidget(button)
        self.police_note = Text(
            "La lettre de plainte à la police n'est proposée qu'aux personnes que leur "
            "mutuelle a prévenues du piratage.",
            parent=self,
        )
        self.body.addWidget(self.police_note)
        self.body.addWidget(
            Text(
                "Appuyez encore sur un document pour enlever votre choix. Nous vous "
                "demanderons ensuite ce qu'il faut pour les remplir.",
                parent=self,
            )
        )

    def chosen(self) -> list[str]:
        return [
            k for k, button in self.buttons.items() if button.isChecked() and not button.isHidden()
        ]

    def order(self) -> list[str]:
        return kinds_in_order(self.context)

    def enter(self) -> None:
        self.error.hide()
        show_in_order(self.body, [self.buttons[kind] for kind in self.order()])
        warned = self.answers.check.insurer_warned == WARNED
        self.buttons[POLICE].setVisible(warned)  # only for people their mutuelle warned
        self.police_note.setVisible(not warned)
        if not warned and POLICE in self.context.documents:
            self.context.documents.remove(POLICE)
        for kind, button in self.buttons.items():
            button.setChecked(kind in self.context.documents)

    def store(self) -> None:
        self.context.documents = self.chosen()
        if INSURER_LETTER in self.context.documents and CNIL not in self.context.documents:
            # She writes to her mutuelle now: the plan counts the month from this letter,
            # not from a date typed earlier for a letter she had not written.
            self.answers.first_letter_date = ""

    def problems(self) -> list[str]:
        chosen = self.chosen()
        if not chosen:
            return [CHOOSE_ONE]
        if INSURER_LETTER in chosen and CNIL in chosen:
            return [CNIL_LATER if PLAN in chosen else CNIL_LATER_WITH_PLAN]
        return []

    def show_problems(self, messages: list[str]) -> QWidget:
        """Beside the documents, with the focus on the document to untick (else the first)."""
        self.error.setText(" ".join(messages))
        self.error.setVisible(bool(messages))
        if self.chosen():
            return self.buttons[CNIL]
        return next(self.buttons[k] for k in self.order() if not self.buttons[k].isHidden())

    def next_page(self) -> str:
        return next_detail(self.page_id, self.context.documents)
