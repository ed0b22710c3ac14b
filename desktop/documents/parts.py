"""Pieces of wording shared by the letters, built from the answers (French)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core.answers import Answers, Person
from desktop.core.fields import format_phone
from desktop.core.french_dates import format_long_date, parse_french_date
from desktop.core.postal import clean_spaces, wrap
from desktop.core.validation import letter_date, sender_block, sender_name_line

SALUTATION = "Madame, Monsieur,"


def closing(salutation: str = SALUTATION) -> str:
    """The closing formula naming the reader exactly as the salutation does."""
    reader = salutation.strip().rstrip(",")
    return f"Je vous prie d'agréer, {reader}, l'expression de mes salutations distinguées."


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
    """Sender block, NF Z 10-011 like the recipient's: name line in capitals, address rows,
    ``POSTAL CODE LOCALITY``."""
    return sender_block(answers)


def sender_name_rows(answers: Answers) -> int:
    """How many rows of the sender block the name takes (a long name wraps)."""
    return len(wrap(sender_name_line(answers.person)))


def sender_extra(answers: Answers) -> list[str]:
    """What goes under the sender block, outside the address: the phone number."""
    phone = answers.person.phone.strip()
    return [f"Tél. : {format_phone(phone)}"] if phone else []


def sender_fields(answers: Answers) -> dict[str, Any]:
    """The :class:`~desktop.documents.page.Letter` fields about the sender, for ``**``."""
    return {
        "sender": sender_lines(answers),
        "sender_extra": sender_extra(answers),
        "sender_name_rows": sender_name_rows(answers),
    }


def place_date(answers: Answers, today: dt.date) -> str:
    place = clean_spaces(answers.place) or clean_spaces(answers.person.city)
    when = f"le {format_long_date(letter_date(answers, today))}"
    return f"À {place}, {when}" if place else when.capitalize()
