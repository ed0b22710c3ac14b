"""Type the name of the mutuelle (or the former one), then choose it among the suggestions."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.core.search import AMBIGUOUS, OPERATOR, lookup
from desktop.ui.forms import reveal_under
from desktop.ui.page import Page
from desktop.ui.widgets import BigButton, ChoiceGroup, Text

MAX_SUGGESTIONS = 5
NOT_FOUND = "Je ne la trouve pas"


def found_count(count: int) -> str:
    """ "Aucune mutuelle trouvée", "1 mutuelle trouvée", "3 mutuelles trouvées"."""
    if count == 0:
        return "Aucune mutuelle trouvée"
    return f"{count} mutuelle{'s' if count > 1 else ''} trouvée{'s' if count > 1 else ''}"


class InsurerNamePage(Page):
    page_id = "insurer_name"
    heading_text = "Quel est le nom de votre mutuelle ?"
    field_label = "Nom de votre mutuelle"
    id_field, typed_field = "insurer_id", "insurer_typed"
    after = "card"

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        label = QLabel(self.field_label, self)
        label.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(self.field_label)
        self.field.setMaxLength(80)
        label.setBuddy(self.field)
        self.body.addWidget(label)
        self.body.addWidget(self.field)
        self.status = Text("", parent=self)
        self.body.addWidget(self.status)
        self.suggestions = ChoiceGroup([(f"slot{i}", "") for i in range(MAX_SUGGESTIONS)], self)
        self.suggestions.setAccessibleName("Mutuelles trouvées")
        self.body.addWidget(self.suggestions)
        self.not_found = BigButton(
            NOT_FOUND, description="Passer à la question sur la carte de tiers payant", parent=self
        )
        self.body.addWidget(self.not_found)
        # Under the answers: the question, the field and the first names found stay in view.
        self.body.addWidget(
            Text("Il est écrit sur votre carte de mutuelle. Tapez le début du nom.", parent=self)
        )
        self.slot_ids: dict[str, str] = {}
        self.field.textChanged.connect(self.refresh)
        self.field.returnPressed.connect(self.take_single_match)
        self.not_found.clicked.connect(self._not_found)
        self.refresh("")

    def refresh(self, text: str) -> None:
        found = lookup(self.context.catalog, text)
        # Only the best match is offered, or the close ones when they are too close to call.
        matches = list(found.close[:MAX_SUGGESTIONS])
        previous = self.slot_ids.get(self.suggestions.value(), "")
        self.slot_ids = {}
        self.suggestions.set_value("")
        for index, button in enumerate(self.suggestions.buttons.values()):
            slot = f"slot{index}"
            if index < len(matches):
                insurer = matches[index].insurer
                button.setText(insurer.name)
                button.setAccessibleName(insurer.name)
                button.show()
                self.slot_ids[slot] = insurer.id
                if insurer.id == previous:
                    button.setChecked(True)
            else:
                button.hide()
        self.field.setAccessibleDescription(found_count(len(matches)) if text.strip() else "")
        if not text.strip():
            self.status.setText("")
        elif found.kind == OPERATOR and found.operator is not None:
            self.status.setText(
                f"{found.operator.message} Appuyez sur « {NOT_FOUND} » pour passer à la "
                "question sur la carte."
            )
        elif matches:
            self.status.setText(
                "Plusieurs noms sont proches. Choisissez le vôtre dans la liste :"
                if found.kind == AMBIGUOUS
                else "Choisissez votre mutuelle dans la liste :"
            )
            # At large text sizes the suggestions start below the fold: bring the first in,
            # without scrolling the question away.
            first = self.suggestions.buttons["slot0"]
            QTimer.singleShot(0, first, lambda: reveal_under(first, self.heading))
        else:
            self.status.setText(
                "Nous ne trouvons pas ce nom dans notre liste. Vérifiez l'orthographe, "
                f"ou appuyez sur « {NOT_FOUND} »."
            )

        if text.strip() and self.status.text():
            # The count first, then what to do: read when the suggestions change.
            self.field.setAccessibleDescription(
                f"{found_count(len(matches))}. {self.status.text()}"
            )

    def take_single_match(self) -> None:
        """Enter in the field with one suggestion only: that one is hers (shown chosen, then
        the window continues). With several, she chooses; with none, the message says why."""
        shown = self.suggestions.shown_buttons()
        if not self.suggestions.value() and len(shown) == 1 and self.field.text().strip():
            shown[0].setChecked(True)

    def _not_found(self) -> None:
        self.store()
        setattr(self.answers.check, self.id_field, "")
        self.go(self.after)

    def enter(self) -> None:
        chosen = getattr(self.answers.check, self.id_field)
        self.field.setText(getattr(self.answers.check, self.typed_field))
        for slot, insurer_id in self.slot_ids.items():
            if insurer_id == chosen:
                self.suggestions.set_value(slot)

    def store(self) -> None:
        setattr(self.answers.check, self.typed_field, self.field.text())
        setattr(self.answers.check, self.id_field, self.slot_ids.get(self.suggestions.value(), ""))

    def problems(self) -> list[str]:
        if self.suggestions.value():
            return []
        if not self.field.text().strip():
            return ["Tapez le nom de votre mutuelle, ou appuyez sur « Je ne la trouve pas »."]
        return [f"Choisissez votre mutuelle dans la liste, ou appuyez sur « {NOT_FOUND} »."]

    def next_page(self) -> str:
        return self.after

    def first_focus(self) -> QWidget | None:
        return self.field


class FormerInsurerNamePage(InsurerNamePage):
    page_id = "former_name"
    heading_text = "Quel était le nom de votre ancienne mutuelle ?"
    field_label = "Nom de votre ancienne mutuelle"
    id_field, typed_field = "former_insurer_id", "former_insurer_typed"
    after = "result"
