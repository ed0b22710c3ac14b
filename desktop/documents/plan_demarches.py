"""The person's own plan, with real dates: insurer letter today, CNIL after one month."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from desktop.core.answers import Answers
from desktop.core.french_dates import format_long_date, parse_french_date
from desktop.core.guidance import load_guidance
from desktop.core.validation import POST_DAYS, letter_date, reply_deadline
from desktop.documents.page import CheckItem, para, render_sheet, sheet_styles, source_text

TITLE = "Mon plan de démarches"


def steps(answers: Answers, today: dt.date) -> list[str]:
    """The plan's steps. A letter already sent is not to be signed or posted again, and a
    date already past is not to be noted on a calendar."""
    made = letter_date(answers, today)
    sent = parse_french_date(answers.first_letter_date)
    start = sent or made
    cnil_from = reply_deadline(start)
    insurer = answers.insurer.name.strip() or "votre mutuelle"
    if sent:
        first = [
            f"Le {format_long_date(sent)} : vous avez envoyé votre lettre à {insurer}, pour "
            "savoir quelles données ont été exposées. Gardez sa copie et la preuve de l'envoi."
        ]
    else:
        first = [
            f"Le {format_long_date(start)} : lettre à {insurer}, pour savoir quelles "
            "données ont été exposées. Signez-la et gardez-en une copie.",
            "Envoyez-la de préférence en lettre recommandée avec avis de réception : vous "
            "aurez la preuve de la date. Gardez le récépissé de La Poste.",
        ]
    delay = (
        "un mois à partir du jour où la mutuelle reçoit la lettre (article 12.3 du RGPD), "
        f"en comptant {POST_DAYS} jours pour La Poste"
    )
    if cnil_from < made:
        wait = [
            f"Le délai de réponse est passé le {format_long_date(cnil_from)} ({delay}). "
            "Sans réponse de la mutuelle, envoyez dès maintenant la lettre à la CNIL, avec "
            "la copie de votre lettre et la preuve de l'envoi."
        ]
    else:
        wait = [
            f"Le {format_long_date(cnil_from)} : fin du délai de réponse de la mutuelle "
            f"({delay}). Notez cette date sur votre calendrier.",
            f"Sans réponse après le {format_long_date(cnil_from)} : envoyez la lettre à la "
            "CNIL, avec la copie de votre lettre et la preuve de l'envoi.",
        ]
    return [
        *first,
        *wait,
        "Gardez dans une même pochette : les copies de vos lettres, les récépissés, les "
        "réponses reçues et le message de votre mutuelle sur la fuite.",
        "Chaque jour : méfiez-vous des appels et messages qui parlent de votre mutuelle ou de "
        "remboursements. Notez-les sur le carnet des appels.",
    ]


def build(answers: Answers, today: dt.date) -> list[Flowable]:
    styles = sheet_styles()
    guidance = load_guidance()
    story: list[Flowable] = [
        para(TITLE, styles.title),
        para(f"Établi le {format_long_date(letter_date(answers, today))}.", styles.body),
    ]
    story += [CheckItem(step, styles.body) for step in steps(answers, today)]
    articles = [guidance.articles["rgpd_12_3"], guidance.articles["cnil_prealable"]]
    story.append(para("Ce que dit la règle", styles.heading))
    for article in articles:
        story.append(para(f"{article.title} : {article.summary}", styles.body))
        story.append(para(source_text(article.sources), styles.small))
    return story


def render(answers: Answers, today: dt.date) -> bytes:
    return render_sheet(TITLE, build(answers, today))
