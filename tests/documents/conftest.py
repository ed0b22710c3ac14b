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


def reunion() -> dict[str, Any]:
    """A simple case: short name and address in La Réunion, no family, no NIR."""
    return {
        "person": {
            "title": "Monsieur",
            "first_name": "Paul",
            "last_name": "Hoarau",
            "birth_date": "1950-01-10",
            "birth_place": "Saint-Denis",
            "address_lines": ["10 rue de Paris"],
            "postal_code": "97400",
            "city": "Saint-Denis",
            "phone": "0262 20 30 40",
        },
        "insurer": {
            "name": "Mutuelle Exemple",
            "address_lines": ["10 avenue de la Mutualité"],
            "postal_code": "75015",
            "city": "Paris",
        },
        "place": "Saint-Denis",
        "date": "2026-11-25",
        "first_letter_date": "2026-10-01",
        "insurer_informed_date": "2024-02-05",
        "check": {"has_mutuelle": "oui", "card_reading": "viamedis"},
    }


@pytest.fixture
def simple_answers() -> Answers:
    return Answers.from_dict(reunion())


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
    WINDOW = (110 * MM, 55 * MM, 190 * MM, 80 * MM)  # x0, top, x1, bottom
    # Where a DL window may show the folded sheet: nothing but the recipient block prints here
    # (the zone, x 100–200 and y 40–100 mm, widened by the sheet's play in the envelope).
    ZONE = (90 * MM, 39 * MM, 200 * MM, 100 * MM)

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

    def letter_page(self, doc: Any) -> Any:
        """The letter's first page (a note to keep may come before it)."""
        for page in doc.pages:
            if "Objet" in (page.extract_text() or ""):
                return page
        raise AssertionError("no page with « Objet »")

    def recipient_lines(self, pdf: bytes) -> list[str]:
        """The lines printed in the window zone (x 90–200 mm, y 39–100 mm) of the letter's
        first page: only the recipient block may print there, inside the window safe area,
        at most 6 lines of at most 38 characters. Nothing else either: no line, no box."""
        import io

        import pdfplumber

        x0, top, x1, bottom = self.WINDOW
        zx0, ztop, zx1, zbottom = self.ZONE
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            page = self.letter_page(doc)
            chars = [
                c
                for c in page.chars
                if c["x1"] > zx0 and c["x0"] < zx1 and c["bottom"] > ztop and c["top"] < zbottom
            ]
            assert chars, "no recipient block"
            for char in chars:
                assert x0 <= char["x0"] and char["x1"] <= x1, char
                assert top <= char["top"] and char["bottom"] <= bottom, char
            for shape in [*page.lines, *page.rects, *page.curves, *page.images]:
                inside_x = shape["x1"] > zx0 and shape["x0"] < zx1
                assert not (inside_x and shape["bottom"] > ztop and shape["top"] < zbottom), shape
            area = page.crop((zx0, ztop, zx1, zbottom))
            lines = (area.extract_text(use_text_flow=True) or "").splitlines()
        assert 1 <= len(lines) <= 6, lines
        for line in lines:
            assert len(line) <= 38, line
        return lines

    def page_texts(self, pdf: bytes) -> list[str]:
        """Each page's text (pypdf: faster than pdfplumber, for the 1,000 random people)."""
        import io

        import pypdf

        return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]

    def closing_not_alone(self, pdf: bytes) -> None:
        """The page holding the closing formula also holds text of the letter before it:
        never a page with only the closing and the signature."""
        pages = [text for text in self.page_texts(pdf) if "Je vous prie d'agréer" in text]
        assert len(pages) == 1, pages
        before = pages[0].split("Je vous prie d'agréer")[0]
        lines = [line for line in before.splitlines() if line.strip()]
        assert lines, pages[0]


@pytest.fixture
def pdf_check() -> PdfCheck:
    return PdfCheck()
