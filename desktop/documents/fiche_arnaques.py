"""Anti-scam checklist in large print: boxes to tick and the useful numbers with their sources."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, KeepTogether

from desktop.core.answers import Answers
from desktop.core.guidance import UsefulNumber, load_guidance
from desktop.documents.page import (
    CheckItem,
    para,
    render_sheet,
    sheet_styles,
    source_text,
    unbreakable,
)

TITLE = "Fiche anti-arnaques"
INTRO = (
    "Vos données de mutuelle ont peut-être été volées. Des escrocs peuvent s'en servir pour "
    "vous tromper. Gardez cette fiche près du téléphone. Cochez chaque case quand c'est fait "
    "ou compris."
)


def _number(entry: UsefulNumber) -> list[Flowable]:
    styles = sheet_styles()
    details = " — ".join(part for part in (entry.cost, entry.hours) if part)
    block = [para(f"{entry.name} : {unbreakable(entry.number)}", styles.bold)]
    if details:
        block.append(para(details, styles.body))
    block.append(para(entry.what, styles.body))
    if entry.caution:
        block.append(para(entry.caution, styles.body))
    block.append(para(source_text(entry.sources), styles.small))
    return [KeepTogether(block)]


def build(answers: Answers, today: dt.date) -> list[Flowable]:
    guidance = load_guidance()
    styles = sheet_styles()
    story: list[Flowable] = [para(TITLE, styles.title), para(INTRO, styles.body)]
    story.append(para("Numéros et sites utiles", styles.heading))
    for entry in guidance.numbers:
        story += _number(entry)
    story.append(para("Les bons réflexes", styles.heading))
    story += [CheckItem(tip.text, styles.body) for tip in guidance.advice]
    sources = [source for tip in guidance.advice for source in tip.sources]
    story.append(para(source_text(sources), styles.small))
    return story


def render(answers: Answers, today: dt.date) -> bytes:
    return render_sheet(TITLE, build(answers, today))
