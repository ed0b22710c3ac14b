"""Pieces of wording shared by the letters, built from the answers (French)."""

from __future__ import annotations

import datetime as dt
import textwrap

from desktop.core.answers import Answers, Person
from desktop.core.fields import format_phone
from desktop.core.french_dates import format_long_date, parse_french_date
from desktop.core.postal import clean_spaces, format_address
from desktop.core.validation import letter_date, sender_block

CLOSING = "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."


def agree(person: Person, masculine: str, feminine: str) -> str:
    """``né`` / ``née`` / ``né(e)`` depending on the title the person chose."""
    title = person.title.strip()
    if title == "Madame":
        return feminine
    if title == "Monsieur":
        return masculine
    return (
        f"{masculine}({feminine[len(masculine) :]})"
        if feminine.startswith(masculine)
        else (f"{masculine} / {feminine}")
    )


def full_name(person: Person) -> str:
    """``Éloïse LŒWENBRÜCK-DUPONT`` — surname in capitals, as on official forms."""
    return clean_spaces(f"{person.first_name.strip()} {person.last_name.strip().upper()}")


def signature(person: Person) -> str:
    return clean_spaces(f"{person.first_name.strip()} {person.last_name.strip()}")


def long_date(text: str) -> str:
    day = parse_french_date(text)
    return format_long_date(day) if day else text.strip()


def one_line_address(person: Person) -> str:
    lines = [clean_spaces(line) for line in person.address_lines if line.strip()]
    return ", ".join([*lines, clean_spaces(f"{person.postal_code} {person.city}")])


def sender_lines(answers: Answers) -> list[str]:
    """Sender block: the NF Z 10-011 address, then phone and member number when given."""
    person = answers.person
    name = clean_spaces(f"{person.first_name} {person.last_name}")
    lines = [
        *textwrap.wrap(name, 32, break_on_hyphens=True),
        *_address_rows(answers),
        sender_block(answers)[-1],
    ]
    if answers.person.phone.strip():
        lines.append(f"Tél. : {format_phone(answers.person.phone)}")
    return lines


def _address_rows(answers: Answers) -> list[str]:
    """The sender's address rows between the name and the locality line (NF Z 10-011)."""
    person = answers.person
    return format_address("-", person.address_lines, person.postal_code, person.city)[1:-1]


def place_date(answers: Answers, today: dt.date) -> str:
    place = clean_spaces(answers.place) or clean_spaces(answers.person.city)
    when = f"le {format_long_date(letter_date(answers, today))}"
    return f"À {place}, {when}" if place else when.capitalize()
