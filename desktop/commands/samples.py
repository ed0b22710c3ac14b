"""Invented sample answers that reach every screen and make every document.

Used by ``selftest``, ``screenshots`` and the tests; nobody real is described here.
"""

from __future__ import annotations

from desktop.core.answers import Answers

# Checked by tests/cli/test_selftest.py: valid for every document.
SAMPLE_ANSWERS: dict[str, object] = {
    "person": {
        "title": "Madame",
        "first_name": "Jeanne",
        "last_name": "Exemple",
        "birth_name": "Modèle",
        "birth_date": "1944-05-08",
        "birth_place": "Limoges",
        "address_lines": ["3 rue des Tilleuls"],
        "postal_code": "87000",
        "city": "Limoges",
        "phone": "05 55 12 34 56",
        "member_number": "123456",
    },
    "insurer": {
        "name": "Mutuelle Exemple",
        "address_lines": ["10 avenue de la Mutualité"],
        "postal_code": "75015",
        "city": "Paris",
    },
    "place": "Limoges",
    "first_letter_date": "2025-01-15",
    "insurer_informed_date": "2024-02-05",
    "family": [
        {
            "first_name": "Paul",
            "last_name": "Exemple",
            "birth_date": "1970-03-12",
            "relationship": "enfant",
        }
    ],
    "check": {
        "has_mutuelle": "oui",
        "insurer_id": "la-mutuelle-generale",
        "insurer_typed": "mutuelle generale",
        "card_reading": "almerys",
        "had_former_insurer": "oui",
        "former_insurer_id": "mutami",
        "former_insurer_typed": "mutami",
        "insurer_warned": "oui",
    },
}


def sample_answers() -> Answers:
    return Answers.from_dict(SAMPLE_ANSWERS)


SAMPLE_PREVIEW = "lettre-mutuelle"


def fill_with_samples(context: object) -> None:
    """Give a wizard context the sample answers, every document chosen, one previewed."""
    from desktop.documents import KINDS

    context.answers = sample_answers()  # type: ignore[attr-defined]
    context.documents = list(KINDS)  # type: ignore[attr-defined]
    context.preview_kind = SAMPLE_PREVIEW  # type: ignore[attr-defined]
