"""Put a letter's first page in a DL window envelope drawn to scale, and show what the window shows.

    .venv/bin/python tools/envelope_check.py OUT.png [--kind lettre-mutuelle] [--answers FILE.json]

The model (the issue's, not an official La Poste specification): a 220 x 110 mm envelope with a
100 x 45 mm window, 20 mm from its right edge and 15 mm from its bottom edge. The A4 sheet is
folded in three (folds at 99 and 198 mm), its top panel facing the window; folded, it is
210 x 99 mm, so it can slide 11 mm up and down and 10 mm sideways. The picture shows the
envelope for the sheet's highest and lowest positions (rows), pushed left, centred and pushed
right (columns); the envelope is opaque except the window. :func:`visible_text` lists, for each
position, the characters the window shows, whole or in part (used by the tests).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ENVELOPE = (220.0, 110.0)  # mm, width x height
WINDOW = (100.0, 45.0)  # mm
WINDOW_FROM_RIGHT = 20.0
WINDOW_FROM_BOTTOM = 15.0
FOLDED = (210.0, 99.0)  # A4 folded in three
PX_PER_MM = 6
PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Position:
    name: str
    dx: float  # sheet's left edge from the envelope's left edge, mm
    dy: float  # sheet's top edge from the envelope's top edge, mm

    def window_on_sheet(self) -> tuple[float, float, float, float]:
        """The window in the sheet's coordinates (x0, top, x1, bottom, mm)."""
        x0 = ENVELOPE[0] - WINDOW_FROM_RIGHT - WINDOW[0]
        top = ENVELOPE[1] - WINDOW_FROM_BOTTOM - WINDOW[1]
        return (x0 - self.dx, top - self.dy, x0 + WINDOW[0] - self.dx, top + WINDOW[1] - self.dy)


def positions() -> list[Position]:
    play_x, play_y = ENVELOPE[0] - FOLDED[0], ENVELOPE[1] - FOLDED[1]
    return [
        Position(f"{vertical}, {horizontal}", dx, dy)
        for vertical, dy in (("sheet highest", 0.0), ("sheet lowest", play_y))
        for horizontal, dx in (("left", 0.0), ("centred", play_x / 2), ("right", play_x))
    ]


def letter_pdf(kind: str, answers_file: str | None) -> bytes:
    from desktop.commands.samples import SAMPLE_ANSWERS
    from desktop.core.answers import Answers
    from desktop.documents import render

    raw = json.loads(Path(answers_file).read_text("utf-8")) if answers_file else SAMPLE_ANSWERS
    return render(kind, Answers.from_dict(raw), dt.date.today())


def letter_page_index(pdf: bytes) -> int:
    """The letter's first page (a note to keep may come first)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for index, page in enumerate(doc.pages):
            if "Objet" in (page.extract_text() or ""):
                return index
    raise ValueError("no letter page")


def visible_text(pdf: bytes) -> dict[str, list[dict[str, Any]]]:
    """For each position, the characters (pdfplumber dicts) the window shows, even in part."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        chars = doc.pages[letter_page_index(pdf)].chars
    shown: dict[str, list[dict[str, Any]]] = {}
    for position in positions():
        x0, top, x1, bottom = (v * PT_PER_MM for v in position.window_on_sheet())
        shown[position.name] = [
            c
            for c in chars
            if c["x1"] > x0 and c["x0"] < x1 and c["bottom"] > top and c["top"] < bottom
        ]
    return shown


def picture(pdf: bytes) -> Any:
    """The envelopes, one per position, as a Pillow image."""
    import pypdfium2
    from PIL import Image, ImageDraw, ImageFont

    page = pypdfium2.PdfDocument(pdf)[letter_page_index(pdf)]
    sheet = page.render(scale=PX_PER_MM / PT_PER_MM).to_pil().convert("RGB")
    width, height = (round(v * PX_PER_MM) for v in ENVELOPE)
    gap = 12 * PX_PER_MM
    cells = positions()
    out = Image.new("RGB", (3 * width + 4 * gap, 2 * height + 3 * gap), "white")
    draw = ImageDraw.Draw(out)
    label = ImageFont.load_default(size=5 * PX_PER_MM)
    for index, position in enumerate(cells):
        left = gap + (index % 3) * (width + gap)
        top = gap + (index // 3) * (height + gap)
        envelope = Image.new("RGB", (width, height), (214, 200, 170))
        x0, wtop, x1, wbottom = position.window_on_sheet()
        crop = sheet.crop(tuple(round(v * PX_PER_MM) for v in (x0, wtop, x1, wbottom)))
        wx = round((ENVELOPE[0] - WINDOW_FROM_RIGHT - WINDOW[0]) * PX_PER_MM)
        wy = round((ENVELOPE[1] - WINDOW_FROM_BOTTOM - WINDOW[1]) * PX_PER_MM)
        envelope.paste(crop, (wx, wy))
        out.paste(envelope, (left, top))
        draw.rectangle((left, top, left + width - 1, top + height - 1), outline="black", width=2)
        draw.rectangle(
            (left + wx, top + wy, left + wx + crop.width, top + wy + crop.height),
            outline=(90, 90, 90),
            width=1,
        )
        draw.text((left, top - gap * 0.8), position.name, fill="black", font=label)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--kind", default="lettre-mutuelle")
    parser.add_argument("--answers")
    args = parser.parse_args(argv)
    pdf = letter_pdf(args.kind, args.answers)
    picture(pdf).save(args.out)
    for name, chars in visible_text(pdf).items():
        lines: dict[int, str] = {}
        for char in chars:
            lines[round(char["top"])] = lines.get(round(char["top"]), "") + char["text"]
        print(f"{name}: " + " | ".join(lines[key] for key in sorted(lines)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
