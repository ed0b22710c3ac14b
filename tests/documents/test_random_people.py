"""1,000 random people (long names, long streets, every French letter; 100 in the quick dev
profile of tests/conftest.py): a PDF or French problems, never a traceback; on every PDF, every
character of page 1 inside the margins, only the recipient block in the window zone, and the
closing never alone on its page. Most people are valid (streets up to about 80 characters), so
most examples really render; some are too long on purpose and must be refused in French."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.answers import Answers
from desktop.documents import InvalidAnswers, render

LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ"
TODAY = dt.date(2026, 11, 25)
KINDS = ("plainte-bl2c", "lettre-mutuelle", "plainte-cnil")
RENDERED = []
PEOPLE = 10 * settings.default.max_examples  # 1,000 in the ci profile, 100 in dev

word = st.text(LETTERS, min_size=1, max_size=14)
name = st.lists(word, min_size=1, max_size=4).flatmap(
    lambda words: st.sampled_from([" ", "-", "’", "'"]).map(lambda sep: sep.join(words)[:60])
)
street = st.builds(
    lambda number, words: f"{number} {' '.join(words)}"[:120],
    st.integers(1, 999),
    st.lists(st.text(LETTERS, min_size=1, max_size=10), min_size=1, max_size=7),
)


@st.composite
def people(draw: Any) -> dict[str, Any]:
    return {
        "person": {
            "title": draw(st.sampled_from(["Madame", "Monsieur", ""])),
            "first_name": draw(name),
            "last_name": draw(name),
            "birth_date": draw(st.dates(dt.date(1900, 1, 1), dt.date(2008, 1, 1))).isoformat(),
            "birth_place": draw(name),
            "address_lines": draw(st.lists(street, min_size=1, max_size=2)),
            "postal_code": draw(st.from_regex(r"[1-8][0-9]{4}", fullmatch=True)),
            "city": draw(name),
            "phone": "04 77 12 34 56",
        },
        "insurer": {
            "name": draw(name),
            "address_lines": draw(st.lists(street, min_size=1, max_size=2)),
            "postal_code": "75009",
            "city": draw(name),
        },
        "family": [
            {
                "first_name": draw(name),
                "last_name": draw(name),
                "birth_date": draw(st.sampled_from(["2001-07-14", "2015-03-12"])),
                "relationship": draw(st.sampled_from(["conjoint", "enfant", ""])),
            }
            for _ in range(draw(st.integers(0, 3)))
        ],
        "place": draw(name),
        "date": "2026-11-25",
        "first_letter_date": "2026-10-01",
        "insurer_informed_date": "2024-02-05",
    }


@settings(max_examples=PEOPLE, deadline=None, suppress_health_check=list(HealthCheck))
@given(raw=people(), kind=st.sampled_from(KINDS))
def test_random_people(raw: dict[str, Any], kind: str, pdf_check: Any) -> None:
    answers = Answers.from_dict(raw)
    try:
        pdf = render(kind, answers, TODAY)
    except InvalidAnswers as error:
        assert error.problems
        assert all(p.message and p.message[0].isupper() for p in error.problems)
        return
    assert pdf.startswith(b"%PDF")
    pdf_check.chars_inside_margins(pdf, pages=1)
    pdf_check.recipient_lines(pdf)
    pdf_check.closing_not_alone(pdf)
    RENDERED.append(kind)


def test_most_random_people_were_rendered() -> None:
    """Runs after test_random_people (file order): the property was not checked on air."""
    if RENDERED:  # skipped when test_random_people was deselected
        print(f"\n{len(RENDERED)} of {PEOPLE} random people rendered and checked")
        assert len(RENDERED) >= 0.6 * PEOPLE, len(RENDERED)


@pytest.mark.benchmark
def test_benchmark_10000(answers: Answers, today: dt.date) -> None:
    kinds = ("plainte-bl2c", "lettre-mutuelle", "plainte-cnil", "fiche-arnaques")
    for kind in kinds:  # warm caches (fonts, data files)
        render(kind, answers, today)
    count = 10_000
    start = time.perf_counter()
    for index in range(count):
        render(kinds[index % len(kinds)], answers, today)
    elapsed = time.perf_counter() - start
    print(f"\n{count} documents in {elapsed:.1f} s: {count / elapsed:.0f} documents per second")
