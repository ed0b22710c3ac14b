import datetime as dt

import pytest

from desktop.core.french_dates import (
    add_one_month,
    format_long_date,
    format_short_date,
    parse_french_date,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 11, 25), "25 novembre 2026"),
        (dt.date(2024, 2, 1), "1er février 2024"),
        (dt.date(2024, 8, 15), "15 août 2024"),
        (dt.date(2024, 12, 31), "31 décembre 2024"),
    ],
)
def test_format_long_date(day: dt.date, expected: str) -> None:
    assert format_long_date(day) == expected


def test_format_short_date() -> None:
    assert format_short_date(dt.date(2026, 1, 5)) == "05/01/2026"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 1, 31), dt.date(2026, 2, 28)),
        (dt.date(2024, 1, 31), dt.date(2024, 2, 29)),
        (dt.date(2026, 10, 1), dt.date(2026, 11, 1)),
        (dt.date(2026, 12, 15), dt.date(2027, 1, 15)),
        (dt.date(2026, 3, 31), dt.date(2026, 4, 30)),
    ],
)
def test_add_one_month(day: dt.date, expected: dt.date) -> None:
    assert add_one_month(day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1948-02-29", dt.date(1948, 2, 29)),
        ("29/02/1948", dt.date(1948, 2, 29)),
        (" 3/4/1950 ", dt.date(1950, 4, 3)),
        ("03.04.1950", dt.date(1950, 4, 3)),
        ("1949-02-29", None),
        ("31/04/1950", None),
        ("hier", None),
        ("", None),
        # As people write them:
        ("12 mars 1951", dt.date(1951, 3, 12)),
        ("12/03/1951", dt.date(1951, 3, 12)),
        ("12 03 1951", dt.date(1951, 3, 12)),
        ("12.3.51", dt.date(1951, 3, 12)),
        ("1er Février 1948", dt.date(1948, 2, 1)),
        ("29 fevr. 2024", dt.date(2024, 2, 29)),
        ("3 SEPT 2024", dt.date(2024, 9, 3)),
        ("12 mai 51", dt.date(1951, 5, 12)),
        ("5/2/24", dt.date(2024, 2, 5)),  # two digits: the latest such year, not the future
        ("5/2/26", dt.date(2026, 2, 5)),
        ("5/2/27", dt.date(1927, 2, 5)),
        ("12 ju 1951", None),  # juin or juillet: not guessed
        ("12 xyz 1951", None),
        ("12/03/195", None),
        ("30 février 1951", None),
    ],
)
def test_parse_french_date(text: str, expected: dt.date | None) -> None:
    assert parse_french_date(text, today=dt.date(2026, 11, 29)) == expected
