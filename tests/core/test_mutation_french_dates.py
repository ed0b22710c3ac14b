"""Dates as people write them, found by mutation testing (mutmut survivors)."""

from __future__ import annotations

import datetime as dt

from desktop.core.french_dates import parse_french_date


def test_three_letter_months_are_read_and_two_letters_are_not() -> None:
    assert parse_french_date("12 oct 2024") == dt.date(2024, 10, 12)
    assert parse_french_date("12 ja 2024") is None
    assert parse_french_date("12 truc 2024") is None


def test_a_two_digit_year_is_read_against_the_day_given() -> None:
    assert parse_french_date("1.1.30", today=dt.date(2040, 1, 1)) == dt.date(2030, 1, 1)
