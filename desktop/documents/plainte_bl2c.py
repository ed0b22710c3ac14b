"""Typed complaint to the BL2C (Préfecture de police de Paris), reference BL2C 2024/030.

Addresses, facts and procedure notes come from ``guidance.json``; the wording is here.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.answers import Answers
from desktop.core.catalog import OPERATOR_NAMES, load_catalog
from desktop.core.fields import format_nir, format_phone
from desktop.core.guidance import load_guidance
from desktop.core.postal import clean_spaces, format_address
from desktop.core.verdict import assess
from desktop.documents.page import (
    Letter,
    Source,
    bullets,
    make_styles,
    para,
    render_letter,
    source_text,
    unbreakable,
)
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

TITLE = "Plainte (BL2C 2024/030)"


def operators(answers: Answers) -> tuple[str, ...]:
    """Operators named by the check; both when we do not know."""
    found = assess(answers.check, load_catalog()).operators
    return found or tuple(OPERATOR_NAMES)


def build(answers: Answers, today: dt.date) -> Letter:
    guidance = load_guidance()
    facts = guidance.complaint_facts
    address = guidance.addresses["bl2c"]
    person = answers.person
    ops = operators(answers)
    informed = agree(person, "informé", "informée")
    identity = [f"Nom : {person.last_name.strip().upper()}"]
    birth_name = clean_spaces(person.birth_name).upper()
    if birth_name and birth_name != clean_spaces(person.last_name).upper():
        identity.append(f"Nom de naissance : {birth_name}")
    identity += [
        f"Prénoms : {person.first_name.strip()}",
        f"{agree(person, 'Né', 'Née')} le {long_date(person.birth_date)} "
        f"à {person.birth_place.strip()}",
        f"Adresse : {one_line_address(person)}",
        f"Téléphone : {format_phone(person.phone)}",
        f"Complémentaire santé : {answers.insurer.name.strip()}",
    ]
    if person.member_number.strip():
        identity.append(f"Numéro d'adhérent : {person.member_number.strip()}")
    if person.nir.strip():
        identity.append(f"Numéro de sécurité sociale : {format_nir(person.nir)}")
    body = [
        f"Je {agree(person, 'soussigné', 'soussignée')} {full_name(person)} porte plainte "
        "contre toute personne que l'enquête déterminera, pour l'atteinte à mes données "
        "personnelles lors de l'attaque informatique décrite ci-dessous.",
        "Mon identité :",
        *(f"- {line}" for line in identity),
        "Les faits :",
        *(facts[op].text for op in ops),
        facts["data"].text,
        f"Le {long_date(answers.insurer_informed_date)}, ma complémentaire santé, "
        f"{answers.insurer.name.strip()}, m'a {informed} que mes données personnelles "
        f"avaient pu être exposées lors {'de cette attaque' if len(ops) == 1 else 'de ces attaques'}.",
        facts["investigation"].text,
        f"Je demande que ma plainte soit jointe à cette procédure et à être {informed} "
        "de ses suites.",
    ]
    styles = make_styles(16)
    note_items = [
        facts["official_form"].text,
        "Gardez la référence « BL2C 2024/030 » : elle est dans l'adresse, visible dans la "
        "fenêtre de l'enveloppe. Si vous écrivez l'adresse à la main, recopiez-la.",
        f"Appelez Info Escroqueries au {_number_text()} pour savoir si cette procédure est "
        "toujours ouverte.",
        facts["procedure_status"].text,
        facts["typed_only"].text,
        facts["optional"].text,
        facts["condition"].text,
        "Gardez une copie de la lettre signée.",
    ]
    note = bullets(note_items, styles.body)
    note.append(para(source_text(_note_sources()), styles.small))
    return Letter(
        title=TITLE,
        **sender_fields(answers),
        recipient=format_address(
            address.name_line, list(address.lines), address.postal_code, address.city
        ),
        place_date=place_date(answers, today),
        subject="plainte contre X — vol de données personnelles (tiers payant, "
        f"{' et '.join(OPERATOR_NAMES[op] for op in ops)})",
        references=["Référence : BL2C 2024/030"],
        body=body,
        closing=closing(),
        signature=signature(person),
        enclosures=["Copie du message de ma complémentaire santé m'informant de la fuite"],
        note_title="À lire avant d'envoyer (cette page est à garder, ne l'envoyez pas)",
        note=note,
    )


def _number_text() -> str:
    number = load_guidance().number("info_escroqueries")
    details = ", ".join(part for part in (number.cost.lower(), number.hours.lower()) if part)
    return f"{unbreakable(number.number)} ({details} ; {number.caution.lower()})"


def _note_sources() -> list[Source]:
    guidance = load_guidance()
    facts = guidance.complaint_facts
    return [
        *guidance.addresses["bl2c"].sources,
        *guidance.number("info_escroqueries").sources,
        *facts["official_form"].sources,
        *facts["typed_only"].sources,
        *facts["optional"].sources,
    ]


def render(answers: Answers, today: dt.date) -> bytes:
    return render_letter(build(answers, today))
