import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.fr import nir

from desktop.core.answers import Answers, FamilyMember
from desktop.core.fields import (
    check_birth_date,
    check_name,
    check_nir,
    check_phone,
    check_postal_code,
    format_phone,
)
from desktop.core.validation import REQUIRED, Problem, validate_for

TODAY = dt.date(2026, 11, 25)
CORSICAN_BASE = "248022A004123"
CORSICAN_NIR = CORSICAN_BASE + nir.calc_check_digits(CORSICAN_BASE)


def sample() -> Answers:
    raw: dict[str, Any] = {
        "person": {
            "title": "Madame",
            "first_name": "Éloïse",
            "last_name": "Lœwenbrück-Dupont-Saint-Œuvray",
            "birth_date": "1948-02-29",
            "birth_place": "Saint-Étienne",
            "address_lines": ["12 bis avenue du Maréchal de Lattre de Tassigny"],
            "postal_code": "42100",
            "city": "Saint-Étienne",
            "phone": "04 77 12 34 56",
            "nir": CORSICAN_NIR,
        },
        "insurer": {
            "name": "Mutuelle Exemple",
            "address_lines": ["1 rue de l'Exemple"],
            "postal_code": "75009",
            "city": "Paris",
        },
        "family": [{"first_name": "Zoë", "last_name": "L'Haÿ", "birth_date": "12/03/1975"}],
        "place": "Saint-Étienne",
        "date": "2026-11-25",
        "first_letter_date": "2026-10-01",
        "insurer_informed_date": "2024-02-05",
    }
    return Answers.from_dict(raw)


@pytest.mark.parametrize("kind", sorted(REQUIRED))
def test_sample_is_valid_for_every_document(kind: str) -> None:
    assert validate_for(kind, sample(), TODAY) == []


def test_empty_answers_give_french_problems() -> None:
    problems = validate_for("plainte-bl2c", Answers(), TODAY)
    fields = {p.field for p in problems}
    assert {"person.last_name", "person.birth_date", "person.phone", "insurer.name"} <= fields
    assert all(p.message.endswith(".") for p in problems)


def test_answers_are_not_mutated() -> None:
    answers = sample()
    answers.person.first_name = "  Éloïse  "
    before = answers.to_dict()
    validate_for("lettre-mutuelle", answers, TODAY)
    assert answers.to_dict() == before


def test_cnil_letter_waits_one_month() -> None:
    answers = sample()
    answers.first_letter_date = "2026-11-01"
    problems = validate_for("plainte-cnil", answers, TODAY)
    assert problems == [
        Problem(
            "first_letter_date",
            "Votre mutuelle a un mois pour répondre à partir du jour où elle reçoit votre "
            "lettre : vous pourrez écrire à la CNIL après le 6 décembre 2026. "
            "Décochez la plainte à la CNIL ; votre plan de démarches vous dira quand l'envoyer.",
        )
    ]


def test_family_member_paths() -> None:
    answers = sample()
    answers.family.append(FamilyMember("Jean", "Dupont", "2099-01-01"))
    problems = validate_for("lettre-mutuelle", answers, TODAY)
    assert [p.field for p in problems] == ["family[1].birth_date"]


def test_long_street_refused_with_message() -> None:
    answers = sample()
    answers.person.address_lines = ["x" * 120]
    problems = validate_for("lettre-mutuelle", answers, TODAY)
    assert problems[0].field == "person.address_lines"
    assert "38" in problems[0].message


def test_unknown_kind() -> None:
    assert validate_for("lettre-au-pere-noel", sample(), TODAY)[0].field == "kind"


@pytest.mark.parametrize("text", [CORSICAN_NIR, "2 95 10 99 126 111 93", "253072B07300470", ""])
def test_valid_nir(text: str) -> None:
    assert check_nir(text) is None


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("295109912611199", "clé"),
        ("29510991261", "15 chiffres"),
        ("753072B07300470", "provisoire"),
        ("2951O9912611193", "chiffres"),
        ("595109912611193", "commence par 1 ou 2"),
    ],
)
def test_bad_nir(text: str, hint: str) -> None:
    message = check_nir(text)
    assert message is not None and hint in message


@pytest.mark.parametrize(
    ("text", "ok"),
    [("42100", True), ("42 100", True), ("4210", False), ("00100", False), ("ABCDE", False)],
)
def test_postal_code(text: str, ok: bool) -> None:
    assert (check_postal_code(text) is None) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("1948-02-29", True),
        ("29/02/1948", True),
        ("29/02/1949", False),
        ("01/01/1899", False),
        ("01/01/2027", False),
        ("demain", False),
    ],
)
def test_birth_date(text: str, ok: bool) -> None:
    assert (check_birth_date(text, TODAY) is None) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Lœwenbrück-Dupont-Saint-Œuvray", True),
        ("d’Aÿ", True),
        ("O'Neill", True),
        ("Jean 2", False),
        ("Marie 😀", False),
        ("Ivan\u0007", False),
        ("Иван", False),
        ("x" * 61, False),
    ],
)
def test_name(text: str, ok: bool) -> None:
    assert (check_name(text) is None) is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("04 77 12 34 56", True),
        ("04.77.12.34.56", True),
        ("+33 4 77 12 34 56", True),
        ("0033477123456", True),
        ("", True),
        ("12345", False),
        ("00 77 12 34 56", False),
    ],
)
def test_phone(text: str, ok: bool) -> None:
    assert (check_phone(text) is None) is ok


def test_format_phone() -> None:
    assert format_phone("+33477123456") == "04\u00a077\u00a012\u00a034\u00a056"


@given(st.text(max_size=200))
def test_checks_never_crash(text: str) -> None:
    for check in (check_nir, check_name, check_phone, check_postal_code, check_birth_date):
        result = check(text)
        assert result is None or isinstance(result, str)


# --- issue 12: the DPO line, the one-month rule, fields a document does not print ----------


def test_dpo_line_added_when_absent() -> None:
    from desktop.core.validation import insurer_block

    assert insurer_block(sample()) == [
        "Mutuelle Exemple",
        "DELEGUE A LA PROTECTION DES DONNEES",
        "1 RUE DE L'EXEMPLE",
        "75009 PARIS",
    ]


@pytest.mark.parametrize(
    "copied", ["Délégué à la protection des données", "DPO", "À l'attention du DPD"]
)
def test_dpo_line_not_doubled_and_six_lines_fit(copied: str) -> None:
    from desktop.core.validation import insurer_block

    answers = sample()
    answers.insurer.address_lines = [copied, "Service juridique", "12 rue du Port", "CS 12345"]
    answers.insurer.city = "Paris Cedex 09"
    assert validate_for("lettre-mutuelle", answers, TODAY) == []
    block = insurer_block(answers)
    assert len(block) == 6
    assert sum("DONNEES" in line or "DP" in line for line in block) == 1
    assert block[-1] == "75009 PARIS CEDEX 09"


def test_full_address_without_dpo_keeps_its_lines() -> None:
    """Six lines already: the DPO line would not fit, so the address is kept as typed."""
    from desktop.core.validation import insurer_block

    answers = sample()
    answers.insurer.address_lines = ["Service juridique", "Bâtiment C", "12 rue du Port", "CS 1"]
    assert validate_for("lettre-mutuelle", answers, TODAY) == []
    assert insurer_block(answers)[1] == "SERVICE JURIDIQUE"


def test_reply_deadline_counts_the_post_then_one_month() -> None:
    from desktop.core.validation import POST_DAYS, reply_deadline

    assert POST_DAYS == 5
    assert reply_deadline(dt.date(2026, 10, 1)) == dt.date(2026, 11, 6)
    assert reply_deadline(dt.date(2027, 1, 26)) == dt.date(2027, 2, 28)  # 31 Jan + 1 month


def test_cnil_check_uses_the_same_deadline() -> None:
    from desktop.core.validation import reply_deadline

    answers = sample()
    sent = dt.date(2026, 10, 1)
    answers.first_letter_date = sent.isoformat()
    answers.date = reply_deadline(sent).isoformat()
    assert [p.field for p in validate_for("plainte-cnil", answers, TODAY)] == ["first_letter_date"]
    answers.date = (reply_deadline(sent) + dt.timedelta(days=1)).isoformat()
    assert validate_for("plainte-cnil", answers, TODAY) == []


def test_bad_postcode_does_not_block_the_blank_call_log() -> None:
    answers = sample()
    answers.person.postal_code = "4210"
    answers.person.nir = "123"
    assert validate_for("journal-appels", answers, TODAY) == []
    assert validate_for("fiche-arnaques", answers, TODAY) == []
    assert "person.postal_code" in {
        p.field for p in validate_for("lettre-mutuelle", answers, TODAY)
    }


def test_family_member_relationship_is_conjoint_or_enfant() -> None:
    answers = sample()
    answers.family = [FamilyMember("Jean", "Dupont", "", "cousin")]
    problems = validate_for("lettre-mutuelle", answers, TODAY)
    assert [p.field for p in problems] == ["family[0].relationship"]
    assert all(p.message.endswith(".") for p in problems)
