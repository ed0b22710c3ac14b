"""The person's answers: plain dataclasses filled by the wizard or read from JSON by the CLI.

Every field keeps exactly what was typed (strings), so nothing is ever lost; checking and
parsing happen in :mod:`desktop.core.validation`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


class AnswersFormatError(ValueError):
    """The answers file does not have the expected shape (French message)."""


@dataclass
class Person:
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    birth_date: str = ""  # ISO "YYYY-MM-DD"
    birth_place: str = ""
    address_lines: list[str] = field(default_factory=list)
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    nir: str = ""
    member_number: str = ""
    birth_name: str = ""  # nom de naissance, only when it differs from last_name


@dataclass
class InsurerContact:
    name: str = ""
    address_lines: list[str] = field(default_factory=list)
    postal_code: str = ""
    city: str = ""


@dataclass
class FamilyMember:
    first_name: str = ""
    last_name: str = ""
    birth_date: str = ""
    relationship: str = ""  # "conjoint" | "enfant" | "" (not said)


@dataclass
class CheckAnswers:
    """Answers of the guided check (which mutuelle, what the card says, former contracts)."""

    has_mutuelle: str = ""  # "oui" | "non" | "ne_sait_pas"
    insurer_id: str = ""  # id in resources/data/insurers.json, "" when not found
    insurer_typed: str = ""  # what the person typed in the search field
    card_reading: str = ""  # "viamedis" | "almerys" | "aucun" | "pas_de_carte" | ""
    had_former_insurer: str = ""  # "oui" | "non" | "ne_sait_pas"
    former_insurer_id: str = ""
    former_insurer_typed: str = ""
    insurer_warned: str = ""  # did the mutuelle warn her? "oui" | "non" | "ne_sait_plus"


@dataclass
class Answers:
    person: Person = field(default_factory=Person)
    insurer: InsurerContact = field(default_factory=InsurerContact)
    family: list[FamilyMember] = field(default_factory=list)
    place: str = ""
    date: str = ""  # ISO date of the letter, "" means today
    first_letter_date: str = ""  # ISO date of the letter sent to the insurer
    insurer_informed_date: str = ""  # ISO date the insurer told the person
    check: CheckAnswers = field(default_factory=CheckAnswers)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: object) -> Answers:
        """Build answers from parsed JSON; absent optional fields stay empty."""
        if not isinstance(raw, dict):
            raise AnswersFormatError("Le fichier de réponses doit contenir un objet JSON { … }.")
        return cls(
            person=_build(Person, raw.get("person"), "person"),
            insurer=_build(InsurerContact, raw.get("insurer"), "insurer"),
            family=[
                _build(FamilyMember, item, f"family[{index}]")
                for index, item in enumerate(_as_list(raw.get("family"), "family"))
            ],
            place=_as_text(raw.get("place"), "place"),
            date=_as_text(raw.get("date"), "date"),
            first_letter_date=_as_text(raw.get("first_letter_date"), "first_letter_date"),
            insurer_informed_date=_as_text(
                raw.get("insurer_informed_date"), "insurer_informed_date"
            ),
            check=_build(CheckAnswers, raw.get("check"), "check"),
        )


def _as_text(value: object, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise AnswersFormatError(f"« {where} » doit être un texte.")


def _as_list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    raise AnswersFormatError(f"« {where} » doit être une liste [ … ].")


def _build(kind: type[Any], raw: object, where: str) -> Any:
    if raw is None:
        return kind()
    if not isinstance(raw, dict):
        raise AnswersFormatError(f"« {where} » doit être un objet {{ … }}.")
    values: dict[str, Any] = {}
    for name, declared in kind.__dataclass_fields__.items():
        if name not in raw:
            continue
        if "list" in str(declared.type):
            values[name] = [
                _as_text(item, f"{where}.{name}") for item in _as_list(raw[name], f"{where}.{name}")
            ]
        else:
            values[name] = _as_text(raw[name], f"{where}.{name}")
    return kind(**values)
