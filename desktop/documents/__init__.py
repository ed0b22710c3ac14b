"""Printed documents: ``render(kind, answers)`` returns PDF bytes (reportlab, imported lazily).

The window and the CLI call the same function, so a document prints the same from both.
"""

from __future__ import annotations

import datetime as dt
import importlib

from desktop.core.answers import Answers
from desktop.core.validation import InvalidAnswers, validate_for

# kind -> French title for buttons, in the order shown to the person.
KINDS: dict[str, str] = {
    "plainte-bl2c": "Lettre de plainte (police, BL2C)",
    "lettre-mutuelle": "Lettre à ma mutuelle (mes données)",
    "plainte-cnil": "Plainte à la CNIL (sans réponse de la mutuelle)",
    "fiche-arnaques": "Fiche anti-arnaques",
    "plan-demarches": "Mon plan de démarches",
    "journal-appels": "Carnet des appels et messages suspects",
    "resultat": "Résultat de la vérification",
}

_MODULES = {kind: "desktop.documents." + kind.replace("-", "_") for kind in KINDS}

__all__ = ["KINDS", "InvalidAnswers", "render"]


def render(kind: str, answers: Answers, today: dt.date | None = None) -> bytes:
    """Validate the answers for ``kind`` and return the PDF; raises :class:`InvalidAnswers`."""
    today = today or dt.date.today()
    problems = validate_for(kind, answers, today)
    if problems:
        raise InvalidAnswers(problems)
    module = importlib.import_module(_MODULES[kind])
    return module.render(answers, today)  # type: ignore[no-any-return]
