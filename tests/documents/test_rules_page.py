"""The page model's promises, measured in the PDF (kill-the-mutant tests).

- Fold marks for a DL envelope at 99 mm and 198 mm from the top of the letter's first page
  (the page to keep, when there is one, is printed before it and has none).
- Checklists (plan, anti-scam sheet) in 16 pt: their text and their tick boxes.
- "Page n sur N" only when there are at least two pages to post; never "Page 1 sur 1".
- The page to keep (not posted) carries no page number and is not counted in the letter's N.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pdfplumber
import pytest

from desktop.core.answers import Answers
from desktop.core.guidance import load_guidance
from desktop.documents import plan_demarches, render
from desktop.documents.fonts import DIGIT_SCALE
from desktop.documents.page import Letter, para, render_letter, render_sheet, sheet_styles

MM = 72 / 25.4
LETTERS = ["lettre-mutuelle", "plainte-cnil", "plainte-bl2c"]
CHECKLISTS = ["plan-demarches", "fiche-arnaques"]
FOOTER = re.compile(r"Page (\d+) sur (\d+)")
KEEP = "À lire avant d'envoyer"


def pages_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def footers(text: str) -> list[tuple[int, int]]:
    return [(int(n), int(total)) for n, total in FOOTER.findall(text)]


@pytest.mark.parametrize("kind", LETTERS)
def test_fold_marks_at_99_and_198_mm(kind: str, answers: Answers, today: dt.date) -> None:
    with pdfplumber.open(io.BytesIO(render(kind, answers, today))) as doc:
        # The letter's first page: after the page to keep, when there is one (printed first).
        first = next(n for n, page in enumerate(doc.pages) if KEEP not in page.extract_text())
        page = doc.pages[first]
        marks = [line for line in page.lines if abs(line["top"] - line["bottom"]) < 0.1]
        assert sorted(round(line["top"] / MM, 1) for line in marks) == [99.0, 198.0]
        for line in marks:
            # In the left margin, clear of the text (which starts at 20 mm).
            assert line["x0"] / MM >= 3.5 and line["x1"] / MM <= 10.0, line
        for number, other in enumerate(doc.pages):
            if number != first:
                assert not other.lines, "fold marks belong on the letter's first page only"


def checklist_items(pdf: bytes) -> list[tuple[float, list[dict[str, Any]]]]:
    """Each tick box (a drawn square in the left margin column) with the characters of its
    text: the lines that start right of the box, from the box down to the next box, to the
    first line that starts in the margin (a heading, the sources) or to the bottom of the text
    frame (the footer is below). Lines are grouped by baseline: digits are set in another
    font and size, so their tops differ from the letters'. Each line ends with a space."""
    items: list[tuple[float, list[dict[str, Any]]]] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            boxes = sorted(
                (r for r in page.rects if abs(r["width"] - r["height"]) < 0.5 and r["width"] > 5),
                key=lambda r: r["top"],
            )
            lines: dict[float, list[dict[str, Any]]] = {}
            for char in page.chars:  # keyed by the baseline, from the top of the page
                lines.setdefault(round(page.height - char["matrix"][5], 1), []).append(char)
            for index, box in enumerate(boxes):
                end = boxes[index + 1]["top"] if index + 1 < len(boxes) else page.height - 20 * MM
                chars: list[dict[str, Any]] = []
                for baseline, row in sorted(lines.items()):
                    if not box["top"] <= baseline < end:
                        continue
                    if min(c["x0"] for c in row) <= box["x1"]:
                        break
                    chars += [*row, {"text": " ", "size": 0.0}]
                items.append((box["width"], chars))
    return items


def expected_items(kind: str, answers: Answers, today: dt.date) -> int:
    """How many boxes the sheet must show: one per step of the plan, per good habit."""
    if kind == "plan-demarches":
        return len(plan_demarches.steps(answers, today))
    return len(load_guidance().advice)


@pytest.mark.parametrize("kind", CHECKLISTS)
def test_checklists_are_printed_in_16_pt(kind: str, answers: Answers, today: dt.date) -> None:
    items = checklist_items(render(kind, answers, today))
    assert len(items) == expected_items(kind, answers, today) >= 4
    for box, chars in items:
        assert chars, "a tick box without its text"
        letters = {round(c["size"], 1) for c in chars if c["text"].strip() and not is_digit(c)}
        assert letters == {16.0}, (letters, "".join(c["text"] for c in chars)[:60])
        # Digits are in the plain-zero font, scaled to the same digit height.
        digits = {round(c["size"], 1) for c in chars if is_digit(c)}
        assert digits <= {round(16 * DIGIT_SCALE, 1)}, digits
        assert box == pytest.approx(0.9 * 16, abs=0.2)  # the box is as big as the text


def is_digit(char: dict[str, Any]) -> bool:
    return bool(char["text"].isascii() and char["text"].isdigit())


def test_a_one_page_document_has_no_page_number(answers: Answers, today: dt.date) -> None:
    texts = pages_text(render("journal-appels", answers, today))
    assert len(texts) == 1
    assert footers(texts[0]) == []
    assert "sur 1" not in texts[0]


def short_letter(note: bool) -> Letter:
    return Letter(
        title="Essai",
        sender=["Marie MARTIN", "3 RUE DES LILAS", "69003 LYON"],
        recipient=["Mutuelle Exemple", "1 RUE A", "75009 PARIS"],
        place_date="À Lyon, le 25 novembre 2026",
        subject="Essai de mise en page",
        body=["Un seul paragraphe."],
        closing="Salutations.",
        signature="Marie Martin",
        note_title=f"{KEEP} (feuille à garder, ne pas envoyer)" if note else "",
        note=[para("À garder chez vous.", sheet_styles().body)] if note else [],
    )


@pytest.mark.parametrize("note", [False, True])
def test_a_one_page_letter_has_no_page_number(note: bool) -> None:
    texts = pages_text(render_letter(short_letter(note)))
    assert len(texts) == (2 if note else 1)
    assert [footers(text) for text in texts] == [[]] * len(texts)


def test_a_one_page_sheet_has_no_page_number() -> None:
    pdf = render_sheet("Essai", [para("Une ligne.", sheet_styles().body)])
    assert [footers(text) for text in pages_text(pdf)] == [[]]


def test_two_sheet_pages_are_numbered() -> None:
    story = [para(f"Ligne {n}.", sheet_styles().body) for n in range(60)]
    texts = pages_text(render_sheet("Essai", story))
    assert len(texts) >= 2
    assert [footers(text) for text in texts] == [
        [(n, len(texts))] for n in range(1, len(texts) + 1)
    ]


def test_the_page_to_keep_is_not_numbered_with_the_letter(answers: Answers, today: dt.date) -> None:
    texts = pages_text(render("plainte-bl2c", answers, today))
    kept = [index for index, text in enumerate(texts) if KEEP in text]
    assert kept, "the police complaint has a page to keep"
    posted = [index for index in range(len(texts)) if index not in kept]
    for index in kept:
        assert footers(texts[index]) == [], "the page to keep carries no page number"
    numbers = [footers(texts[index]) for index in posted]
    if len(posted) == 1:
        assert numbers == [[]]
    else:
        assert numbers == [[(n, len(posted))] for n in range(1, len(posted) + 1)]
