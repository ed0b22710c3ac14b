"""Anti-scam checklist in large print: boxes to tick and the useful numbers with their sources."""

from __future__ import annotations

import datetime as dt
import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from desktop.core.answers import Answers
from desktop.core.guidance import UsefulNumber, load_guidance
from desktop.documents.page import (
    CheckItem,
    para,
    render_sheet,
    sheet_styles,
    source_names,
    unbreakable,
)

TITLE = "Fiche anti-arnaques"
INTRO = (
    "Vos données de mutuelle ont peut-être été volées : des escrocs peuvent s'en servir. "
    "Gardez cette fiche près du téléphone."
)


def _heading(entry: UsefulNumber) -> str:
    """``Info Escroqueries : 0 805 805 817``; the name alone when it already holds the number."""
    number_is_digits = not any(char.isalpha() for char in entry.number)
    if number_is_digits and all(part in entry.name for part in re.findall(r"\d+", entry.number)):
        return entry.name
    return f"{entry.name} : {unbreakable(entry.number)}"


def _number(entry: UsefulNumber) -> list[Flowable]:
    styles = sheet_styles()
    details = ", ".join(part for part in (entry.cost, entry.hours.lower()) if part)
    text = " ".join(part for part in (f"{details}." if details else "", entry.what, entry.caution))
    return [KeepTogether([para(_heading(entry), styles.bold), para(text, styles.body)])]


def build(answers: Answers, today: dt.date) -> list[Flowable]:
    """Page 1: the useful numbers; page 2: the good habits to tick, then the sources."""
    guidance = load_guidance()
    styles = sheet_styles()
    story: list[Flowable] = [para(TITLE, styles.title), para(INTRO, styles.body)]
    story.append(para("Numéros et sites utiles", styles.heading))
    for entry in guidance.numbers:
        story += _number(entry)
    story.append(para("Les bons réflexes (cochez quand c'est compris)", styles.heading))
    tick = ParagraphStyle("tick", parent=styles.body, spaceAfter=styles.body.fontSize * 0.4)
    story += [CheckItem(tip.text, tick) for tip in guidance.advice]
    story.append(para("Sources", styles.heading))
    by_number = [f"{e.name.split(' (')[0]} : {source_names(e.sources)}." for e in guidance.numbers]
    tips = [source for tip in guidance.advice for source in tip.sources]
    by_number.append(f"Bons réflexes : {source_names(tips)}.")
    story.append(para(" ".join(by_number), styles.small))
    return story


def render(answers: Answers, today: dt.date) -> bytes:
    return render_sheet(TITLE, build(answers, today))
