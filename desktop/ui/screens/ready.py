"""The end of the journey: one button per chosen document, then "C'est terminé"."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.documents import KINDS
from desktop.ui.forms import WrappingButton
from desktop.ui.page import Page
from desktop.ui.widgets import BigButton, Panel, Text

PREVIEW = "preview"
RESTART = "restart"  # MainWindow forgets everything and shows the welcome screen
LETTERS = ("plainte-bl2c", "lettre-mutuelle", "plainte-cnil")


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
            button = WrappingButton(f"Voir et imprimer : {title}", parent=self)
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
        for kind, button in self.view_buttons.items():
            button.setVisible(kind in self.context.documents)

    def open(self, kind: str) -> None:
        self.context.preview_kind = kind
        self.go(PREVIEW)

    def shown(self) -> list[WrappingButton]:
        return [button for button in self.view_buttons.values() if not button.isHidden()]

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
        self.body.addWidget(Text("Ce qu'il vous reste à faire :", "subheading", self))
        self.letter_lines = [
            Text("• " + line, parent=self)
            for line in (
                "Signez chaque lettre à la main.",
                "Mettez-la dans une enveloppe à fenêtre, timbrez-la et postez-la.",
                "Gardez une copie de chaque lettre, avec la date d'envoi.",
            )
        ]
        self.keep_line = Text("• Gardez vos documents dans un endroit sûr.", parent=self)
        for label in (*self.letter_lines, self.keep_line):
            self.body.addWidget(label)
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
        letters = any(kind in LETTERS for kind in self.context.documents)
        for label in self.letter_lines:
            label.setVisible(letters)

    def next_page(self) -> str:
        return "ready"
