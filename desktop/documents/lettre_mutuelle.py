"""Letter to the insurer's data protection officer: access (RGPD art. 15), art. 34 information,
measures taken, answer within one month (art. 12.3). The insurer's address is the person's own.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.answers import Answers
from desktop.core.fields import format_nir
from desktop.core.validation import insurer_block
from desktop.documents.page import Letter, render_letter
from desktop.documents.parts import (
    CLOSING,
    agree,
    full_name,
    long_date,
    place_date,
    sender_lines,
    signature,
)

TITLE = "Demande d'accès à mes données (RGPD)"


def _family(answers: Answers) -> list[str]:
    rows = []
    for member in answers.family:
        name = f"{member.first_name.strip()} {member.last_name.strip().upper()}"
        born = f", né(e) le {long_date(member.birth_date)}" if member.birth_date.strip() else ""
        rows.append(f"- {name}{born}")
    return rows


def build(answers: Answers, today: dt.date) -> Letter:
    person = answers.person
    identity = (
        f"{full_name(person)}, {agree(person, 'né', 'née')} le {long_date(person.birth_date)}"
    )
    refs = []
    if person.member_number.strip():
        refs.append(f"Numéro d'adhérent : {person.member_number.strip()}")
    if person.nir.strip():
        refs.append(f"Numéro de sécurité sociale : {format_nir(person.nir)}")
    family = _family(answers)
    body = [
        f"Je suis {agree(person, 'adhérent', 'adhérente')} de votre mutuelle ({identity}). "
        "En février 2024, les opérateurs de tiers payant Viamedis et Almerys ont subi des "
        "attaques informatiques qui ont exposé des données d'assurés.",
        "Au titre de l'article 15 du Règlement général sur la protection des données (RGPD), "
        "je vous demande :",
        "- une copie de toutes les données personnelles que vous détenez sur moi ;",
        "- la liste précise de mes données qui ont été exposées lors de ces attaques, "
        "et par quel opérateur ;",
    ]
    if family:
        body.append(
            "- la même information pour les membres de ma famille couverts par mon contrat :"
        )
        body += family
    body += [
        "- les informations prévues par l'article 34 du RGPD : le nom et les coordonnées de "
        "votre délégué à la protection des données, les conséquences probables de la fuite "
        "et les mesures que vous avez prises ou proposez ;",
        "- les mesures prises depuis pour protéger mes données.",
        "Selon l'article 12.3 du RGPD, vous devez me répondre dans un délai d'un mois à compter "
        "de la réception de cette lettre. Sans réponse, je pourrai saisir la CNIL.",
        "Je vous remercie de me répondre par courrier à l'adresse ci-dessus.",
    ]
    return Letter(
        title=TITLE,
        sender=sender_lines(answers),
        recipient=insurer_block(answers),
        place_date=place_date(answers, today),
        subject="demande d'accès à mes données personnelles (articles 15 et 34 du RGPD)",
        references=refs,
        salutation="Madame, Monsieur le Délégué à la protection des données,",
        body=body,
        closing=CLOSING,
        signature=signature(person),
    )


def render(answers: Answers, today: dt.date) -> bytes:
    return render_letter(build(answers, today))
