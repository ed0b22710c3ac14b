"""Letter to the insurer's data protection officer: access (RGPD art. 15), art. 34 information,
measures taken, answer within one month (art. 12.3). The insurer's address is the person's own.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.answers import Answers, FamilyMember
from desktop.core.fields import format_nir
from desktop.core.french_dates import parse_french_date
from desktop.core.postal import clean_spaces
from desktop.core.validation import insurer_block, letter_date
from desktop.documents.page import Letter, render_letter
from desktop.documents.parts import (
    agree,
    closing,
    full_name,
    long_date,
    place_date,
    sender_fields,
    signature,
)

TITLE = "Demande d'accès à mes données (RGPD)"


ADULT_AGE = 18
SALUTATION_DPO = "Madame, Monsieur le Délégué à la protection des données,"
COSIGN_INTRO = "Je demande aussi l'accès à mes données, dans les mêmes termes :"
_RELATIONSHIP = {"conjoint": "conjoint ou conjointe", "enfant": "enfant"}


def is_minor(member: FamilyMember, on: dt.date) -> bool:
    """Under 18 on the letter's date. Without a date of birth we cannot tell: the person is
    then treated as an adult, who asks for their own data and signs."""
    born = parse_french_date(member.birth_date)
    if born is None:
        return False
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return age < ADULT_AGE


def _member(member: FamilyMember) -> str:
    """``Zoë L’HAŸ (enfant, date de naissance : 12 mars 2015)`` — no "né(e)"."""
    name = clean_spaces(f"{member.first_name.strip()} {member.last_name.strip().upper()}")
    details = [_RELATIONSHIP.get(member.relationship.strip(), "")]
    if member.birth_date.strip():
        details.append(f"date de naissance : {long_date(member.birth_date)}")
    shown = ", ".join(part for part in details if part)
    return f"{name} ({shown})" if shown else name


def family_parts(answers: Answers, on: dt.date) -> tuple[list[str], list[str]]:
    """(minors, adults) as printed: minors are asked for by the person as children in their
    care; each adult asks for their own data and signs (the right of access is personal)."""
    minors = [_member(m) for m in answers.family if is_minor(m, on)]
    adults = [_member(m) for m in answers.family if not is_minor(m, on)]
    return minors, adults


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
    minors, adults = family_parts(answers, letter_date(answers, today))
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
    if minors:
        body.append(
            "- la même information pour les enfants mineurs à ma charge couverts par mon contrat :"
        )
        body += [f"- {line}" for line in minors]
    body += [
        "- les informations prévues par l'article 34 du RGPD : le nom et les coordonnées de "
        "votre délégué à la protection des données, les conséquences probables de la fuite "
        "et les mesures que vous avez prises ou proposez ;",
        "- les mesures prises depuis pour protéger mes données.",
        "Selon l'article 12.3 du RGPD, vous devez me répondre dans un délai d'un mois à compter "
        "de la réception de cette lettre. Sans réponse, je pourrai saisir la CNIL.",
        "Je vous remercie de me répondre par courrier à l'adresse ci-dessus.",
    ]
    if adults:
        body.insert(
            -2,
            "Les adultes de ma famille couverts par mon contrat signent au bas de cette lettre "
            "pour demander eux aussi l'accès à leurs données.",
        )
    return Letter(
        title=TITLE,
        **sender_fields(answers),
        recipient=insurer_block(answers),
        place_date=place_date(answers, today),
        subject="demande d'accès à mes données personnelles (articles 15 et 34 du RGPD)",
        references=refs,
        salutation=SALUTATION_DPO,
        body=body,
        closing=closing(SALUTATION_DPO),
        signature=signature(person),
        cosign_intro=COSIGN_INTRO,
        cosigners=adults,
    )


def render(answers: Answers, today: dt.date) -> bytes:
    return render_letter(build(answers, today))
