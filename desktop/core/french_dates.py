"""French calendar wording and date arithmetic (pure Python, no locale needed)."""

from __future__ import annotations

import datetime as dt
import re

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
_FRENCH = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")


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


def parse_french_date(text: str) -> dt.date | None:
    """Read ``1948-02-29`` or ``29/02/1948`` (also ``29.02.1948``); None when not a real date."""
    cleaned = text.strip()
    match = _ISO.match(cleaned)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _FRENCH.match(cleaned)
        if not match:
            return None
        day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
