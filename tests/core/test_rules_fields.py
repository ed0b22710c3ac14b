"""Rules on what the person types that decide what the letters carry (kill-the-mutant tests).

- A temporary social security number (starting with 7 or 8) is flagged, with the sentence that
  says why, both field by field and when a document is asked for.
- Postcodes 96xxx and 99xxx (and 00xxx) do not exist in France: refused; the overseas ones
  (97xxx, 98xxx) and Corsica (20xxx) are accepted.
"""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.fr import nir

from desktop.core.answers import Answers
from desktop.core.fields import check_nir, check_postal_code
from desktop.core.validation import validate_for

TODAY = dt.date(2026, 11, 25)


def temporary_nir(first: str) -> str:
    """A 15-character number starting with ``first`` (its key computed like a real one)."""
    base = first + "480299123456"
    return base + nir.calc_check_digits(base)


def answers_with(**person: str) -> Answers:
    raw = {
        "person": {
            "first_name": "Marie",
            "last_name": "Martin",
            "birth_date": "12/03/1948",
            "birth_place": "Lyon",
            "address_lines": ["3 rue des Lilas"],
            "postal_code": "69003",
            "city": "Lyon",
            **person,
        },
        "insurer": {"name": "Mutuelle Exemple", "address_lines": ["1 rue A"]},
        "date": "2026-11-25",
    }
    raw["insurer"].update({"postal_code": "75009", "city": "Paris"})
    return Answers.from_dict(raw)


def problems(kind: str, answers: Answers) -> dict[str, str]:
    return {p.field: p.message for p in validate_for(kind, answers, TODAY)}


@pytest.mark.parametrize("first", ["7", "8"])
@pytest.mark.parametrize("spaced", [False, True])
def test_a_temporary_nir_is_flagged(first: str, spaced: bool) -> None:
    number = temporary_nir(first)
    typed = (
        " ".join([number[0], number[1:3], number[3:5], number[5:7], number[7:]])
        if spaced
        else number
    )
    message = check_nir(typed)
    assert message is not None
    assert "provisoire" in message
    assert "laissez ce champ vide" in message


def test_a_temporary_nir_stops_the_letter_with_the_same_sentence() -> None:
    found = problems("lettre-mutuelle", answers_with(nir=temporary_nir("8")))
    assert "provisoire" in found["person.nir"]


def test_a_definitive_nir_is_not_flagged_as_temporary() -> None:
    base = "2480299123456"
    number = base + nir.calc_check_digits(base)
    assert check_nir(number) is None
    assert "person.nir" not in problems("lettre-mutuelle", answers_with(nir=number))


@pytest.mark.parametrize("code", ["96000", "96123", "99000", "99999", "00100"])
def test_postcodes_that_do_not_exist_are_refused(code: str) -> None:
    message = check_postal_code(code)
    assert message == "Ce code postal n'existe pas en France : vérifiez les 2 premiers chiffres."
    assert "person.postal_code" in problems("lettre-mutuelle", answers_with(postal_code=code))


@pytest.mark.parametrize("code", ["97400", "97100", "98800", "20000", "01000", "95000"])
def test_real_postcodes_are_accepted(code: str) -> None:
    assert check_postal_code(code) is None
