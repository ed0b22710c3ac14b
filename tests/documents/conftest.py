"""Sample answers (invented people) for the document tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from stdnum.fr import nir

from desktop.core.answers import Answers

TODAY = dt.date(2026, 11, 25)
# Born February 1948 in Ajaccio (Corse-du-Sud, 2A, commune 004): the key is computed by stdnum.
CORSICAN_NIR_BASE = "248022A004123"
CORSICAN_NIR = CORSICAN_NIR_BASE + nir.calc_check_digits(CORSICAN_NIR_BASE)


def eloise() -> dict[str, Any]:
    return {
        "person": {
            "title": "Madame",
            "first_name": "Éloïse Marie-Thérèse",
            "last_name": "Lœwenbrück-Dupont-Saint-Œuvray",
            "birth_date": "1948-02-29",
            "birth_place": "Saint-Étienne",
            "address_lines": [
                "Résidence les Glycines, bâtiment B",
                "12 bis avenue du Maréchal de Lattre de Tassigny",
            ],
            "postal_code": "42100",
            "city": "Saint-Étienne",
            "phone": "04 77 12 34 56",
            "nir": CORSICAN_NIR,
            "member_number": "AB-123456",
        },
        "insurer": {
            "name": "Mutuelle d’Exemple des Retraités de l’Ondaine",
            "address_lines": ["Service relations adhérents", "7 rue de l’Exemple"],
            "postal_code": "75009",
            "city": "Paris",
        },
        "family": [
            {"first_name": "Zoë", "last_name": "L’Haÿ", "birth_date": "12/03/1975"},
            {"first_name": "Anaïs", "last_name": "Lœwenbrück", "birth_date": "2001-07-14"},
        ],
        "place": "Saint-Étienne",
        "date": "2026-11-25",
        "first_letter_date": "2026-10-01",
        "insurer_informed_date": "2024-02-05",
        "check": {"has_mutuelle": "oui", "card_reading": "almerys"},
    }


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def answers() -> Answers:
    return Answers.from_dict(eloise())


@pytest.fixture
def long_answers() -> Answers:
    """Someone with a large family: the letters run over two pages."""
    raw = eloise()
    raw["person"]["title"] = "Monsieur"
    raw["person"]["first_name"] = "Jean-Baptiste"
    raw["check"] = {}
    raw["family"] = [
        {"first_name": f"Enfant {n}", "last_name": "Lœwenbrück", "birth_date": "2001-07-14"}
        for n in range(10)
    ]
    for member, name in zip(raw["family"], "ABCDEFGHIJ", strict=True):
        member["first_name"] = f"Françoise-{name}"
    return Answers.from_dict(raw)
