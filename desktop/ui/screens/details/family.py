"""Detail screen: the family members covered by the same contract (add, remove)."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.core.answers import FamilyMember
from desktop.core.validation import MAX_FAMILY
from desktop.ui.forms import LabelledField
from desktop.ui.screens.details.base import DetailPage
from desktop.ui.widgets import BigButton, ChoiceGroup, Panel

_INDEX = re.compile(r"^family\[(\d+)\]")
RELATIONSHIPS = (("conjoint", "Conjoint ou conjointe"), ("enfant", "Enfant"))


class FamilyPage(DetailPage):
    page_id = "family"
    heading_text = "Qui d'autre est couvert par votre contrat ?"
    owns = ("family",)
    intro = (
        "Votre mutuelle couvre peut-être aussi votre conjoint ou vos enfants. Leurs données "
        "ont pu être touchées aussi. Si vous les ajoutez, la lettre demandera ce qui les concerne : "
        "pour les enfants mineurs, c'est vous qui demandez ; chaque adulte, ou toute personne "
        "sans date de naissance, signe la lettre sous votre signature. Sinon, appuyez simplement "
        "sur « Continuer »."
    )

    def build(self) -> None:
        self.relationships: list[ChoiceGroup] = []
        self.panels: list[Panel] = []
        self.panel_rows: list[dict[str, LabelledField]] = []
        self.add_button = BigButton(
            "Ajouter une personne", description="Ajouter un membre de la famille", parent=self
        )
        self.add_button.clicked.connect(self.add_member)
        self.body.addWidget(self.add_button)

    def make_panel(self) -> None:
        """A box for one more person, placed (and put in the tab order) before "Ajouter"."""
        index = len(self.panels)
        where = f"family[{index}]"
        panel = Panel(parent=self)
        panel.add_text(f"Personne {index + 1}", "subheading")
        rows = [
            self.add_field(f"{where}.first_name", "Prénom", layout=panel.body),
            self.add_field(f"{where}.last_name", "Nom de famille", layout=panel.body),
            self.add_date(f"{where}.birth_date", "Date de naissance", "12/03/1975", panel.body),
        ]
        panel.add_text("Qui est-ce pour vous ? (facultatif)")
        relationship = ChoiceGroup(RELATIONSHIPS, panel)
        relationship.setAccessibleName(f"Personne {index + 1} : qui est-ce pour vous ?")
        panel.body.addWidget(relationship)
        self.relationships.append(relationship)
        remove = BigButton(f"Retirer la personne {index + 1}", parent=panel)
        remove.clicked.connect(lambda _=False, i=index: self.remove_member(i))
        panel.body.addWidget(remove)
        self.body.insertWidget(self.body.indexOf(self.add_button), panel)
        choices = list(relationship.buttons.values())
        chain = [row.field for row in rows] + choices + [remove, self.add_button]
        QWidget.setTabOrder(self.add_button.previousInFocusChain(), chain[0])
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.panels.append(panel)
        self.panel_rows.append({k: v for k, v in self.rows.items() if k.startswith(where)})

    def enter(self) -> None:
        count = min(len(self.answers.family), MAX_FAMILY)
        while len(self.panels) < count:
            self.make_panel()
        self.rows = {k: v for rows in self.panel_rows[:count] for k, v in rows.items()}
        for index, panel in enumerate(self.panels):
            panel.setVisible(index < count)
        self.add_button.setVisible(count < MAX_FAMILY)
        super().enter()
        for path, row in self.rows.items():
            row.set_optional(path.endswith("birth_date"))
        for member, choice in zip(self.answers.family, self.relationships, strict=False):
            choice.set_value(member.relationship)

    def store(self) -> None:
        super().store()
        for member, choice in zip(self.answers.family, self.relationships, strict=False):
            member.relationship = choice.value()

    def add_member(self) -> None:
        self.store()
        self.answers.family.append(FamilyMember())
        self.enter()
        self.rows[f"family[{len(self.answers.family) - 1}].first_name"].focus()

    def remove_member(self, index: int) -> None:
        self.store()
        del self.answers.family[index]
        self.enter()
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_buttons(self) -> list[BigButton]:
        """The "Retirer" buttons of the people shown."""
        return [panel.findChild(BigButton) for panel in self.panels if not panel.isHidden()]

    def summary_line(self, key: str | None, message: str) -> str:
        match = _INDEX.match(key or "")
        return f"Personne {int(match[1]) + 1} : {message}" if match else message

    def first_focus(self) -> QWidget | None:
        return super().first_focus()  # the question when nobody is added: Enter continues
