""" "Vérifiez vos réponses": before the documents, every answer they will print, screen by
screen, each with "Modifier", which leads to that screen and then straight back here."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.french_dates import format_long_date, parse_french_date
from desktop.ui.page import Page
from desktop.ui.screens.details import DETAIL_PAGES
from desktop.ui.screens.details.base import DetailPage, base_path, needed_fields, read_path
from desktop.ui.screens.details.person import NO_TITLE
from desktop.ui.screens.rebuilt_page import RebuiltPage
from desktop.ui.widgets import BigButton, Panel

REVIEW_PAGE = "review"
NOTHING = "Rien d'indiqué."


def shown_value(path: str, text: str) -> str:
    """A date as ``12 mars 1951``, anything else as typed."""
    day = parse_french_date(text) if path.endswith("date") else None
    return format_long_date(day) if day else text.strip()


class ReviewPage(RebuiltPage):
    page_id = REVIEW_PAGE
    heading_text = "Vérifiez vos réponses"

    def set_pages(self, pages: Mapping[str, Page]) -> None:
        """The window's screens, to read their field labels."""
        self.pages = pages

    def build(self) -> None:
        self.add_text(
            "Elles seront écrites sur vos documents. Pour en changer une, appuyez sur "
            "« Modifier » : vous reviendrez ensuite ici."
        )
        documents = self.context.documents
        for page_type in DETAIL_PAGES:
            page = getattr(self, "pages", {}).get(page_type.page_id)
            if not page_type.wanted(documents) or not isinstance(page, DetailPage):
                continue
            box = Panel(parent=self.content)
            box.add_text(page.heading_text, "subheading")
            for line in self.lines(page) or [NOTHING]:
                box.add_text(line)
            change = BigButton(
                "Modifier", "nav", f"Modifier les réponses : {page.heading_text}", box
            )
            change.setAccessibleName(f"Modifier : {page.heading_text}")
            change.clicked.connect(lambda _=False, target=page.page_id: self.change(target))
            box.body.addWidget(change)
            self.add(box)

    def lines(self, page: DetailPage) -> list[str]:
        answers = self.answers
        if page.page_id == "family":
            return [
                f"Personne {number} : {member.first_name} {member.last_name}".strip()
                + (
                    f", née ou né le {shown_value('date', member.birth_date)}"
                    if member.birth_date
                    else ""
                )
                for number, member in enumerate(answers.family, 1)
            ]
        lines = []
        if page.page_id == "identity" and answers.person.title not in ("", NO_TITLE):
            lines.append(f"Civilité : {answers.person.title}")
        needed = needed_fields(self.context.documents)
        for path, row in page.rows.items():
            text = read_path(answers, path)
            if text.strip() and base_path(path) in needed:
                lines.append(f"{row.base_label} : {shown_value(path, text)}")
        return lines

    def change(self, page_id: str) -> None:
        self.context.return_to = REVIEW_PAGE
        self.go(page_id)

    def next_page(self) -> str:
        return "ready"
