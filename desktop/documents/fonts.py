"""Register the embedded fonts once: Atkinson Hyperlegible (OFL) for text, DejaVu Sans for
symbols and for every digit.

Atkinson Hyperlegible draws its zero with a slash and has no plain-zero alternate (its GSUB
only has ``zero.tf``, the tabular form, slashed too). A slashed zero reads "75Ø09" to a
sorting machine or to someone copying a number, so digits are set in DejaVu Sans (plain,
oval zero), scaled to Atkinson's digit height.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.resources import resource_path

REGULAR = "Atkinson"
BOLD = "Atkinson-Bold"
SYMBOLS = "DejaVuSans"
DIGITS = "DejaVuSans"
DIGITS_BOLD = "DejaVuSans-Bold"
# Atkinson's digits are 680 units high (of 1000), DejaVu's 1520 of 2048: scale DejaVu to match.
DIGIT_SCALE = round((680 / 1000) / (1520 / 2048), 3)

_FILES = {
    REGULAR: "AtkinsonHyperlegible-Regular.ttf",
    BOLD: "AtkinsonHyperlegible-Bold.ttf",
    SYMBOLS: "DejaVuSans.ttf",
    DIGITS_BOLD: "DejaVuSans-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the fonts (idempotent) and map <b> to Atkinson Bold."""
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


def digit_font(font: str) -> str:
    """The plain-zero font for the digits of text set in ``font``."""
    return DIGITS_BOLD if font == BOLD else DIGITS


def runs(text: str) -> list[tuple[bool, str]]:
    """Split ``text`` into runs of digits and of other characters: ``[(is_digits, run)]``."""
    out: list[tuple[bool, str]] = []
    for char in text:
        digit = char.isascii() and char.isdigit()
        if out and out[-1][0] == digit:
            out[-1] = (digit, out[-1][1] + char)
        else:
            out.append((digit, char))
    return out


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` set with :func:`draw_text` (digits in the plain-zero font)."""
    register_fonts()
    return sum(
        pdfmetrics.stringWidth(run, digit_font(font), size * DIGIT_SCALE)
        if digit
        else pdfmetrics.stringWidth(run, font, size)
        for digit, run in runs(text)
    )


def draw_text(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """``canvas.drawString`` with the digits in the plain-zero font, in one text object (so
    text copied from the PDF stays on one line)."""
    line = canvas.beginText(x, y)
    for digit, run in runs(text):
        run_font, run_size = (digit_font(font), size * DIGIT_SCALE) if digit else (font, size)
        line.setFont(run_font, run_size)
        line.textOut(run)
    canvas.drawText(line)
