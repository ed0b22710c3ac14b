"""Register the embedded fonts once: Atkinson Hyperlegible (OFL), DejaVu Sans for symbols."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.resources import resource_path

REGULAR = "Atkinson"
BOLD = "Atkinson-Bold"
SYMBOLS = "DejaVuSans"

_FILES = {
    REGULAR: "AtkinsonHyperlegible-Regular.ttf",
    BOLD: "AtkinsonHyperlegible-Bold.ttf",
    SYMBOLS: "DejaVuSans.ttf",
}


@cache
def register_fonts() -> None:
    """Register the three fonts (idempotent) and map <b> to Atkinson Bold."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


@cache
def _atkinson_chars() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def atkinson_has(char: str) -> bool:
    """True when Atkinson Hyperlegible has a glyph for ``char``."""
    return ord(char) in _atkinson_chars()
