"""The one-month rule before writing to the CNIL (kill-the-mutant tests).

Written against what stays true while the rule is redesigned (issue 12: the deadline becomes
sending date + 1 month + a few days for the post):
- the CNIL letter is refused on every day up to the first letter's date + 1 month, that day
  included (the insurer may answer on its last day);
- it is allowed well after (two months later);
- what counts is the date printed on the CNIL letter, not the day the app is used.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.answers import Answers
from desktop.core.french_dates import add_one_month
from desktop.core.validation import validate_for
from tests.core.test_rules_fields import answers_with

SENT = dt.date(2026, 10, 1)  # + 1 month = 1 November; + 30 days = 31 October


def cnil_answers(letter_day: dt.date, sent: dt.date = SENT) -> Answers:
    answers = answers_with()
    answers.date = letter_day.isoformat()
    answers.first_letter_date = sent.isoformat()
    return answers


def waits(letter_day: dt.date, today: dt.date | None = None, sent: dt.date = SENT) -> bool:
    """True when the CNIL letter dated ``letter_day`` is refused because it is too early."""
    found = validate_for("plainte-cnil", cnil_answers(letter_day, sent), today or letter_day)
    fields = {p.field for p in found}
    assert fields <= {"first_letter_date"}, found  # nothing else is wrong with these answers
    return "first_letter_date" in fields


@pytest.mark.parametrize(
    "sent", [SENT, dt.date(2026, 1, 31), dt.date(2026, 3, 31), dt.date(2025, 12, 15)]
)
def test_refused_up_to_one_month_after_sending_that_day_included(sent: dt.date) -> None:
    deadline = add_one_month(sent)
    day = sent
    while day <= deadline:
        assert waits(day, sent=sent), f"CNIL letter allowed on {day}, sent {sent}"
        day += dt.timedelta(days=1)


def test_refused_on_the_deadline_day_and_thirty_days_is_not_a_month() -> None:
    assert SENT + dt.timedelta(days=30) < add_one_month(SENT)
    assert waits(dt.date(2026, 10, 31))
    assert waits(dt.date(2026, 11, 1))


def test_allowed_two_months_after_sending() -> None:
    assert not waits(dt.date(2026, 12, 1))
    assert not waits(dt.date(2026, 12, 1), sent=dt.date(2026, 9, 30))


def test_the_letters_date_counts_not_today() -> None:
    # Dated before the deadline, prepared later: still too early.
    assert waits(dt.date(2026, 10, 20), today=dt.date(2026, 12, 15))
    # Prepared today, dated for when it will be posted (after the deadline): allowed.
    assert not waits(dt.date(2026, 12, 15), today=dt.date(2026, 10, 20))
