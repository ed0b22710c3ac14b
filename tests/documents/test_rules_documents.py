"""What the printed sheets tell the person (kill-the-mutant tests).

- The result sheet prints the verdict's headline, the same sentence as the window.
- The plan dates the CNIL step on the day the insurer's delay ends: the first letter's date
  + 5 days for the post + one month (issue 12), the same rule as the CNIL letter's check.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
import pytest

from desktop.core.answers import Answers, CheckAnswers
from desktop.core.catalog import load_catalog
from desktop.core.french_dates import MONTHS
from desktop.core.verdict import assess
from desktop.documents import render
from tests.documents.test_rules_page import checklist_items

LONG_DATE = re.compile(r"\b(1er|\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")


def plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return plain(" ".join(page.extract_text() or "" for page in doc.pages))


def dates_in(text: str) -> list[dt.date]:
    return [
        dt.date(int(year), MONTHS.index(month) + 1, 1 if day == "1er" else int(day))
        for day, month, year in LONG_DATE.findall(text)
    ]


@pytest.mark.parametrize(
    "check",
    [
        CheckAnswers(has_mutuelle="oui", card_reading="almerys"),
        CheckAnswers(has_mutuelle="oui", card_reading="aucun", insurer_id="mgen"),
        CheckAnswers(has_mutuelle="oui", card_reading="pas_de_carte", insurer_typed="Inconnue"),
        CheckAnswers(has_mutuelle="non", had_former_insurer="non"),
    ],
    ids=["card", "weak-evidence", "unknown", "no-mutuelle"],
)
def test_the_result_sheet_prints_the_verdict_headline(
    check: CheckAnswers, answers: Answers, today: dt.date
) -> None:
    answers.check = check
    headline = plain(assess(check, load_catalog()).headline)
    text = pdf_text(render("resultat", answers, today))
    assert headline in text
    # The headline comes first, right under the title and the date of the check.
    assert text.index(headline) < 200


def plan_steps(answers: Answers, today: dt.date) -> list[str]:
    return [
        plain("".join(char["text"] for char in chars))
        for _, chars in checklist_items(render("plan-demarches", answers, today))
    ]


@pytest.mark.parametrize(
    ("first_letter", "letter_date", "cnil_from"),
    [
        # Sent 1 October, + 5 days of post = 6 October, + 1 month (a plan made late).
        ("2026-10-01", "2026-10-20", "2026-11-06"),
        # To send on 25 November: received 30 November, + 1 month = 30 December.
        ("", "2026-11-25", "2026-12-30"),
        # Sent 31 January: received 5 February, + 1 month = 5 March (not 2 or 7 March).
        ("2026-01-31", "2026-02-10", "2026-03-05"),
    ],
    ids=["sent", "to-send", "end-of-month"],
)
def test_the_plans_cnil_step_is_dated_after_one_month(
    first_letter: str, letter_date: str, cnil_from: str, answers: Answers
) -> None:
    answers.first_letter_date = first_letter
    answers.date = letter_date
    today = dt.date.fromisoformat(letter_date)
    start = dt.date.fromisoformat(first_letter or letter_date)
    steps = plan_steps(answers, today)
    cnil = [step for step in steps if "CNIL" in step]
    assert cnil, steps
    for step in cnil:
        dates = dates_in(step)
        assert dates, f"the CNIL step has no date: {step}"
        # The month runs from receipt: POST_DAYS (5) days after sending, then one month.
        assert dates == [dt.date.fromisoformat(cnil_from)] * len(dates), step
    # The letter to the insurer is dated when it was (or will be) sent.
    assert any(start in dates_in(step) for step in steps if "CNIL" not in step)
