"""Issue 12: letters La Poste sorts and readers accept — the window zone, plain zeros, pages
that end well, short letters and sheets, brief dated sources, the family and one-month wording."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from typing import Any

import pdfplumber
import pypdfium2
import pytest
from reportlab.pdfgen.canvas import Canvas

from desktop.core.answers import Answers, FamilyMember
from desktop.core.french_dates import format_long_date
from desktop.core.guidance import load_guidance
from desktop.core.validation import reply_deadline
from desktop.documents import KINDS, render
from desktop.documents.fonts import BOLD, REGULAR, draw_text, register_fonts

LETTERS = ("plainte-bl2c", "lettre-mutuelle", "plainte-cnil")
MM = 72 / 25.4


@pytest.mark.parametrize("kind", LETTERS)
@pytest.mark.parametrize("who", ["answers", "simple_answers", "long_answers"])
def test_only_the_recipient_in_the_window_zone(
    kind: str, who: str, request: Any, today: dt.date, pdf_check: Any
) -> None:
    pdf = render(kind, request.getfixturevalue(who), today)
    lines = pdf_check.recipient_lines(pdf)  # asserts nothing else in x 100–200, y 40–100 mm
    assert not any("le 25 novembre 2026" in line for line in lines)


def test_place_and_date_under_the_zone(answers: Answers, today: dt.date) -> None:
    with pdfplumber.open(io.BytesIO(render("lettre-mutuelle", answers, today))) as doc:
        words = doc.pages[0].extract_words()
    date_word = next(w for w in words if w["text"] == "novembre")
    assert date_word["top"] >= 100 * MM


# --- plain zeros ---------------------------------------------------------------------------


def _ink_in_middle(png: Any, box: tuple[float, float, float, float], scale: float) -> int:
    """Dark pixels in the middle fifth of a character box (a slashed zero has its bar there)."""
    x0, top, x1, bottom = (v * scale for v in box)
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    w, h = (x1 - x0) / 10, (bottom - top) / 10
    region = png.crop((int(cx - w), int(cy - h), int(cx + w) + 1, int(cy + h) + 1)).convert("L")
    return sum(region.histogram()[:128])


def _zeros(pdf: bytes, page_index: int) -> tuple[list[dict[str, Any]], Any, float]:
    scale = 600 / 72
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        zeros = [c for c in doc.pages[page_index].chars if c["text"] == "0"]
    image = pypdfium2.PdfDocument(pdf)[page_index].render(scale=scale).to_pil()
    return zeros, image, scale


def test_zero_check_sees_a_slashed_zero() -> None:
    """The pixel check below can fail: Atkinson Hyperlegible's own zero has ink in its middle."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(REGULAR, 40)
    canvas.drawString(100, 700, "0")
    canvas.save()
    zeros, image, scale = _zeros(buffer.getvalue(), 0)
    assert len(zeros) == 1 and "Atkinson" in zeros[0]["fontname"]
    assert _ink_in_middle(image, _box(zeros[0]), scale) > 0


def _box(char: dict[str, Any]) -> tuple[float, float, float, float]:
    # Glyph box: from the baseline up to the digit height (the font box is taller).
    baseline = char["bottom"] - (char["bottom"] - char["top"]) * 0.24
    height = char["size"] * 0.72
    return char["x0"], baseline - height, char["x1"], baseline


@pytest.mark.parametrize("kind", LETTERS)
def test_addresses_and_numbers_use_a_plain_zero(
    kind: str, answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    pdf = render(kind, answers, today)
    index = next(i for i, text in enumerate(pdf_check.page_texts(pdf)) if "Objet" in text)
    zeros, image, scale = _zeros(pdf, index)
    # Postal codes 42100 and 75009/75017/75334, the phone, the NIR, the dates.
    assert len(zeros) >= 6
    for zero in zeros:
        assert "DejaVuSans" in zero["fontname"], zero
        assert _ink_in_middle(image, _box(zero), scale) == 0, zero


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_digit_in_the_plain_zero_font(kind: str, answers: Answers, today: dt.date) -> None:
    with pdfplumber.open(io.BytesIO(render(kind, answers, today))) as doc:
        digits = [c for page in doc.pages for c in page.chars if c["text"].isdigit()]
    assert digits or kind == "journal-appels"  # the blank log prints no number
    assert all("DejaVuSans" in c["fontname"] for c in digits)


def test_draw_text_keeps_one_line_when_copied() -> None:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw_text(canvas, 100, 700, "75009 PARIS CEDEX 09", BOLD, 12)
    canvas.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as doc:
        assert doc.pages[0].extract_text() == "75009 PARIS CEDEX 09"


# --- pages that end well ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", LETTERS)
@pytest.mark.parametrize("who", ["answers", "simple_answers", "long_answers"])
def test_closing_never_alone_on_a_page(
    kind: str, who: str, request: Any, today: dt.date, pdf_check: Any
) -> None:
    pdf_check.closing_not_alone(render(kind, request.getfixturevalue(who), today))


def test_closing_kept_with_last_paragraph_when_it_would_fall_alone(
    answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    """Grow the family until the closing reaches a new page: the last paragraph goes too."""
    for count in range(10):
        answers.family = [
            FamilyMember(f"Enfant{n}", "Martin", "2015-03-12", "enfant") for n in range(count)
        ]
        pdf = render("lettre-mutuelle", answers, today)
        pdf_check.closing_not_alone(pdf)
        last = pdf_check.page_texts(pdf)[-1].replace("\n", " ")
        if "Je vous prie d'agréer" in last and pdf_check.page_count(pdf) > 1:
            assert "Je vous remercie de me répondre par courrier" in last
            return
    raise AssertionError("the closing never moved to page 2")


def test_simple_cnil_letter_fits_one_page(
    simple_answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    pdf = render("plainte-cnil", simple_answers, today)
    assert pdf_check.page_count(pdf) == 1
    assert "Pièces jointes" in pdf_check.text(pdf)


def test_anti_scam_sheet_two_pages_numbers_on_page_one(
    answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    pdf = render("fiche-arnaques", answers, today)
    pages = pdf_check.page_texts(pdf)
    assert len(pages) == 2
    first = pages[0].replace("\n", " ").replace("\u00a0", " ")
    for entry in load_guidance().numbers:
        assert entry.number in first, entry.number
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        sizes = Counter(round(c["size"]) for p in doc.pages for c in p.chars if c["text"].isalpha())
    assert sizes.most_common(1)[0][0] == 16


@pytest.mark.parametrize("kind", list(KINDS))
def test_sources_named_briefly_without_web_addresses(
    kind: str, answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    text = pdf_check.text(render(kind, answers, today)).replace("\n", " ")
    assert "http" not in text and "%C3" not in text and "%2" not in text
    if kind in {"fiche-arnaques", "resultat", "plan-demarches", "plainte-bl2c"}:
        assert "Source" in text


def test_source_names_publisher_and_date(answers: Answers, today: dt.date, pdf_check: Any) -> None:
    text = pdf_check.text(render("fiche-arnaques", answers, today)).replace("\n", " ")
    assert "Franceinfo, 7 février 2024" in text
    assert "Dossier Familial, 19 avril 2018" in text


# --- what the letters say --------------------------------------------------------------------


def test_family_minors_in_care_adults_sign(
    answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    answers.family = [
        FamilyMember("Zoë", "L’Haÿ", "12/03/1975", "conjoint"),
        FamilyMember("Léo", "Martin", "2015-06-01", "enfant"),
        FamilyMember("Anaïs", "Martin", "2008-11-26", "enfant"),  # 18 the day after the letter
    ]
    text = pdf_check.text(render("lettre-mutuelle", answers, today)).replace("\n", " ")
    assert "les enfants mineurs à ma charge couverts par mon contrat" in text
    assert "Léo MARTIN (enfant, date de naissance : 1er juin 2015)" in text
    assert "Anaïs MARTIN (enfant, date de naissance : 26 novembre 2008)" in text
    assert "Je demande aussi l'accès à mes données" in text
    assert "Zoë L’HAŸ (conjoint ou conjointe, date de naissance : 12 mars 1975), signature" in text
    assert "né(e)" not in text
    before_signatures = text.split("Je demande aussi")[0]
    assert "Zoë" not in before_signatures.split("Je suis adhérente")[1]


def test_adult_child_signs_too(answers: Answers, today: dt.date, pdf_check: Any) -> None:
    answers.family = [FamilyMember("Anaïs", "Martin", "2008-11-25", "enfant")]  # 18 today
    text = pdf_check.text(render("lettre-mutuelle", answers, today)).replace("\n", " ")
    assert "enfants mineurs" not in text
    assert "Anaïs MARTIN (enfant, date de naissance : 25 novembre 2008), signature" in text


def test_greeting_and_closing_match(answers: Answers, today: dt.date, pdf_check: Any) -> None:
    text = pdf_check.text(render("lettre-mutuelle", answers, today)).replace("\n", " ")
    assert "Madame, Monsieur le Délégué à la protection des données," in text
    assert (
        "Je vous prie d'agréer, Madame, Monsieur le Délégué à la protection des données, "
        "l'expression de mes salutations distinguées." in text
    )


def test_sender_block_capitals_phone_under_it(
    answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    lines = pdf_check.text(render("lettre-mutuelle", answers, today)).splitlines()
    assert lines[:6] == [
        "ELOISE MARIE-THERESE",
        "LOEWENBRUCK-DUPONT-SAINT-OEUVRAY",
        "RES LES GLYCINES BATIMENT B",
        "12 B AV DU MAL DE LATTRE DE TASSIGNY",
        "42100 ST ETIENNE",
        "Tél. : 04 77 12 34 56",
    ]


def test_letter_says_one_month_from_receipt(
    answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    text = pdf_check.text(render("lettre-mutuelle", answers, today)).replace("\n", " ")
    assert "dans un délai d'un mois à compter de la réception de cette lettre" in text


def test_plan_made_late_says_what_is_left(answers: Answers, today: dt.date, pdf_check: Any) -> None:
    text = pdf_check.text(render("plan-demarches", answers, today)).replace("\n", " ")
    deadline = format_long_date(reply_deadline(dt.date(2026, 10, 1)))
    assert f"Le délai de réponse est passé le {deadline}" in text
    assert "calendrier" not in text
    assert "recommandée" not in text
    assert "Signez-la" not in text


def test_plan_made_first_gives_the_cnil_date(
    answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    answers.first_letter_date = ""
    text = pdf_check.text(render("plan-demarches", answers, today)).replace("\n", " ")
    assert f"Le {format_long_date(reply_deadline(today))} : fin du délai" in text
    assert "calendrier" in text and "recommandée" in text


def test_complaint_note_first_official_form_birth_name(
    answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    answers.person.birth_name = "Martin"
    pdf = render("plainte-bl2c", answers, today)
    pages = pdf_check.page_texts(pdf)
    assert pages[0].startswith("À lire avant d'envoyer")
    note = pages[0].replace("\n", " ")
    assert "lettre-plainte officielle" in note and "cybermalveillance.gouv.fr" in note
    letter = " ".join(pages[1:]).replace("\n", " ")
    assert "Page 1 sur 2" in pages[1] and "Page 2 sur 2" in pages[2]
    assert "Nom de naissance : MARTIN" in letter
    # The check says Almerys: only Almerys's attack is described.
    assert "Almerys" in letter and "Viamedis" not in letter


def test_complaint_without_birth_name_line_when_same(
    answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    answers.person.birth_name = answers.person.last_name.upper()
    text = pdf_check.text(render("plainte-bl2c", answers, today))
    assert "Nom de naissance" not in text


def test_family_member_without_birth_date_signs(
    answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    """Without a date of birth we cannot tell a minor: the person asks and signs themselves."""
    answers.family = [FamilyMember("Léo", "Martin", "", "enfant")]
    text = pdf_check.text(render("lettre-mutuelle", answers, today)).replace("\n", " ")
    assert "enfants mineurs" not in text
    assert "Léo MARTIN (enfant), signature" in text
