"""Bad input, all of it: each value is accepted and printed correctly, or refused with a
French message that says how to fix it. Nothing crashes; the answers keep what was typed."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from stdnum.fr import nir

from desktop.core.answers import Answers
from desktop.core.validation import InvalidAnswers, validate_for
from desktop.documents import render
from tests.documents.conftest import TODAY, eloise

# (answer path, kind of document that prints it)
FIELDS = [
    ("person.first_name", "lettre-mutuelle"),
    ("person.last_name", "lettre-mutuelle"),
    ("person.birth_place", "plainte-bl2c"),
    ("person.city", "lettre-mutuelle"),
    ("person.postal_code", "lettre-mutuelle"),
    ("person.phone", "plainte-bl2c"),
    ("person.nir", "lettre-mutuelle"),
    ("person.member_number", "lettre-mutuelle"),
    ("person.address_lines", "lettre-mutuelle"),
    ("insurer.name", "lettre-mutuelle"),
    ("insurer.city", "lettre-mutuelle"),
    ("insurer.address_lines", "lettre-mutuelle"),
    ("place", "lettre-mutuelle"),
]
BAD_VALUES = {
    "empty": "",
    "500 characters": "a" * 500,
    "emoji": "Jean 😀",
    "right-to-left": "עברית",
    "control character": "Jean\x07Paul",
    "zero-width": "Jean\u200bPaul",
}
FIX_WORDS = (
    "retirez",
    "vérifiez",
    "indiquez",
    "écrivez",
    "tapez",
    "effacez",
    "recopiez",
    "laissez",
    "choisissez",
    "raccourcissez",
    "utilisez",
    "comparez",
    "au plus",
)


def answers_with(path: str, value: str) -> Answers:
    raw = eloise()
    target = raw
    *parents, leaf = path.split(".")
    for part in parents:
        target = target[part]
    target[leaf] = [value] if leaf == "address_lines" else value
    return Answers.from_dict(raw)


def value_at(answers: Answers, path: str) -> str:
    target: object = answers
    for part in path.split("."):
        target = getattr(target, part)
    return target[0] if isinstance(target, list) else str(target)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def assert_kind_refusal(problems, path: str) -> None:  # type: ignore[no-untyped-def]
    mine = [p for p in problems if p.field.startswith(path.split("[")[0])]
    assert mine, f"no problem reported for {path}: {problems}"
    for problem in mine:
        assert problem.message.endswith((".", "»")) and len(problem.message) > 20
        assert any(word in problem.message.lower() for word in FIX_WORDS), problem.message


@pytest.mark.parametrize(("path", "kind"), FIELDS)
@pytest.mark.parametrize("label", list(BAD_VALUES))
def test_each_field_accepts_and_prints_or_refuses_kindly(path: str, kind: str, label: str) -> None:
    value = BAD_VALUES[label]
    answers = answers_with(path, value)
    problems = validate_for(kind, answers, TODAY)
    if any(p.field.startswith(path) for p in problems):
        assert_kind_refusal(problems, path)
        with pytest.raises(InvalidAnswers):
            render(kind, answers, TODAY)
    else:
        assert label == "empty", (path, label)  # only an optional field may stay empty
        assert render(kind, answers, TODAY).startswith(b"%PDF")
    # nothing typed is lost: the answers still hold the raw value
    assert value_at(answers, path) == value


@pytest.mark.parametrize(("path", "kind"), FIELDS)
def test_surrounding_spaces_are_ignored(path: str, kind: str) -> None:
    raw = eloise()
    original = answers_with(path, "")
    target = raw
    *parents, leaf = path.split(".")
    for part in parents:
        target = target[part]
    current = target[leaf]
    target[leaf] = (
        [f"   {line}  " for line in current] if isinstance(current, list) else f"  {current}  "
    )
    padded = Answers.from_dict(raw)
    assert validate_for(kind, padded, TODAY) == []
    assert original is not None
    render(kind, padded, TODAY)


def nir_with_key(base: str) -> str:
    return base + nir.calc_check_digits(base)


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        (nir_with_key("1480242218004"), True),
        (nir_with_key("248022A004123"), True),  # Corsica 2A
        (nir_with_key("148022B004123"), True),  # Corsica 2B
        (nir_with_key("1480242218004")[:-2] + "00", False),  # wrong key
        ("14802422180", False),  # wrong length
        (nir_with_key("7480242218004"), False),  # temporary number
        ("1 48 02 42 218 004 " + nir.calc_check_digits("1480242218004"), True),  # with spaces
    ],
)
def test_nir_cases(value: str, accepted: bool) -> None:
    answers = answers_with("person.nir", value)
    problems = [
        p for p in validate_for("lettre-mutuelle", answers, TODAY) if p.field == "person.nir"
    ]
    assert (problems == []) is accepted, problems
    if accepted:
        for kind in ("lettre-mutuelle", "plainte-bl2c"):
            text = pdf_text(render(kind, answers, TODAY)).replace(" ", "")
            assert "Numérodesécuritésociale:" + value.replace(" ", "") in text
    else:
        assert "carte Vitale" in problems[0].message


@pytest.mark.parametrize(
    ("code", "city", "accepted", "last_line"),
    [
        ("00000", "Paris", False, ""),
        ("97100", "Basse-Terre", True, "97100 BASSE TERRE"),
        ("97411", "Saint-Denis", True, "97411 ST DENIS"),
        ("98000", "Monaco", True, "98000 MONACO"),
        ("4210", "Saint-Étienne", False, ""),
    ],
)
def test_postal_codes(code: str, city: str, accepted: bool, last_line: str) -> None:
    raw = eloise()
    raw["person"]["postal_code"], raw["person"]["city"] = code, city
    answers = Answers.from_dict(raw)
    problems = [
        p
        for p in validate_for("lettre-mutuelle", answers, TODAY)
        if p.field == "person.postal_code"
    ]
    assert (problems == []) is accepted
    if accepted:
        assert last_line in pdf_text(render("lettre-mutuelle", answers, TODAY))


@pytest.mark.parametrize(
    ("birth_date", "accepted"),
    [
        ("2030-01-01", False),
        ("1899-12-31", False),
        ("29/02/1948", True),
        ("31/02/1948", False),
        ("1948-02-29", True),
        ("hier", False),
    ],
)
def test_birth_dates(birth_date: str, accepted: bool) -> None:
    answers = answers_with("person.birth_date", birth_date)
    problems = [
        p for p in validate_for("lettre-mutuelle", answers, TODAY) if p.field == "person.birth_date"
    ]
    assert (problems == []) is accepted, problems
    if not accepted:
        assert_kind_refusal(problems, "person.birth_date")
