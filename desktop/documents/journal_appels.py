"""A sheet to log suspicious calls and messages by hand: big rows, landscape A4."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from desktop.core.answers import Answers
from desktop.documents.fonts import REGULAR
from desktop.documents.page import para, render_sheet, sheet_styles

TITLE = "Carnet des appels et messages suspects"
INTRO = (
    "Notez chaque appel, SMS ou courriel douteux. Ne rappelez jamais le numéro : "
    "appelez plutôt votre mutuelle au numéro de votre carte."
)
COLUMNS = (
    ("Date", 30),
    ("Heure", 22),
    ("Qui ?", 45),
    ("Numéro", 45),
    ("Ce qu'on m'a demandé", 65),
    ("Ce que j'ai fait", 55),
)
ROWS = 6
ROW_HEIGHT = 21 * mm


def build(answers: Answers, today: dt.date) -> list[Flowable]:
    styles = sheet_styles()
    header = [para(name, styles.bold) for name, _ in COLUMNS]
    data: list[list[object]] = [header] + [["" for _ in COLUMNS] for _ in range(ROWS)]
    table = Table(
        data,
        colWidths=[width * mm for _, width in COLUMNS],
        rowHeights=[None] + [ROW_HEIGHT] * ROWS,
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 1.2, "black"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
            ]
        )
    )
    return [para(TITLE, styles.title), para(INTRO, styles.body), table]


def render(answers: Answers, today: dt.date) -> bytes:
    return render_sheet(TITLE, build(answers, today), wide=True)
