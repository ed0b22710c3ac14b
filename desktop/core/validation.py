"""Checks on the person's answers, with plain French messages that say how to fix each problem.

:func:`validate_for` checks everything a document needs, with the single-field checks of
:mod:`desktop.core.fields`. Values are stripped when used; the
answers themselves are never changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.answers import Answers, Person
from desktop.core.fields import (
    MAX_ADDRESS_LINE,
    MAX_MEMBER_NUMBER,
    MAX_PLACE,
    check_birth_date,
    check_date_text,
    check_name,
    check_nir,
    check_phone,
    check_place,
    check_postal_code,
    check_text,
)
from desktop.core.french_dates import add_one_month, format_long_date, parse_french_date
from desktop.core.postal import AddressTooLong, format_address, postal_capitals

MAX_FAMILY = 10
EARLIEST_NOTICE = dt.date(2024, 1, 1)
TITLES = ("Madame", "Monsieur")
DPO_LINE = "Délégué à la protection des données"
# Our own margin for a letter to travel (not a La Poste figure): the month runs from receipt.
POST_DAYS = 5
RELATIONSHIPS = ("conjoint", "enfant")


@dataclass(frozen=True)
class Problem:
    field: str  # dotted path, e.g. "person.nir", "family[0].birth_date"
    message: str  # one plain French sentence: what is wrong and how to fix it


class InvalidAnswers(ValueError):  # noqa: N818 (name given by the brief)
    """The answers cannot make this document; ``problems`` says why, in French."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field} : {p.message}" for p in problems))
        self.problems = problems


# --- per-document requirements ---------------------------------------------------------------

_REQUIRED_MESSAGES: dict[str, str] = {
    "person.first_name": "Indiquez votre prénom.",
    "person.last_name": "Indiquez votre nom de famille.",
    "person.birth_date": "Indiquez votre date de naissance, par exemple 29/02/1948.",
    "person.birth_place": "Indiquez votre lieu de naissance (commune).",
    "person.address_lines": "Indiquez votre adresse (numéro et rue).",
    "person.postal_code": "Indiquez votre code postal (5 chiffres).",
    "person.city": "Indiquez votre commune.",
    "person.phone": "Indiquez un numéro de téléphone où la police peut vous joindre.",
    "insurer.name": "Indiquez le nom de votre mutuelle.",
    "insurer.address_lines": (
        "Recopiez l'adresse de votre mutuelle depuis sa lettre ou votre contrat (numéro et rue)."
    ),
    "insurer.postal_code": "Indiquez le code postal de votre mutuelle (5 chiffres).",
    "insurer.city": "Indiquez la commune de votre mutuelle.",
    "insurer_informed_date": (
        "Indiquez la date à laquelle votre mutuelle vous a prévenu du piratage, "
        "par exemple 05/02/2024."
    ),
    "first_letter_date": (
        "Indiquez la date d'envoi de votre lettre à la mutuelle, par exemple 01/10/2026."
    ),
}

_IDENTITY = ("person.first_name", "person.last_name", "person.birth_date")
_ADDRESS = ("person.address_lines", "person.postal_code", "person.city")
_INSURER_ADDRESS = (
    "insurer.name",
    "insurer.address_lines",
    "insurer.postal_code",
    "insurer.city",
)

REQUIRED: dict[str, tuple[str, ...]] = {
    "plainte-bl2c": (
        *_IDENTITY,
        "person.birth_place",
        *_ADDRESS,
        "person.phone",
        "insurer.name",
        "insurer_informed_date",
    ),
    "lettre-mutuelle": (*_IDENTITY, *_ADDRESS, *_INSURER_ADDRESS),
    "plainte-cnil": (*_IDENTITY, *_ADDRESS, *_INSURER_ADDRESS, "first_letter_date"),
    "fiche-arnaques": (),
    "plan-demarches": (),
    "journal-appels": (),
    "resultat": (),
}


# Details a document prints when the person gives them (they may stay empty).
OPTIONAL: dict[str, tuple[str, ...]] = {
    "plainte-bl2c": (
        "person.title",
        "person.birth_name",
        "person.nir",
        "person.member_number",
        "place",
    ),
    "lettre-mutuelle": (
        "person.title",
        "person.phone",
        "person.nir",
        "person.member_number",
        "family",
        "place",
    ),
    "plainte-cnil": ("person.title", "person.phone", "place"),
    "fiche-arnaques": (),
    "plan-demarches": (),
    "journal-appels": (),
    "resultat": (),
}


# Answers a sheet reads without asking for them (it adapts when they are empty).
_ALSO_USED: dict[str, tuple[str, ...]] = {
    "plan-demarches": ("insurer.name", "first_letter_date"),
}


def _root(field: str) -> str:
    """``family[0].birth_date`` -> ``family``; ``person.address_lines[1]`` -> its list."""
    return field.split("[", 1)[0]


def fields_needed(kind: str) -> set[str]:
    """Every answer path ``kind`` uses, required or optional (see :data:`REQUIRED`)."""
    return set(REQUIRED.get(kind, ())) | set(OPTIONAL.get(kind, ()))


def fields_required(kind: str) -> set[str]:
    """The answer paths ``kind`` cannot be printed without."""
    return set(REQUIRED.get(kind, ()))


def _value(answers: Answers, path: str) -> str:
    target: object = answers
    for part in path.split("."):
        target = getattr(target, part)
    if isinstance(target, list):
        return " ".join(str(item) for item in target)
    return str(target)


def sender_name_line(person: Person) -> str:
    """``ELOISE MARTIN``: the sender's name line in capitals without accents (NF Z 10-011)."""
    name = f"{person.first_name} {person.last_name}"
    return postal_capitals(name, keep_punctuation=True)


def sender_block(answers: Answers) -> list[str]:
    """The person's address, NF Z 10-011; raises :class:`AddressTooLong`."""
    person = answers.person
    return format_address(
        sender_name_line(person), person.address_lines, person.postal_code, person.city
    )


def has_dpo_line(lines: list[str]) -> bool:
    """True when one of the lines already names the data protection officer (DPO / DPD)."""
    for line in lines:
        words = postal_capitals(line, keep_punctuation=False)
        if "PROTECTION DES DONNEES" in words or {"DPO", "DPD"} & set(words.split(" ")):
            return True
    return False


def insurer_block(answers: Answers) -> list[str]:
    """The insurer's address for its data protection officer; raises :class:`AddressTooLong`.

    The DPO line is added only when the person did not copy it already, and only when it fits:
    an address of 6 lines without it is kept as typed (the salutation still names the DPO).
    """
    insurer = answers.insurer
    lines = [line for line in insurer.address_lines if line.strip()]
    if not has_dpo_line(lines):
        try:
            return format_address(
                insurer.name, [DPO_LINE, *lines], insurer.postal_code, insurer.city
            )
        except AddressTooLong:
            pass
    return format_address(insurer.name, lines, insurer.postal_code, insurer.city)


def reply_deadline(sent: dt.date) -> dt.date:
    """The day after which an unanswered access request can go to the CNIL.

    The month of RGPD art. 12.3 runs from the day the insurer *received* the letter, which
    nobody here knows: we count :data:`POST_DAYS` days for the post, then one month. The plan
    and the CNIL letter's check both use this function, so they never disagree.
    """
    return add_one_month(sent + dt.timedelta(days=POST_DAYS))


def letter_date(answers: Answers, today: dt.date) -> dt.date:
    """The date printed on the document: the answers' date when valid, else today."""
    return parse_french_date(answers.date) or today


def validate_for(kind: str, answers: Answers, today: dt.date) -> list[Problem]:
    """Every problem that stops ``kind`` from being printed (empty list = fine)."""
    if kind not in REQUIRED:
        return [Problem("kind", f"Document inconnu « {kind} ».")]
    problems: list[Problem] = []

    def add(field: str, message: str | None) -> None:
        if message and all(p.field != field for p in problems):
            problems.append(Problem(field, message))

    for path in REQUIRED[kind]:
        if not _value(answers, path).strip():
            add(path, _REQUIRED_MESSAGES[path])
    used = fields_needed(kind) | set(_ALSO_USED.get(kind, ())) | {"date"}

    def add_used(field: str, message: str | None) -> None:
        """Report a bad value only when ``kind`` prints it (a bad postcode does not stop the
        blank call log)."""
        if _root(field) in used:
            add(field, message)

    _check_fields(answers, today, add_used)
    if kind in {"lettre-mutuelle", "plainte-cnil", "plainte-bl2c"}:
        _check_addresses(answers, kind, add)
    if kind == "plainte-cnil":
        _check_cnil_delay(answers, today, add)
    return problems


def _check_fields(answers: Answers, today: dt.date, add: Callable[[str, str | None], None]) -> None:
    person = answers.person
    if person.title.strip() and person.title.strip() not in TITLES:
        add("person.title", "Choisissez « Madame », « Monsieur » ou laissez vide.")
    add("person.first_name", check_name(person.first_name))
    add("person.last_name", check_name(person.last_name))
    if person.birth_name.strip():
        add("person.birth_name", check_name(person.birth_name))
    add("person.birth_date", check_birth_date(person.birth_date, today))
    add("person.birth_place", check_place(person.birth_place))
    add("person.postal_code", check_postal_code(person.postal_code))
    add("person.city", check_place(person.city))
    add("person.phone", check_phone(person.phone))
    add("person.nir", check_nir(person.nir))
    add("person.member_number", check_text(person.member_number, MAX_MEMBER_NUMBER))
    for index, line in enumerate(person.address_lines):
        add(f"person.address_lines[{index}]", check_text(line, MAX_ADDRESS_LINE))
    add("insurer.name", check_text(answers.insurer.name, MAX_PLACE))
    add("insurer.postal_code", check_postal_code(answers.insurer.postal_code))
    add("insurer.city", check_place(answers.insurer.city))
    for index, line in enumerate(answers.insurer.address_lines):
        add(f"insurer.address_lines[{index}]", check_text(line, MAX_ADDRESS_LINE))
    if len(answers.family) > MAX_FAMILY:
        add("family", f"Indiquez au plus {MAX_FAMILY} membres de la famille.")
    for index, member in enumerate(answers.family):
        where = f"family[{index}]"
        if not (member.first_name.strip() and member.last_name.strip()):
            add(f"{where}.first_name", "Indiquez le prénom et le nom de ce membre de la famille.")
        add(f"{where}.first_name", check_name(member.first_name))
        add(f"{where}.last_name", check_name(member.last_name))
        add(f"{where}.birth_date", check_birth_date(member.birth_date, today))
        if member.relationship.strip() not in ("", *RELATIONSHIPS):
            add(f"{where}.relationship", "Choisissez « conjoint » ou « enfant ».")
    add("place", check_place(answers.place))
    add("date", check_date_text(answers.date))
    _check_past_date(answers.first_letter_date, "first_letter_date", answers, today, add)
    _check_past_date(answers.insurer_informed_date, "insurer_informed_date", answers, today, add)


def _check_past_date(
    text: str, field: str, answers: Answers, today: dt.date, add: Callable[[str, str | None], None]
) -> None:
    day = parse_french_date(text)
    if day is None:
        add(field, check_date_text(text))
    elif day > letter_date(answers, today):
        add(field, "Cette date est après la date de la lettre : vérifiez le jour et l'année.")
    elif day < EARLIEST_NOTICE:
        add(field, "Cette date est avant 2024, avant le piratage de Viamedis et d'Almerys.")


def _check_addresses(answers: Answers, kind: str, add: Callable[[str, str | None], None]) -> None:
    builders: list[tuple[str, Callable[[Answers], list[str]]]] = [("person", sender_block)]
    if kind != "plainte-bl2c":
        builders.append(("insurer", insurer_block))
    for prefix, build in builders:
        try:
            build(answers)
        except AddressTooLong as error:
            add(f"{prefix}.address_lines", error.message)


def _check_cnil_delay(
    answers: Answers, today: dt.date, add: Callable[[str, str | None], None]
) -> None:
    sent = parse_french_date(answers.first_letter_date)
    if sent is None:
        return
    deadline = reply_deadline(sent)
    if letter_date(answers, today) <= deadline:
        add(
            "first_letter_date",
            "Votre mutuelle a un mois pour répondre à partir du jour où elle reçoit votre "
            f"lettre : vous pourrez écrire à la CNIL après le {format_long_date(deadline)}. "
            "Décochez la plainte à la CNIL ; votre plan de démarches vous dira quand l'envoyer.",
        )
