"""The page model's measurements, read back from the PDF (kills mutants of page.py's constants).

Every figure here is a promise of the README or of NF Z 10-011 / the DL window: text from
20 mm, a 170 mm text column, the sender block at the top left and never past 89 mm (left of
the zone a sliding window can show, issue 12), the recipient block 1.5 mm inside the window's
safe area (x 110-190 mm, y 55-80 mm), centred in its height, in 12 pt stepping down by half
points to 10 pt only when it must, letters in 12.5 pt, "Page n sur N" in 11 pt on the 12 mm
bottom margin. Digits are set in DejaVu Sans (plain zero) at the size x DIGIT_SCALE.
"""

from __future__ import annotations

import io
from itertools import pairwise
from typing import Any

import pdfplumber
import pytest

from desktop.documents.fonts import DIGIT_SCALE
from desktop.documents.page import Letter, render_letter

MM = 72 / 25.4
A4_HEIGHT = 297 * MM


def rows(pdf: bytes, page: int = 0) -> list[list[dict[str, Any]]]:
    """Characters grouped by baseline, top to bottom."""
    found: dict[float, list[dict[str, Any]]] = {}
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for char in doc.pages[page].chars:
            found.setdefault(round(char["matrix"][5], 2), []).append(char)
    return [found[y] for y in sorted(found, reverse=True)]


def text(row: list[dict[str, Any]]) -> str:
    return "".join(char["text"] for char in row)


def from_top(row: list[dict[str, Any]]) -> float:
    """Baseline, in mm from the top of the page."""
    return (A4_HEIGHT - row[0]["matrix"][5]) / MM


def size(row: list[dict[str, Any]]) -> float:
    """The row's size: one size for its letters, its digits in DejaVu Sans scaled to match."""
    sizes = {round(char["size"], 2) for char in row if not char["text"].isdigit()}
    assert len(sizes) == 1, sizes
    found = sizes.pop()
    for digit in (char for char in row if char["text"].isdigit()):
        assert "DejaVuSans" in digit["fontname"], digit["fontname"]
        assert digit["size"] == pytest.approx(found * DIGIT_SCALE, abs=0.01), digit["size"]
    return found


def letter(**changes: Any) -> bytes:
    fields: dict[str, Any] = {
        "title": "Essai",
        "sender": ["Marie MARTIN", "3 RUE DES LILAS", "69003 LYON"],
        "recipient": ["Mutuelle Exemple", "1 RUE A", "75009 PARIS"],
        "place_date": "À Lyon, le 25 novembre 2026",
        "subject": "Essai de mise en page",
        "body": ["Un paragraphe."],
        "closing": "Salutations.",
        "signature": "Marie Martin",
    }
    return render_letter(Letter(**{**fields, **changes}))


def find(pdf: bytes, start: str, page: int = 0) -> list[dict[str, Any]]:
    return next(row for row in rows(pdf, page) if text(row).startswith(start))


def test_sender_block_top_left() -> None:
    pdf = letter()
    name, street, town = (find(pdf, line) for line in ("Marie", "3 RUE", "69003"))
    for row in (name, street, town):
        assert row[0]["x0"] / MM == pytest.approx(20, abs=0.05)
        assert size(row) == 11.0
    assert "Bold" in name[0]["fontname"] and "Bold" not in street[0]["fontname"]
    # First baseline: 12 mm margin + 3 mm + the 11 pt of the line; then 1.25 line spacing.
    assert from_top(name) == pytest.approx(12 + 3 + 11 / MM, abs=0.05)
    assert from_top(street) - from_top(name) == pytest.approx(11 * 1.25 / MM, abs=0.05)


def test_a_wide_sender_line_shrinks_to_end_at_89_mm() -> None:
    wide = "Éloïse Marie-Thérèse LŒWENBRÜCK-DUPONT-SAINT"
    pdf = letter(sender=[wide, "3 RUE DES LILAS", "69003 LYON"])
    row = find(pdf, "Éloïse")
    assert size(row) < 11.0
    # Left of the window zone (x 90 mm and more), whichever way the sheet slides.
    assert max(char["x1"] for char in row) / MM == pytest.approx(89, abs=0.1)


def recipient_rows(pdf: bytes) -> list[list[dict[str, Any]]]:
    return [row for row in rows(pdf) if row[0]["x0"] / MM > 105 and from_top(row) < 85]


def test_recipient_block_in_the_window_centred_in_its_height() -> None:
    found = recipient_rows(letter())
    assert [text(row) for row in found] == ["Mutuelle Exemple", "1 RUE A", "75009 PARIS"]
    for row in found:
        assert row[0]["x0"] / MM == pytest.approx(110 + 1.5, abs=0.05)
        assert size(row) == 12.0
    first, last = found[0], found[-1]
    assert from_top(found[1]) - from_top(first) == pytest.approx(12 * 1.18 / MM, abs=0.05)
    above = from_top(first) - 12 * 0.78 / MM - 55  # from the safe area's top to the block
    below = 80 - (from_top(last) + 12 * 0.22 / MM)  # from the block to the safe area's bottom
    assert above == pytest.approx(below, abs=0.05)
    assert above > 0


def test_recipient_steps_down_by_half_points_only_when_it_must() -> None:
    seen: list[float] = []
    for count in range(20, 60):
        pdf = letter(recipient=["M" * count, "1 RUE A", "75009 PARIS"])
        row = recipient_rows(pdf)[0]
        seen.append(size(row))
        assert max(char["x1"] for char in row) / MM <= 190 - 1.5 + 0.01
    steps = sorted(set(seen), reverse=True)
    assert steps[:5] == [12.0, 11.5, 11.0, 10.5, 10.0]
    assert all(later <= earlier for earlier, later in pairwise(seen))


def test_letter_text_column() -> None:
    pdf = letter(body=["l" * 400])  # one long word: cut at the column's right edge
    column = [row for row in rows(pdf) if text(row).startswith("lll")]
    assert len(column) >= 2
    for row in column:
        assert size(row) == 12.5
        assert row[0]["x0"] / MM == pytest.approx(20, abs=0.05)
    right = max(char["x1"] for char in column[0]) / MM
    assert 189.0 < right <= 190.0 + 0.01  # a 170 mm column: 20 mm margins on both sides


def test_page_numbers_on_the_bottom_margin() -> None:
    pdf = letter(body=["Un paragraphe assez long pour remplir la page. " * 8] * 12)
    footer = find(pdf, "Page 1 sur")
    assert size(footer) == 11.0
    assert (A4_HEIGHT - footer[0]["matrix"][5]) / MM == pytest.approx(297 - 12, abs=0.05)
    centre = (footer[0]["x0"] + footer[-1]["x1"]) / 2 / MM
    assert centre == pytest.approx(105, abs=0.1)
    # The next page's text starts under the 12 mm top margin, 8 mm lower.
    first = rows(pdf, 1)[0]
    assert 20 < from_top(first) < 20 + 12.5 / MM + 0.1


def test_the_letter_starts_1_mm_under_the_window_zone() -> None:
    # The zone a sliding DL window can show ends at 100 mm: the frame starts 1 mm lower, so the
    # place and date (in the right-hand column, at 110 mm) has its first baseline one 12.5 pt
    # line under 101 mm, and the subject follows it.
    pdf = letter()
    place = find(pdf, "À Lyon")
    assert from_top(place) == pytest.approx(101 + 12.5 / MM, abs=0.05)
    assert place[0]["x0"] / MM == pytest.approx(110, abs=0.05)
    assert from_top(find(pdf, "Objet")) > from_top(place)
