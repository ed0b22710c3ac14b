"""French calendar wording and date arithmetic (pure Python, no locale needed)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

MONTHS: tuple[str, ...] = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# 29/02/1948, 29.2.48, 29-02-1948, 29 02 1948
_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$")
# 29 février 1948, 1er mars 51, 12 MARS 1951, 3 sept. 2024
_WORDS = re.compile(r"^(\d{1,2})(?:er)?\s*([^\W\d_]+)\.?\s*(\d{4}|\d{2})$")
_MIN_MONTH_LETTERS = 3


def _plain(text: str) -> str:
    """Lower case without accents (``Février`` -> ``fevrier``)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _month_number(word: str) -> int | None:
    """``mars`` -> 3, ``fevr`` -> 2, ``sept`` -> 9; None when unknown or ambiguous (``ju``)."""
    word = _plain(word)
    if len(word) < _MIN_MONTH_LETTERS and word != "mai":
        return None
    found = [number for number, name in enumerate(MONTHS, 1) if _plain(name).startswith(word)]
    return found[0] if len(found) == 1 else None


def _full_year(year: int, digits: int, today: dt.date) -> int:
    """A two-digit year is the latest one not after this year (51 -> 1951, 24 -> 2024)."""
    if digits == 4:
        return year
    century = today.year - today.year % 100
    return century + year if century + year <= today.year else century - 100 + year


def format_long_date(day: dt.date) -> str:
    """``25 novembre 2026``; the first of the month is written ``1er``."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def format_short_date(day: dt.date) -> str:
    """``25/11/2026``."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def add_one_month(day: dt.date) -> dt.date:
    """Same day next month, clamped to the month's end (31 January -> 28 or 29 February)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    # The month's last day, without the calendar module (it imports locale: slow at start).
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    last = (following - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def parse_french_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """Read a date the way people write it: ``1948-02-29``, ``29/02/1948``, ``29.2.48``,
    ``29 02 1948``, ``29 février 1948``, ``1er mars 51``. None when not a real date."""
    cleaned = " ".join(text.split())
    match = _ISO.match(cleaned)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        numeric = _NUMERIC.match(cleaned)
        words = _WORDS.match(cleaned)
        if numeric:
            day, month, year_text = int(numeric[1]), int(numeric[2]), numeric[3]
        elif words and _month_number(words[2]) is not None:
            day, month, year_text = int(words[1]), _month_number(words[2]) or 0, words[3]
        else:
            return None
        year = _full_year(int(year_text), len(year_text), today or dt.date.today())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
