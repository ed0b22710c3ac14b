"""Sample answers (invented people) for the document tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from stdnum.fr import nir

from desktop.core.answers import Answers

TODAY = dt.date(2026, 11, 25)
# Born February 1948 in Ajaccio (Corse-du-Sud, 2A, commune 004): the key is computed by stdnum.
CORSICAN_NIR_BASE = "248022A004123"
CORSICAN_NIR = CORSICAN_NIR_BASE + nir.calc_check_digits(CORSICAN_NIR_BASE)


def eloise() -> dict[str, Any]:
    return {
        "person": {
            "title": "Madame",
            "first_name": "Éloïse Marie-Thérèse",
            "last_name": "Lœwenbrück-Dupont-Saint-Œuvray",
            "birth_date": "1948-02-29",
            "birth_place": "Saint-Étienne",
            "address_lines": [
                "Résidence les Glycines, bâtiment B",
                "12 bis avenue du Maréchal de Lattre de Tassigny",
            ],
            "postal_code": "42100",
            "city": "Saint-Étienne",
            "phone": "04 77 12 34 56",
            "nir": CORSICAN_NIR,
            "member_number": "AB-123456",
        },
        "insurer": {
            "name": "Mutuelle d’Exemple des Retraités de l’Ondaine",
            "address_lines": ["Service relations adhérents", "7 rue de l’Exemple"],
            "postal_code": "75009",
            "city": "Paris",
        },
        "family": [
            {"first_name": "Zoë", "last_name": "L’Haÿ", "birth_date": "12/03/1975"},
            {"first_name": "Anaïs", "last_name": "Lœwenbrück", "birth_date": "2001-07-14"},
        ],
        "place": "Saint-Étienne",
        "date": "2026-11-25",
        "first_letter_date": "2026-10-01",
        "insurer_informed_date": "2024-02-05",
        "check": {"has_mutuelle": "oui", "card_reading": "almerys"},
    }


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def answers() -> Answers:
    return Answers.from_dict(eloise())


@pytest.fixture
def long_answers() -> Answers:
    """Someone with a large family: the letters run over two pages."""
    raw = eloise()
    raw["person"]["title"] = "Monsieur"
    raw["person"]["first_name"] = "Jean-Baptiste"
    raw["check"] = {}
    raw["family"] = [
        {"first_name": f"Enfant {n}", "last_name": "Lœwenbrück", "birth_date": "2001-07-14"}
        for n in range(10)
    ]
    for member, name in zip(raw["family"], "ABCDEFGHIJ", strict=True):
        member["first_name"] = f"Françoise-{name}"
    return Answers.from_dict(raw)


# --- PDF inspection helpers, offered as a fixture ---------------------------------------------

MM = 72 / 25.4


class PdfCheck:
    """Opens PDF bytes with pypdf and pdfplumber and checks the page model's promises."""

    # Every character stays inside this box (points from the top-left corner).
    LEFT, RIGHT, TOP, BOTTOM = 15 * MM, 195 * MM, 10 * MM, 287 * MM
    WINDOW = (110 * MM, 55 * MM, 195 * MM, 80 * MM)  # x0, top, x1, bottom

    def text(self, pdf: bytes) -> str:
        import io

        import pdfplumber

        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            return "\n".join(page.extract_text() or "" for page in doc.pages)

    def page_count(self, pdf: bytes) -> int:
        import io

        import pypdf

        return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)

    def fonts(self, pdf: bytes) -> set[str]:
        """Base font names; asserts each one is embedded (FontFile2 / descendant font file)."""
        import io

        import pypdf

        names: set[str] = set()
        for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
            fonts = page["/Resources"].get_object().get("/Font", {})
            for ref in fonts.values():
                font = ref.get_object()
                descriptor = font.get("/FontDescriptor")
                if descriptor is None and "/DescendantFonts" in font:
                    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                assert descriptor is not None, font
                descriptor = descriptor.get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                    f"font not embedded: {font['/BaseFont']}"
                )
                names.add(str(font["/BaseFont"]))
        return names

    def sizes(self, pdf: bytes) -> list[tuple[float, float]]:
        import io

        import pypdf

        return [
            (float(p.mediabox.width), float(p.mediabox.height))
            for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
        ]

    def chars_inside_margins(self, pdf: bytes, pages: int | None = None) -> None:
        import io

        import pdfplumber

        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            for page in doc.pages[:pages]:
                width, height = float(page.width), float(page.height)
                right = self.RIGHT if width < height else width - 15 * MM
                bottom = self.BOTTOM if width < height else height - 10 * MM
                for char in page.chars:
                    assert char["x0"] >= self.LEFT - 0.5, char
                    assert char["x1"] <= right + 0.5, char
                    assert char["top"] >= self.TOP - 0.5, char
                    assert char["bottom"] <= bottom + 0.5, char

    def recipient_lines(self, pdf: bytes) -> list[str]:
        """The lines printed right of x = 100 mm and above 85 mm on page 1; all must sit in
        the window safe area and be at most 38 characters long."""
        import io

        import pdfplumber

        x0, top, x1, bottom = self.WINDOW
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            page = doc.pages[0]
            chars = [c for c in page.chars if c["x0"] >= 100 * MM and c["top"] < 85 * MM]
            assert chars, "no recipient block"
            for char in chars:
                assert x0 <= char["x0"] and char["x1"] <= x1, char
                assert top <= char["top"] and char["bottom"] <= bottom, char
            area = page.crop((100 * MM, 0, float(page.width), 85 * MM))
            lines = (area.extract_text(use_text_flow=True) or "").splitlines()
        assert 1 <= len(lines) <= 6, lines
        for line in lines:
            assert len(line) <= 38, line
        return lines


@pytest.fixture
def pdf_check() -> PdfCheck:
    return PdfCheck()
