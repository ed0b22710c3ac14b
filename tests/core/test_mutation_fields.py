"""Formatting of what the person typed, found by mutation testing (mutmut survivors)."""

from __future__ import annotations

import pytest

from desktop.core.fields import check_date_text, format_nir, format_phone

NBSP = "\u00a0"
PRINTED = NBSP.join(["04", "77", "12", "34", "56"])


@pytest.mark.parametrize(
    "typed",
    [
        "0477123456",
        "04 77 12 34 56",
        "04.77.12.34.56",
        "+33 4 77 12 34 56",
        "+33477123456",
        "0033 4 77 12 34 56",
        "0033477123456",
    ],
)
def test_a_french_phone_number_is_printed_in_pairs(typed: str) -> None:
    assert format_phone(typed) == PRINTED


def test_a_wrong_phone_number_is_printed_as_typed() -> None:
    assert format_phone("  12 34  ") == "12 34"


def test_a_corsican_nir_typed_in_lower_case_is_printed_in_capitals() -> None:
    assert format_nir(" 248022a00412325 ") == "2 48 02 2A 004 123 25"


def test_a_date_that_does_not_exist_gets_the_example_to_follow() -> None:
    assert check_date_text("31/02/2024") == (
        "Écrivez la date comme ceci : 29/02/1948 (jour/mois/année), avec une date qui existe."
    )
