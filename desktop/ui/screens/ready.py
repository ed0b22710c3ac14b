"""The end of the journey: one button per chosen document, then "C'est terminé"."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.documents import KINDS
from desktop.ui.forms import WrappingButton
from desktop.ui.page import RESTART, Page
from desktop.ui.screens.documents import kinds_in_order, show_in_order
from desktop.ui.widgets import BigButton, Panel, Text

PREVIEW = "preview"
LETTERS = ("plainte-bl2c", "lettre-mutuelle", "plainte-cnil")
POST_TODAY = {
    "lettre-mutuelle": "signez-la et postez-la aujourd'hui, au délégué à la protection des "
    "données de votre mutuelle (la personne qui s'occupe des données des adhérents).",
    "plainte-bl2c": "appelez d'abord Info Escroqueries pour savoir si la procédure est encore "
    "ouverte ; si oui, signez-la et postez-la.",
}
POST_LATER = {
    "plainte-cnil": "gardez-la. Postez-la à la CNIL (le service de l'État qui protège vos "
    "données) seulement si votre mutuelle ne vous a pas répondu un mois après votre lettre "
    "(votre plan de démarches donne la date).",
}
VIEW_NOTES = {"plainte-cnil": "La CNIL est le service de l'État qui protège vos données."}
KEEP = {
    "plan-demarches": "gardez-le et cochez chaque étape faite.",
    "fiche-arnaques": "gardez-la près du téléphone.",
    "journal-appels": "gardez-le près du téléphone et notez chaque appel ou message louche.",
    "resultat": "gardez-le avec vos papiers de mutuelle.",
}


class ReadyPage(Page):
    page_id = "ready"
    heading_text = "Vos documents sont prêts"
    continue_text = "Terminer"

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.body.addWidget(Text("Appuyez sur un document pour le voir.", parent=self))
        # One button per kind, made now and shown when chosen: the tab order stays visual.
        self.view_buttons: dict[str, WrappingButton] = {}
        for kind, title in KINDS.items():
            button = WrappingButton(f"Voir et imprimer : {title}", VIEW_NOTES.get(kind, ""), self)
            button.clicked.connect(lambda _=False, k=kind: self.open(k))
            self.view_buttons[kind] = button
            self.body.addWidget(button)
        self.body.addWidget(
            Text(
                "Vous pourrez l'imprimer ou l'enregistrer. Revenez ensuite ici pour passer au "
                "suivant.",
                parent=self,
            )
        )

    def enter(self) -> None:
        order = kinds_in_order(self.context)  # the same order as when she chose them
        show_in_order(self.body, [self.view_buttons[kind] for kind in order])
        for kind, button in self.view_buttons.items():
            button.setVisible(kind in self.context.documents)

    def shown(self) -> list[WrappingButton]:
        order = kinds_in_order(self.context)
        return [self.view_buttons[kind] for kind in order if not self.view_buttons[kind].isHidden()]

    def open(self, kind: str) -> None:
        self.context.preview_kind = kind
        self.go(PREVIEW)

    def first_focus(self) -> QWidget | None:
        return next(iter(self.shown()), None)

    def next_page(self) -> str:
        return "finish"


class FinishPage(Page):
    page_id = "finish"
    heading_text = "C'est terminé"
    continue_text = "Revoir mes documents"  # the default is never to erase

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        # Document by document: what to post today, what to post later, what to keep.
        self.groups: list[tuple[Text, dict[str, Text]]] = []
        for title, lines in (
            ("À poster aujourd'hui", POST_TODAY),
            ("À poster plus tard", POST_LATER),
            ("À garder", KEEP),
        ):
            heading = Text(title, "subheading", self)
            self.body.addWidget(heading)
            labels = {}
            for kind, line in lines.items():
                labels[kind] = Text(f"• {KINDS[kind]} : {line}", parent=self)
                self.body.addWidget(labels[kind])
            self.groups.append((heading, labels))
        self.how_to_post = Text(
            "Pour chaque lettre : signez-la à la main, mettez-la dans une enveloppe à fenêtre, "
            "timbrez-la et postez-la. Gardez une copie, avec la date d'envoi.",
            parent=self,
        )
        self.body.addWidget(self.how_to_post)
        warning = Panel("warning", self)
        warning.add_text(
            "Quand vous appuierez sur « Terminer et tout effacer », tout ce que vous avez écrit "
            "sera effacé de cet ordinateur. Imprimez ou enregistrez vos documents avant."
        )
        self.body.addWidget(warning)
        self.erase_button = BigButton(
            "Terminer et tout effacer",
            "nav",
            "Efface toutes les réponses et revient au début, après confirmation",
            self,
        )
        self.erase_button.clicked.connect(lambda: self.go(RESTART))
        self.body.addWidget(self.erase_button)

    def enter(self) -> None:
        chosen = self.context.documents
        for heading, labels in self.groups:
            for kind, label in labels.items():
                label.setVisible(kind in chosen)
            heading.setVisible(any(kind in chosen for kind in labels))
        self.how_to_post.setVisible(any(kind in LETTERS for kind in chosen))

    def next_page(self) -> str:
        return "ready"
