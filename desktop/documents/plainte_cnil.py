"""Complaint to the CNIL when the insurer did not answer the access request within a month."""

from __future__ import annotations

import datetime as dt

from desktop.core.answers import Answers
from desktop.core.guidance import load_guidance
from desktop.core.postal import clean_spaces, format_address
from desktop.documents.page import Letter, render_letter
from desktop.documents.parts import (
    agree,
    closing,
    full_name,
    long_date,
    one_line_address,
    place_date,
    sender_fields,
    signature,
)

TITLE = "Plainte à la CNIL (droit d'accès)"


def build(answers: Answers, today: dt.date) -> Letter:
    address = load_guidance().addresses["cnil"]
    person = answers.person
    insurer = answers.insurer
    insurer_name = insurer.name.strip()
    insurer_address = ", ".join(
        [
            *(clean_spaces(line) for line in insurer.address_lines if line.strip()),
            clean_spaces(f"{insurer.postal_code} {insurer.city}"),
        ]
    )
    sent = long_date(answers.first_letter_date)
    body = [
        f"Je {agree(person, 'soussigné', 'soussignée')} {full_name(person)}, "
        f"{agree(person, 'né', 'née')} le {long_date(person.birth_date)}, demeurant "
        f"{one_line_address(person)}, dépose plainte contre {insurer_name} "
        f"({insurer_address}), qui n'a pas répondu à ma demande d'accès à mes données "
        "personnelles.",
        f"Le {sent}, je lui ai écrit pour exercer mon droit d'accès (article 15 du RGPD) et "
        "lui demander quelles données me concernant avaient été exposées lors des attaques "
        "contre les opérateurs de tiers payant Viamedis et Almerys en février 2024 "
        "(article 34 du RGPD).",
        "Il devait me répondre dans un délai d'un mois à compter de la réception de ma lettre "
        "(article 12.3 du RGPD). À ce jour, je n'ai reçu aucune réponse.",
        "Je vous demande d'intervenir auprès de cet organisme pour qu'il réponde à ma demande.",
    ]
    return Letter(
        title=TITLE,
        **sender_fields(answers),
        recipient=format_address(
            address.name_line, list(address.lines), address.postal_code, address.city
        ),
        place_date=place_date(answers, today),
        subject="plainte — absence de réponse à une demande de droit d'accès (RGPD)",
        body=body,
        closing=closing(),
        signature=signature(person),
        enclosures=[
            f"Copie de ma lettre du {sent} à {insurer_name}",
            "Preuve de l'envoi (récépissé ou avis de réception)",
        ],
    )


def render(answers: Answers, today: dt.date) -> bytes:
    return render_letter(build(answers, today))
