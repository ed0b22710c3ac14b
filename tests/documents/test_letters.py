"""Open every document PDF and check the page model's promises."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from desktop.core.answers import Answers
from desktop.documents import KINDS, InvalidAnswers, render

LETTERS = ("plainte-bl2c", "lettre-mutuelle", "plainte-cnil")
A4 = (595.27, 841.89)


def _is_a4(size: tuple[float, float]) -> bool:
    return sorted(round(v) for v in size) == [595, 842]


def test_kinds_in_order() -> None:
    assert list(KINDS) == [
        "plainte-bl2c",
        "lettre-mutuelle",
        "plainte-cnil",
        "fiche-arnaques",
        "plan-demarches",
        "journal-appels",
        "resultat",
    ]


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_document_is_a4_with_embedded_atkinson(
    kind: str, answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    pdf = render(kind, answers, today)
    assert pdf.startswith(b"%PDF")
    assert all(_is_a4(size) for size in pdf_check.sizes(pdf))
    fonts = pdf_check.fonts(pdf)
    assert any("Atkinson" in name for name in fonts), fonts
    pdf_check.chars_inside_margins(pdf)


@pytest.mark.parametrize("kind", LETTERS)
def test_letters_keep_french_text(
    kind: str, answers: Answers, today: dt.date, pdf_check: Any
) -> None:
    text = pdf_check.text(render(kind, answers, today))
    assert "Lœwenbrück-Dupont-Saint-Œuvray" in text
    assert "Éloïse" in text
    assert "À Saint-Étienne, le 25 novembre 2026" in text
    assert "Objet" in text


@pytest.mark.parametrize("kind", LETTERS)
def test_recipient_in_window(kind: str, answers: Answers, today: dt.date, pdf_check: Any) -> None:
    lines = pdf_check.recipient_lines(render(kind, answers, today))
    last = lines[-1]
    assert last == last.upper()
    assert last.split(" ")[0].isdigit()


def test_bl2c_letter(answers: Answers, today: dt.date, pdf_check: Any) -> None:
    pdf = render("plainte-bl2c", answers, today)
    lines = pdf_check.recipient_lines(pdf)
    assert lines == [
        "Direction de la Police Judiciaire PP",
        "BL2C 2024/030",
        "36 RUE DU BASTION",
        "75017 PARIS",
    ]
    text = pdf_check.text(pdf).replace("\n", " ")
    assert "contre toute personne que l'enquête déterminera" in text
    assert "0\u00a0805\u00a0805\u00a0817" in text or "0 805 805 817" in text
    assert "Almerys" in text
    assert "29 février 1948" in text


def test_cnil_letter(answers: Answers, today: dt.date, pdf_check: Any) -> None:
    pdf = render("plainte-cnil", answers, today)
    assert pdf_check.recipient_lines(pdf) == [
        "CNIL",
        "3 PLACE DE FONTENOY",
        "TSA 80715",
        "75334 PARIS CEDEX 07",
    ]
    text = pdf_check.text(pdf).replace("\n", " ")
    assert "1er octobre 2026" in text
    assert "dans un délai d'un mois à compter de la réception de ma lettre" in text
    assert "Pièces jointes" in text


def test_insurer_letter_names_family(answers: Answers, today: dt.date, pdf_check: Any) -> None:
    text = pdf_check.text(render("lettre-mutuelle", answers, today))
    assert "Zoë L’HAŸ" in text
    assert "article 15" in text
    assert "12.3" in text


def test_two_page_letter_is_numbered(long_answers: Answers, today: dt.date, pdf_check: Any) -> None:
    pdf = render("lettre-mutuelle", long_answers, today)
    pages = pdf_check.page_count(pdf)
    assert pages >= 2
    text = pdf_check.text(pdf)
    assert f"Page 1 sur {pages}" in text
    assert f"Page {pages} sur {pages}" in text
    pdf_check.chars_inside_margins(pdf)


def test_invalid_answers_give_french_problems(today: dt.date) -> None:
    with pytest.raises(InvalidAnswers) as caught:
        render("plainte-bl2c", Answers(), today)
    assert caught.value.problems
    assert all(p.message[0].isupper() for p in caught.value.problems)


def test_street_of_120_characters(answers: Answers, today: dt.date, pdf_check: Any) -> None:
    answers.person.address_lines = [
        (
            "12 bis boulevard du Maréchal Jean-Marie de Lattre de Tassigny et de la "
            "Résistance Française prolongée jusqu’au rond-point"
        )[:120]
    ]
    try:
        pdf = render("lettre-mutuelle", answers, today)
    except InvalidAnswers as error:
        assert "38" in error.problems[0].message
    else:
        pdf_check.chars_inside_margins(pdf)
