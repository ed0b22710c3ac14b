"""desktop/core/answers.py: answers kept exactly as typed, read back from a dictionary field by
field, and a wrong shape refused with a French sentence naming the field."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import pytest

from desktop.core.answers import (
    Answers,
    AnswersFormatError,
    CheckAnswers,
    FamilyMember,
    InsurerContact,
    Person,
)


def every_field_filled() -> dict[str, Any]:
    """A dictionary where each text is unique to its field (a field read from another key, or
    not read, shows)."""

    def texts(kind: type[Any], where: str) -> dict[str, Any]:
        return {
            f.name: [f"{where}.{f.name}.1", f"{where}.{f.name}.2"]
            if f.name == "address_lines"
            else f"{where}.{f.name}"
            for f in fields(kind)
        }

    return {
        "person": texts(Person, "person"),
        "insurer": texts(InsurerContact, "insurer"),
        "family": [texts(FamilyMember, "family0"), texts(FamilyMember, "family1")],
        "place": "place",
        "date": "date",
        "first_letter_date": "first_letter_date",
        "insurer_informed_date": "insurer_informed_date",
        "check": texts(CheckAnswers, "check"),
    }


def test_every_field_is_read_from_its_own_key_and_written_back() -> None:
    raw = every_field_filled()
    answers = Answers.from_dict(raw)
    assert answers.to_dict() == raw
    assert answers.person.address_lines == ["person.address_lines.1", "person.address_lines.2"]
    assert answers.family[1].relationship == "family1.relationship"
    assert Answers.from_dict(answers.to_dict()) == answers


def test_empty_answers_are_empty_texts_and_lists() -> None:
    empty = Answers.from_dict({})
    assert empty == Answers()
    assert empty.person.address_lines == [] and empty.family == []
    assert all(value == "" for key, value in empty.to_dict()["check"].items())
    assert Answers.from_dict({"person": None, "family": None, "place": None}) == Answers()
    assert Answers.from_dict({"person": {"address_lines": [None]}}).person.address_lines == [""]


def test_absent_fields_of_a_part_stay_empty() -> None:
    answers = Answers.from_dict({"person": {"last_name": "Martin"}, "family": [{}]})
    assert answers.person == Person(last_name="Martin")
    assert answers.family == [FamilyMember()]


def test_numbers_become_the_text_written() -> None:
    answers = Answers.from_dict(
        {"person": {"postal_code": 75014, "address_lines": [12, "rue"]}, "place": 2.5}
    )
    assert answers.person.postal_code == "75014"
    assert answers.person.address_lines == ["12", "rue"]
    assert answers.place == "2.5"


def refusal(raw: object) -> str:
    with pytest.raises(AnswersFormatError) as caught:
        Answers.from_dict(raw)
    return str(caught.value)


@pytest.mark.parametrize("raw", [[], "x", None, 3])
def test_the_answers_must_be_an_object(raw: object) -> None:
    assert refusal(raw) == "Le fichier de réponses doit contenir un objet JSON { … }."


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"place": True}, "« place » doit être un texte."),
        ({"date": ["2024"]}, "« date » doit être un texte."),
        ({"first_letter_date": {}}, "« first_letter_date » doit être un texte."),
        ({"insurer_informed_date": False}, "« insurer_informed_date » doit être un texte."),
        ({"person": {"city": False}}, "« person.city » doit être un texte."),
        ({"insurer": {"address_lines": [True]}}, "« insurer.address_lines » doit être un texte."),
        ({"check": {"card_reading": []}}, "« check.card_reading » doit être un texte."),
        ({"family": [{}, {"birth_date": {}}]}, "« family[1].birth_date » doit être un texte."),
        ({"person": "Martin"}, "« person » doit être un objet { … }."),
        ({"insurer": []}, "« insurer » doit être un objet { … }."),
        ({"check": 1}, "« check » doit être un objet { … }."),
        ({"family": [{}, "Léa"]}, "« family[1] » doit être un objet { … }."),
        ({"family": "Léa"}, "« family » doit être une liste [ … ]."),
        (
            {"person": {"address_lines": "1 rue"}},
            "« person.address_lines » doit être une liste [ … ].",
        ),
    ],
)
def test_a_wrong_shape_names_the_field(raw: object, message: str) -> None:
    assert refusal(raw) == message


def test_the_error_is_a_value_error() -> None:
    assert issubclass(AnswersFormatError, ValueError)


def test_lists_are_not_shared_between_answers() -> None:
    first, second = Answers(), Answers()
    first.person.address_lines.append("1 rue")
    first.family.append(FamilyMember(first_name="Léa"))
    assert second.person.address_lines == [] and second.family == []
    assert InsurerContact().address_lines is not InsurerContact().address_lines
