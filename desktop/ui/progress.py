"""Where she is on her path: "Partie 1 sur 3 : vérifier — question 2 sur 5".

The parts and their lengths are computed from her answers so far, for the path she is on:
"Non" to a mutuelle skips the name and the card, the detail screens are those her chosen
documents need. An answer not given yet counts its longest branch, so the count never
grows later: it may only get shorter as she answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.answers import CheckAnswers
    from desktop.ui.page import WizardContext

PARTS = ("vérifier", "comprendre", "préparer vos documents")
UNDERSTAND = ("result", "next_steps")
PREPARE_END = ("ready", "finish")
OUTSIDE_PATH = ("welcome", "sources", "words", "result_why", "preview")


def check_path(check: CheckAnswers) -> list[str]:
    """The question screens of part 1 she goes through (see each screen's ``next_page``)."""
    path = ["has_mutuelle"]
    if check.has_mutuelle != "non":
        if check.has_mutuelle in ("oui", ""):
            path.append("insurer_name")
        path.append("card")
    path.append("former")
    if check.had_former_insurer in ("oui", ""):
        path.append("former_name")
    return path


def prepare_path(documents: list[str]) -> list[str]:
    from desktop.ui.screens.details import DETAIL_PAGES  # the detail screens load when asked

    details = [page.page_id for page in DETAIL_PAGES if page.wanted(documents)]
    review = ["review"] if details else []
    return ["warned", "documents", *details, *review, *PREPARE_END]


def progress_text(page_id: str, context: WizardContext) -> tuple[str, str]:
    """The line above the heading and its short form, or "" for screens outside the path
    (welcome, sources, difficult words, the preview of a document)."""
    if page_id in OUTSIDE_PATH:
        return "", ""  # the welcome screen asks for nothing more (and loads nothing more)
    parts = (
        check_path(context.answers.check),
        list(UNDERSTAND),
        prepare_path(context.documents),
    )
    for number, path in enumerate(parts, 1):
        if page_id in path:
            part = f"partie {number} sur {len(PARTS)}"
            unit = "question" if number == 1 else "page"
            here = f"{unit} {path.index(page_id) + 1}"
            if not (number == 3 and not context.documents):  # else it depends on her choice
                here += f" sur {len(path)}"
            long = f"{part.capitalize()} : {PARTS[number - 1]} — {here}"
            return long, f"{here.capitalize()} — {part}"
    return "", ""
