"""Checks of the answers as the person meets them, found by mutation testing (mutmut survivors)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.validation import (
    REQUIRED,
    InvalidAnswers,
    Problem,
    fields_needed,
    fields_required,
    insurer_block,
    reply_deadline,
    validate_for,
)
from tests.core.test_validation import TODAY, sample


def test_the_problems_read_one_after_the_other() -> None:
    error = InvalidAnswers([Problem("person.city", "Indiquez votre commune."), Problem("a", "b.")])
    assert str(error) == "person.city : Indiquez votre commune.; a : b."


def test_required_and_printed_fields_per_document() -> None:
    assert fields_required("lettre-mutuelle") == set(REQUIRED["lettre-mutuelle"])
    assert "first_letter_date" in fields_required("plainte-cnil")
    assert fields_required("document-inconnu") == set()
    assert fields_needed("document-inconnu") == set()
    assert "person.nir" in fields_needed("lettre-mutuelle")


def test_an_address_of_blank_lines_is_missing() -> None:
    answers = sample()
    answers.person.address_lines = ["", "  "]
    problems = validate_for("lettre-mutuelle", answers, TODAY)
    assert Problem("person.address_lines", "Indiquez votre adresse (numéro et rue).") in problems


@pytest.mark.parametrize(
    "copied",
    [
        "Délégué à la protection des données",
        "Service DPO",
        "À l'attention du DPD",
        "Service juridique (DPO)",
    ],
)
def test_a_dpo_line_the_person_copied_is_not_added_again(copied: str) -> None:
    answers = sample()
    answers.insurer.address_lines = [copied, "12 rue du Port"]
    block = insurer_block(answers)
    assert len(block) == 4  # name, the copied line, the street, the town: no second DPO line
    assert "DELEGUE A LA PROTECTION DES DONNEES" not in block[2:]
    assert block[0] == "Mutuelle Exemple"


def test_a_cnil_letter_dated_today_waits_for_the_deadline() -> None:
    answers = sample()
    sent = dt.date(2026, 10, 1)
    answers.first_letter_date = sent.isoformat()
    answers.date = ""  # the letter is dated the day it is printed
    deadline = reply_deadline(sent)
    assert [p.field for p in validate_for("plainte-cnil", answers, deadline)] == [
        "first_letter_date"
    ]
    assert validate_for("plainte-cnil", answers, deadline + dt.timedelta(days=1)) == []


def test_a_title_other_than_madame_or_monsieur_is_refused() -> None:
    answers = sample()
    answers.person.title = "Docteur"
    assert validate_for("lettre-mutuelle", answers, TODAY) == [
        Problem("person.title", "Choisissez « Madame », « Monsieur » ou laissez vide.")
    ]


def test_a_birth_name_is_checked_like_a_name() -> None:
    answers = sample()
    answers.person.birth_name = "Dupont3"
    problems = validate_for("plainte-bl2c", answers, TODAY)
    assert [p.field for p in problems] == ["person.birth_name"]
    assert problems[0].message


def test_a_birth_date_after_the_letters_day_is_refused() -> None:
    answers = sample()
    answers.date = ""
    answers.first_letter_date = answers.insurer_informed_date = ""
    answers.family = []
    answers.person.birth_date = "2010-05-05"
    problems = validate_for("lettre-mutuelle", answers, dt.date(2000, 1, 1))
    assert (
        Problem(
            "person.birth_date", "Cette date de naissance est dans le futur : vérifiez l'année."
        )
        in problems
    )


def test_the_insurers_address_is_checked_only_where_it_is_printed() -> None:
    answers = sample()
    answers.insurer.address_lines = [f"Ligne {n}" for n in range(1, 8)]
    fields = {p.field for p in validate_for("lettre-mutuelle", answers, TODAY)}
    assert "insurer.address_lines" in fields
    fields = {p.field for p in validate_for("plainte-bl2c", answers, TODAY)}
    assert "insurer.address_lines" not in fields


def test_a_bad_postcode_of_the_insurer_is_refused() -> None:
    answers = sample()
    answers.insurer.postal_code = "7500"
    fields = [p.field for p in validate_for("lettre-mutuelle", answers, TODAY)]
    assert fields == ["insurer.postal_code"]


def test_the_family_is_checked_member_by_member() -> None:
    answers = sample()
    member = answers.family[0]
    member.last_name = ""
    assert validate_for("lettre-mutuelle", answers, TODAY) == [
        Problem("family[0].first_name", "Indiquez le prénom et le nom de ce membre de la famille.")
    ]
    member.last_name, member.first_name = "L'Haÿ", "Zoë3"
    assert [p.field for p in validate_for("lettre-mutuelle", answers, TODAY)] == [
        "family[0].first_name"
    ]
    member.last_name, member.first_name = "L'Haÿ9", "Zoë"
    assert [p.field for p in validate_for("lettre-mutuelle", answers, TODAY)] == [
        "family[0].last_name"
    ]


def test_a_family_member_born_after_the_letters_day_is_refused() -> None:
    answers = sample()
    answers.date = answers.first_letter_date = answers.insurer_informed_date = ""
    answers.person.birth_date = "1948-02-29"
    answers.family[0].birth_date = "2010-05-05"
    problems = validate_for("lettre-mutuelle", answers, dt.date(2000, 1, 1))
    assert [p.field for p in problems] == ["family[0].birth_date"]


def test_at_most_ten_family_members() -> None:
    answers = sample()
    answers.family = answers.family * 11
    assert Problem("family", "Indiquez au plus 10 membres de la famille.") in validate_for(
        "lettre-mutuelle", answers, TODAY
    )


def test_a_relationship_other_than_spouse_or_child_is_refused() -> None:
    answers = sample()
    answers.family[0].relationship = "cousin"
    assert validate_for("lettre-mutuelle", answers, TODAY) == [
        Problem("family[0].relationship", "Choisissez « conjoint » ou « enfant ».")
    ]


def test_an_impossible_letter_date_is_refused() -> None:
    answers = sample()
    answers.date = "31/02/2026"
    problems = validate_for("fiche-arnaques", answers, TODAY)
    assert [p.field for p in problems] == ["date"]
    assert problems[0].message.startswith("Écrivez la date comme ceci : 29/02/1948")


AFTER_LETTER = "Cette date est après la date de la lettre : vérifiez le jour et l'année."
BEFORE_2024 = "Cette date est avant 2024, avant le piratage de Viamedis et d'Almerys."


@pytest.mark.parametrize(
    ("field", "kind"),
    [("first_letter_date", "plan-demarches"), ("insurer_informed_date", "plainte-bl2c")],
)
def test_the_dates_of_the_story_lie_between_2024_and_the_letter(field: str, kind: str) -> None:
    answers = sample()  # the letter is dated 25/11/2026

    def problems(value: str) -> list[Problem]:
        setattr(answers, field, value)
        return validate_for(kind, answers, TODAY)

    assert problems("2026-11-25") == []  # the letter's own day
    assert problems("2024-01-01") == []
    assert problems("2026-11-26") == [Problem(field, AFTER_LETTER)]
    assert problems("2023-12-31") == [Problem(field, BEFORE_2024)]
    found = problems("31/02/2026")
    assert [p.field for p in found] == [field]
    assert found[0].message.startswith("Écrivez la date comme ceci : 29/02/1948")


def test_an_unknown_document_is_named() -> None:
    assert validate_for("affiche", sample(), TODAY) == [
        Problem("kind", "Document inconnu « affiche ».")
    ]


@pytest.mark.parametrize("kind", ["lettre-mutuelle", "plainte-cnil", "plainte-bl2c"])
def test_an_address_too_long_for_the_envelope_is_refused(kind: str) -> None:
    answers = sample()
    answers.first_letter_date = "2026-09-01"  # the CNIL delay is over
    answers.person.address_lines = [f"Ligne {n}" for n in range(1, 8)]
    assert "person.address_lines" in {p.field for p in validate_for(kind, answers, TODAY)}
