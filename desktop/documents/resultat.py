"""The result of the check: insurer, operator, what was and was not exposed, with sources."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from desktop.core.answers import Answers
from desktop.core.catalog import load_catalog
from desktop.core.french_dates import format_long_date
from desktop.core.incidents import load_incidents
from desktop.core.validation import letter_date
from desktop.core.verdict import assess
from desktop.documents.page import bullets, para, render_sheet, sheet_styles, source_text

TITLE = "Résultat de la vérification"


def build(answers: Answers, today: dt.date) -> list[Flowable]:
    styles = sheet_styles()
    verdict = assess(answers.check, load_catalog())
    incidents = load_incidents()
    story: list[Flowable] = [
        para(TITLE, styles.title),
        para(
            f"Vérification faite le {format_long_date(letter_date(answers, today))}.", styles.body
        ),
        para(verdict.headline, styles.heading),
        para(verdict.explanation, styles.body),
    ]
    for reason in verdict.reasons:
        story.append(para(reason.text, styles.body))
        if reason.sources:
            story.append(para(source_text(reason.sources), styles.small))
    story.append(para(verdict.next_step, styles.body))
    for operator in verdict.operators:
        incident = incidents.by_operator[operator]
        story.append(para(verdict.stolen_intro(operator), styles.heading))
        story += bullets([fact.text for fact in incident.exposed], styles.body)
        story.append(para(verdict.not_stolen_intro(operator), styles.heading))
        story += bullets([fact.text for fact in incident.not_exposed], styles.body)
        facts = [*incident.exposed, *incident.not_exposed]
        story.append(para(source_text([s for f in facts for s in f.sources]), styles.small))
    return story


def render(answers: Answers, today: dt.date) -> bytes:
    return render_sheet(TITLE, build(answers, today))
