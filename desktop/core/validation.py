"""Checks on the person's answers, with plain French messages that say how to fix each problem.

Single-field checks (``check_*``) return ``None`` when the text is fine (an empty text is fine:
whether a field is required depends on the document), else one French sentence.
:func:`validate_for` checks everything a document needs. Values are stripped when used; the
answers themselves are never changed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from stdnum.exceptions import ValidationError
from stdnum.fr import nir as stdnum_nir

from desktop.core.answers import Answers, Person
from desktop.core.french_dates import add_one_month, format_long_date, parse_french_date
from desktop.core.postal import AddressTooLong, clean_spaces, format_address

MAX_NAME = 60
MAX_PLACE = 60
MAX_ADDRESS_LINE = 120
MAX_MEMBER_NUMBER = 30
MAX_FAMILY = 10
EARLIEST_BIRTH = dt.date(1900, 1, 1)
EARLIEST_NOTICE = dt.date(2024, 1, 1)
TITLES = ("Madame", "Monsieur")
DPO_LINE = "Délégué à la protection des données"

_APOSTROPHES = "'’"
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")


@dataclass(frozen=True)
class Problem:
    field: str  # dotted path, e.g. "person.nir", "family[0].birth_date"
    message: str  # one plain French sentence: what is wrong and how to fix it


class InvalidAnswers(ValueError):  # noqa: N818 (name given by the brief)
    """The answers cannot make this document; ``problems`` says why, in French."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field} : {p.message}" for p in problems))
        self.problems = problems


# --- single-field checks ---------------------------------------------------------------------


def _odd_character(text: str) -> str | None:
    """Message for an emoji, a control character or a symbol, else None."""
    for char in text:
        category = unicodedata.category(char)
        if category in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            return (
                "Ce texte contient un caractère invisible ou de contrôle : effacez-le et retapez."
            )
        if category == "So" or ord(char) >= 0x1F000:
            return f"Ce texte contient un symbole ou un émoji (« {char} ») : retirez-le."
        # The printed letters use a Latin font: other scripts would print as empty boxes.
        if (char.isalpha() and "LATIN" not in unicodedata.name(char, "")) or (
            char.isdigit() and not char.isascii()
        ):
            return (
                f"Ce texte contient un caractère que la lettre ne peut pas imprimer "
                f"(« {char} ») : écrivez-le en lettres latines."
            )
    return None


def check_length(text: str, limit: int) -> str | None:
    length = len(text.strip())
    if length > limit:
        return f"Ce texte est trop long ({length} caractères) : {limit} caractères au plus."
    return None


def check_text(text: str, limit: int) -> str | None:
    """Any free text: no emoji or control character, not longer than ``limit``."""
    return _odd_character(text) or check_length(text, limit)


def check_name(text: str) -> str | None:
    """Letters (any French accent), spaces, hyphens and apostrophes (' or ’)."""
    value = text.strip()
    problem = check_text(value, MAX_NAME)
    if problem:
        return problem
    for char in value:
        if char.isalpha():
            if "LATIN" not in unicodedata.name(char, ""):
                return "Écrivez le nom en lettres latines, comme sur vos papiers français."
        elif char not in " -" + _APOSTROPHES:
            return (
                f"Un nom ne contient que des lettres, des espaces, des tirets et des "
                f"apostrophes : retirez « {char} »."
            )
    if value and not any(char.isalpha() for char in value):
        return "Écrivez au moins une lettre."
    return None


def check_place(text: str) -> str | None:
    """A town or place name: like a name, digits allowed (``Paris Cedex 07``)."""
    value = text.strip()
    problem = check_text(value, MAX_PLACE)
    if problem:
        return problem
    for char in value:
        if not (char.isalnum() or char in " -" + _APOSTROPHES):
            return f"Un nom de commune ne contient que des lettres et des chiffres : retirez « {char} »."
    return None


def check_nir(text: str) -> str | None:
    """Social security number (NIR), 15 characters, 2A/2B for Corsica, spaces allowed."""
    value = re.sub(r"[\s.\-]", "", text).upper()
    if not value:
        return None
    if value[0] in "78" and len(value) == 15:
        return (
            "Ce numéro commence par 7 ou 8 : c'est un numéro provisoire, que nous ne pouvons pas "
            "vérifier. Il n'est pas indispensable : laissez ce champ vide, ou tapez le numéro "
            "définitif inscrit sur votre carte Vitale si vous l'avez reçu."
        )
    if not re.fullmatch(r"[0-9AB]+", value):
        return (
            "Le numéro de sécurité sociale ne contient que des chiffres "
            "(et 2A ou 2B pour une naissance en Corse) : recopiez-le depuis votre carte Vitale."
        )
    if len(value) != 15:
        return (
            f"Le numéro de sécurité sociale a 15 chiffres (13 chiffres puis la clé de 2 chiffres) ; "
            f"vous en avez tapé {len(value)}. Recopiez-le depuis votre carte Vitale."
        )
    if value[0] not in "12":
        return "Le numéro de sécurité sociale commence par 1 ou 2 : vérifiez le premier chiffre."
    try:
        stdnum_nir.validate(value)
    except ValidationError:
        return (
            "Ce numéro ne correspond pas à sa clé (les 2 derniers chiffres) : une erreur de frappe "
            "s'est glissée. Comparez chaque chiffre avec votre carte Vitale."
        )
    return None


def check_postal_code(text: str) -> str | None:
    value = "".join(text.split())
    if not value:
        return None
    if not re.fullmatch(r"\d{5}", value):
        return "Le code postal a 5 chiffres, par exemple 42100 : vérifiez-le sur une enveloppe."
    if value.startswith("00") or value[:2] == "96" or value[:2] == "99":
        return "Ce code postal n'existe pas en France : vérifiez les 2 premiers chiffres."
    return None


def check_date_text(text: str) -> str | None:
    if text.strip() and parse_french_date(text) is None:
        return (
            "Écrivez la date comme ceci : 29/02/1948 (jour/mois/année), avec une date qui existe."
        )
    return None


def check_birth_date(text: str, today: dt.date | None = None) -> str | None:
    if not text.strip():
        return None
    day = parse_french_date(text)
    if day is None:
        return check_date_text(text)
    if day > (today or dt.date.today()):
        return "Cette date de naissance est dans le futur : vérifiez l'année."
    if day < EARLIEST_BIRTH:
        return "Cette date de naissance est avant 1900 : vérifiez l'année (4 chiffres)."
    return None


def check_phone(text: str) -> str | None:
    """Optional French number: 04 77 12 34 56, 04.77.12.34.56, +33 4 77 12 34 56."""
    value = _PHONE_SEPARATORS.sub("", text)
    if not value:
        return None
    if value.startswith("+33"):
        value = "0" + value[3:]
    elif value.startswith("0033"):
        value = "0" + value[4:]
    if not re.fullmatch(r"0[1-9]\d{8}", value):
        return (
            "Écrivez un numéro de téléphone français à 10 chiffres, par exemple 04 77 12 34 56 "
            "(ou +33 4 77 12 34 56)."
        )
    return None


def format_nir(text: str) -> str:
    """``248022A00412325`` -> ``2 48 02 2A 004 123 25`` (call only on a valid number)."""
    return str(stdnum_nir.format(stdnum_nir.compact(text.strip().upper())))


def format_phone(text: str) -> str:
    """``0477123456`` -> ``04 77 12 34 56`` (no-break spaces); unchanged if not valid."""
    if check_phone(text):
        return text.strip()
    value = _PHONE_SEPARATORS.sub("", text)
    value = "0" + value[3:] if value.startswith("+33") else value
    value = "0" + value[4:] if value.startswith("0033") else value
    return "\u00a0".join(value[i : i + 2] for i in range(0, 10, 2))


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
        "Indiquez la date à laquelle votre mutuelle vous a prévenu de la fuite, "
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
    "plainte-bl2c": ("person.title", "person.nir", "person.member_number", "place"),
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


def name_line(person: Person) -> str:
    """``Madame Éloïse Martin`` (title only when given)."""
    parts = (person.title, person.first_name, person.last_name)
    return clean_spaces(" ".join(part.strip() for part in parts))


def sender_block(answers: Answers) -> list[str]:
    """The person's address, NF Z 10-011; raises :class:`AddressTooLong`."""
    person = answers.person
    return format_address(name_line(person), person.address_lines, person.postal_code, person.city)


def insurer_block(answers: Answers) -> list[str]:
    """The insurer's address for its data protection officer; raises :class:`AddressTooLong`."""
    insurer = answers.insurer
    lines = [DPO_LINE, *insurer.address_lines]
    return format_address(insurer.name, lines, insurer.postal_code, insurer.city)


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
    _check_fields(answers, today, add)
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
        add(field, "Cette date est avant 2024, avant les attaques de Viamedis et d'Almerys.")


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
    deadline = add_one_month(sent)
    if letter_date(answers, today) <= deadline:
        add(
            "first_letter_date",
            f"Votre mutuelle a jusqu'au {format_long_date(deadline)} pour répondre : "
            "attendez cette date avant d'écrire à la CNIL.",
        )
