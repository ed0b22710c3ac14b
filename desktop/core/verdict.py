"""Turn the answers of the guided check into an honest verdict.

Four outcomes, never "you are safe":
- ``probable``: the card names an operator, or the insurer told its members / was named in
  February 2024;
- ``possible``: the insurer works with an operator according to later or weaker lists;
- ``unknown``: nothing in our data answers ("nous ne savons pas");
- ``no_mutuelle``: the person has no complementary health insurance.

The French wording of the verdict lives here, in one place, because the window and the printed
result both show it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.answers import CheckAnswers
from desktop.core.catalog import OPERATOR_NAMES, Catalog, Evidence, Insurer
from desktop.core.datafile import Source, french_partial_date

PROBABLE, POSSIBLE, UNKNOWN, NO_MUTUELLE = "probable", "possible", "unknown", "no_mutuelle"
OUTCOME_RANK = (PROBABLE, POSSIBLE, UNKNOWN, NO_MUTUELLE)
STRONG_KINDS = ("insurer_notice", "press_2024")

HEADLINES = {
    PROBABLE: "Vos données ont probablement été exposées.",
    POSSIBLE: "Vos données ont peut-être été exposées.",
    UNKNOWN: "Nous ne savons pas.",
    NO_MUTUELLE: "Sans mutuelle, ces deux piratages ne vous concernent probablement pas.",
}
NEXT_STEPS = {
    PROBABLE: "Méfiez-vous des appels et des messages. Vous pouvez écrire à votre mutuelle.",
    POSSIBLE: "Appelez votre mutuelle au numéro de votre carte et demandez-lui.",
    UNKNOWN: (
        "Cela ne veut pas dire que vous êtes à l'abri. Regardez votre carte de tiers payant. "
        "Appelez votre mutuelle au numéro de votre carte et demandez-lui."
    ),
    NO_MUTUELLE: (
        "Ces piratages touchent les personnes qui ont une mutuelle. Si vous aviez une mutuelle "
        "avant, revenez en arrière et dites-le."
    ),
}
FORMER_UNKNOWN = (
    "Vous n'avez pas de mutuelle aujourd'hui, mais vous ne savez pas si vous en aviez une "
    "depuis 2016. Une ancienne mutuelle a pu être touchée par le piratage : cherchez une "
    "ancienne carte ou un ancien contrat."
)
ROLE_NOTES = {
    "broker": "C'est un courtier : votre contrat est assuré par une autre compagnie.",
    "manager": "C'est un gestionnaire : votre contrat est assuré par une autre compagnie.",
}


@dataclass(frozen=True)
class Reason:
    """One sentence of the verdict, with the sources it rests on."""

    text: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Verdict:
    outcome: str
    operators: tuple[str, ...]
    reasons: tuple[Reason, ...]
    insurer: Insurer | None = None
    former_insurer: Insurer | None = None

    @property
    def headline(self) -> str:
        return HEADLINES[self.outcome]

    @property
    def next_step(self) -> str:
        return NEXT_STEPS[self.outcome]


def operators_text(operators: tuple[str, ...]) -> str:
    return " et ".join(OPERATOR_NAMES[op] for op in operators)


def evidence_sentence(insurer: Insurer, evidence: Evidence, *, former: bool) -> str:
    """The sentence of shared/facts/README.md that fits the strength of the evidence."""
    who = (
        f"Votre ancienne mutuelle, {insurer.name},"
        if former
        else f"Votre mutuelle, {insurer.name},"
    )
    ops = operators_text(evidence.operators)
    source_date = french_partial_date(evidence.latest_date)
    return {
        "insurer_notice": f"{who} a informé ses adhérents : les données ont probablement été "
        f"exposées (opérateur : {ops}).",
        "press_2024": f"{who} a été citée en février 2024 parmi les clients de {ops}.",
        "group_2024": f"{who} fait partie d'un groupe cité en février 2024 parmi les clients de "
        f"{ops}. Nous ne savons pas si elle-même était concernée. Demandez-le-lui.",
        "operator_list_later": f"{who} travaille avec {ops} d'après une liste de {source_date}. "
        "Nous ne savons pas si c'était le cas en février 2024. Demandez-le-lui.",
        "white_label": f"{who} utilise un portail fourni par {ops} d'après une liste de "
        f"{source_date}. Nous ne savons pas si ses adhérents étaient touchés en février 2024. "
        "Demandez-le-lui.",
        "old_test_data": f"{who} travaillait avec {ops} d'après des données anciennes "
        "(2017 à 2019). Nous ne savons pas si c'était encore le cas en février 2024. "
        "Demandez-le-lui.",
        "insurer_says_not_affected": f"{who} a dit que ses adhérents n'ont pas été touchés.",
    }[evidence.kind]


def _insurer_reasons(
    insurer: Insurer, *, former: bool
) -> tuple[str, tuple[str, ...], list[Reason]]:
    strongest = insurer.strongest
    reasons = [Reason(evidence_sentence(insurer, strongest, former=former), strongest.sources)]
    if strongest.kind not in STRONG_KINDS:
        # Weak evidence: show every kind we hold, so the person sees the whole picture.
        reasons += [
            Reason(evidence_sentence(insurer, item, former=former), item.sources)
            for item in insurer.evidence[1:]
        ]
    if insurer.caveat:
        reasons.append(Reason(insurer.caveat))
    if insurer.role in ROLE_NOTES:
        reasons.append(Reason(ROLE_NOTES[insurer.role]))
    if strongest.kind in STRONG_KINDS:
        outcome = PROBABLE
    elif strongest.kind == "insurer_says_not_affected":
        outcome = UNKNOWN
    else:
        outcome = POSSIBLE
    return outcome, insurer.operators, reasons


CARD_SENTENCES = {
    "viamedis": "Vous lisez VIAMEDIS sur votre carte de tiers payant.",
    "almerys": "Vous lisez ALMERYS sur votre carte de tiers payant.",
}
CARD_OTHER = {
    "aucun": (
        "Votre carte actuelle ne mentionne ni Viamedis ni Almerys. Une carte plus ancienne "
        "a pu en mentionner un : plusieurs mutuelles ont changé d'opérateur."
    ),
    "pas_de_carte": "Vous n'avez pas votre carte sous la main. Regardez-la plus tard.",
}


def assess(check: CheckAnswers, catalog: Catalog) -> Verdict:
    """The verdict for these answers. Pure: same answers, same verdict."""
    if check.has_mutuelle == "non" and check.had_former_insurer == "non":
        return Verdict(NO_MUTUELLE, (), ())
    outcomes: list[str] = []
    operators: list[str] = []
    reasons: list[Reason] = []
    insurer = catalog.get(check.insurer_id) if check.insurer_id else None
    former = catalog.get(check.former_insurer_id) if check.former_insurer_id else None

    if check.card_reading in CARD_SENTENCES:
        outcomes.append(PROBABLE)
        operators.append(check.card_reading)
        reasons.append(Reason(CARD_SENTENCES[check.card_reading]))
    elif check.card_reading in CARD_OTHER:
        reasons.append(Reason(CARD_OTHER[check.card_reading]))
    if check.has_mutuelle == "non" and check.had_former_insurer == "ne_sait_pas":
        reasons.append(Reason(FORMER_UNKNOWN))

    for found, typed, is_former in (
        (insurer, check.insurer_typed, False),
        (former, check.former_insurer_typed, True),
    ):
        if found is not None:
            outcome, found_ops, found_reasons = _insurer_reasons(found, former=is_former)
            outcomes.append(outcome)
            operators.extend(found_ops)
            reasons.extend(found_reasons)
        elif typed.strip():
            label = "Votre ancienne mutuelle" if is_former else "Votre mutuelle"
            reasons.append(
                Reason(
                    f"{label} n'est pas dans notre liste. Cela ne veut pas dire qu'elle "
                    "n'était pas concernée : notre liste n'est pas complète."
                )
            )

    outcome = min(outcomes or [UNKNOWN], key=OUTCOME_RANK.index)
    ordered_ops = tuple(op for op in OPERATOR_NAMES if op in operators)
    if outcome == UNKNOWN:
        ordered_ops = ()
    return Verdict(outcome, ordered_ops, tuple(reasons), insurer, former)
