"""The one-month rule before writing to the CNIL (kill-the-mutant tests).

The insurer has one month from the day it *receives* the access request (RGPD art. 12.3);
the app counts 5 days for the post (issue 12): the deadline is the first letter's date
+ 5 days + one calendar month (never 30 days), the same day the plan prints.
- the CNIL letter is refused on every day up to the deadline, that day included (the insurer
  may answer on its last day), and allowed from the next day;
- what counts is the date printed on the CNIL letter, not the day the app is used.
The deadlines are written out as dates, not computed with the code under test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.answers import Answers
from desktop.core.validation import validate_for
from tests.core.test_rules_fields import answers_with

SENT = dt.date(2026, 10, 1)  # received 6 October: deadline 6 November (5 November in 30 days)


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
    ("sent", "deadline"),
    [
        (SENT, dt.date(2026, 11, 6)),
        (dt.date(2026, 1, 31), dt.date(2026, 3, 5)),  # received 5 February
        (dt.date(2026, 3, 31), dt.date(2026, 5, 5)),  # received 5 April
        (dt.date(2025, 12, 15), dt.date(2026, 1, 20)),  # received 20 December
        (dt.date(2027, 1, 26), dt.date(2027, 2, 28)),  # received 31 January: end of February
    ],
)
def test_refused_up_to_the_deadline_that_day_included(sent: dt.date, deadline: dt.date) -> None:
    day = sent
    while day <= deadline:
        assert waits(day, sent=sent), f"CNIL letter allowed on {day}, sent {sent}"
        day += dt.timedelta(days=1)
    assert not waits(day, sent=sent), f"CNIL letter still refused on {day}, sent {sent}"


def test_refused_on_the_deadline_day_and_thirty_days_is_not_a_month() -> None:
    received = SENT + dt.timedelta(days=5)
    assert received + dt.timedelta(days=30) == dt.date(2026, 11, 5)  # a month is not 30 days
    assert waits(dt.date(2026, 11, 5))
    assert waits(dt.date(2026, 11, 6))
    assert not waits(dt.date(2026, 11, 7))


def test_allowed_two_months_after_sending() -> None:
    assert not waits(dt.date(2026, 12, 1))
    assert not waits(dt.date(2026, 12, 1), sent=dt.date(2026, 9, 30))


def test_the_letters_date_counts_not_today() -> None:
    # Dated before the deadline, prepared later: still too early.
    assert waits(dt.date(2026, 10, 20), today=dt.date(2026, 12, 15))
    # Prepared today, dated for when it will be posted (after the deadline): allowed.
    assert not waits(dt.date(2026, 12, 15), today=dt.date(2026, 10, 20))
