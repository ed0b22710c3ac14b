"""Turn the answers of the guided check into an honest verdict, never stronger than its evidence.

Five outcomes, never "you are safe":
- ``probable``: the card names an operator, or the insurer told its members, or several
  independent sources named it in February 2024;
- ``press``: one press article of February 2024 named it; not confirmed;
- ``possible``: later or weaker lists only ("peut-être");
- ``unknown``: nothing in our data answers ("nous ne savons pas"), including an insurer that
  says it was not affected and a former mutuelle the person does not know;
- ``no_mutuelle``: no complementary health insurance, now or since 2016.

All the French wording of the verdict lives here (headline, short explanation, next step,
evidence sentences, the introduction of what was stolen), because the window, the printed
result and the command line all show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.answers import CheckAnswers
from desktop.core.catalog import EVIDENCE_KINDS, OPERATOR_NAMES, Catalog, Evidence, Insurer
from desktop.core.datafile import Source, french_partial_date

PROBABLE, PRESS, POSSIBLE, UNKNOWN, NO_MUTUELLE = (
    "probable",
    "press",
    "possible",
    "unknown",
    "no_mutuelle",
)
OUTCOME_RANK = (PROBABLE, PRESS, POSSIBLE, UNKNOWN, NO_MUTUELLE)
STRONG_CONFIDENCES = ("high", "medium-high", "medium")
STRONG_KINDS = ("insurer_notice", "press_2024", "named_by_insurer_2024")
# Every kind weaker than February 2024 evidence about the insurer itself ("peut-être").
WEAK_KINDS = tuple(
    kind for kind in EVIDENCE_KINDS if kind not in (*STRONG_KINDS, "insurer_says_not_affected")
)

HEADLINES = {
    PROBABLE: "Le piratage a probablement touché vos données.",
    PRESS: "Votre mutuelle a été citée dans la presse en février 2024 ; ce n'est pas confirmé.",
    POSSIBLE: "Le piratage a peut-être touché vos données.",
    UNKNOWN: "Nous ne savons pas.",
    NO_MUTUELLE: "Sans mutuelle, ces deux piratages ne vous concernent probablement pas.",
}
FORMER_PRESS_HEADLINE = (
    "Votre ancienne mutuelle a été citée dans la presse en février 2024 ; ce n'est pas confirmé."
)
# Named in February 2024 on another mutuelle's notice rather than in the press.
NAMED_HEADLINE = "Votre mutuelle a été citée en février 2024 ; ce n'est pas confirmé."
FORMER_NAMED_HEADLINE = (
    "Votre ancienne mutuelle a été citée en février 2024 ; ce n'est pas confirmé."
)
EXPLANATIONS = {
    PROBABLE: (
        "C'est ce que disent votre carte, votre mutuelle ou plusieurs sources "
        "indépendantes de février 2024."
    ),
    PRESS: (
        "Elle a été nommée en février 2024 parmi les clients de l'opérateur, mais ni elle-même "
        "ni plusieurs sources sûres ne l'ont confirmé."
    ),
    POSSIBLE: (
        "Nous la trouvons seulement dans des listes plus récentes ou moins sûres. Nous ne savons "
        "pas si vos données étaient chez l'opérateur en février 2024."
    ),
    UNKNOWN: "Nous n'avons pas de quoi répondre. Cela ne veut pas dire que vous êtes à l'abri.",
    NO_MUTUELLE: "Ces piratages touchent les personnes qui ont, ou ont eu, une mutuelle.",
}
NEXT_STEPS = {
    PROBABLE: "Méfiez-vous des appels et des messages. Vous pouvez écrire à votre mutuelle.",
    PRESS: (
        "Appelez votre mutuelle au numéro de votre carte et demandez-lui si vos données "
        "étaient concernées. En attendant, méfiez-vous des appels et des messages."
    ),
    POSSIBLE: "Appelez votre mutuelle au numéro de votre carte et demandez-lui.",
    UNKNOWN: (
        "Regardez votre carte de tiers payant, et vos anciennes cartes : cherchez le mot "
        "VIAMEDIS ou ALMERYS. Appelez votre mutuelle au numéro de votre carte et demandez-lui."
    ),
    NO_MUTUELLE: (
        "Ces piratages touchent les personnes qui ont une mutuelle. Si vous aviez une mutuelle "
        "avant, revenez en arrière et dites-le."
    ),
}
# What the result screen's panel looks like, per outcome (the UI maps each kind to a colour).
PANEL_KINDS = {
    PROBABLE: "probable",
    PRESS: "press",
    POSSIBLE: "possible",
    UNKNOWN: "unknown",
    NO_MUTUELLE: "neutral",
}
ROLE_NOTES = {
    "broker": "C'est un courtier : votre contrat est assuré par une autre compagnie.",
    "manager": "C'est un gestionnaire : votre contrat est assuré par une autre compagnie.",
}
NOT_AFFECTED_CHECK = (
    "Regardez quand même votre carte de tiers payant : si le mot VIAMEDIS ou ALMERYS y est "
    "écrit, dites-le. Pensez aussi à vos anciennes mutuelles depuis 2016."
)
FORMER_UNKNOWN = (
    "Vous ne savez pas si vous avez eu une autre mutuelle depuis 2016 : nous ne savons donc pas "
    "si d'anciennes données étaient chez Viamedis ou Almerys. Cherchez vos anciennes cartes de "
    "tiers payant et vos anciens courriers de mutuelle : le mot VIAMEDIS ou ALMERYS peut y "
    "être écrit."
)
FORMER_NOT_NAMED = (
    "Vous avez eu une autre mutuelle depuis 2016, sans nous dire laquelle : nous ne savons pas "
    "si elle était concernée. Regardez vos anciennes cartes de tiers payant."
)


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
    headline_text: str = ""
    # How sure we are for each operator shown (an operator on the card is surer than one
    # found in a later list for the same person).
    operator_outcomes: dict[str, str] = field(default_factory=dict)

    @property
    def headline(self) -> str:
        return self.headline_text or HEADLINES[self.outcome]

    @property
    def explanation(self) -> str:
        return EXPLANATIONS[self.outcome]

    @property
    def next_step(self) -> str:
        return NEXT_STEPS[self.outcome]

    @property
    def panel_kind(self) -> str:
        return PANEL_KINDS[self.outcome]

    def stolen_intro(self, operator: str) -> str:
        """The heading of the list of what was stolen at this operator."""
        name = OPERATOR_NAMES[operator]
        if self.operator_outcomes.get(operator, self.outcome) == PROBABLE:
            return f"Chez {name}, ce que le piratage a pris :"
        return f"Si vos données étaient chez {name}, voici ce que le piratage a pris :"

    def not_stolen_intro(self, operator: str) -> str:
        return f"Chez {OPERATOR_NAMES[operator]}, ce que le piratage n'a pas pris :"


def de(word: str) -> str:
    """``de Viamedis``, ``d'Almerys``, ``d'octobre 2026``, ``du 7 octobre 2026``."""
    if word[:1].isdigit() and " " in word:
        return f"du {word}"
    if word[:1].lower() in "aeiouyhéèêàâîôû":
        return f"d'{word}"
    return f"de {word}"


def operators_text(operators: tuple[str, ...]) -> str:
    return " et ".join(OPERATOR_NAMES[op] for op in operators)


def of_operators(operators: tuple[str, ...]) -> str:
    """``de Viamedis et d'Almerys``."""
    return " et ".join(de(OPERATOR_NAMES[op]) for op in operators)


def _latest(evidence: Evidence) -> Source | None:
    dated = [s for s in evidence.sources if s.date]
    return max(dated, key=lambda s: s.date) if dated else None


def list_phrase(evidence: Evidence) -> str:
    """``une liste du 7 octobre 2026``, ``une liste d'octobre 2026`` or ``une page non datée``."""
    latest = _latest(evidence)
    if latest is None:
        return "une page non datée"
    return f"une liste {de(french_partial_date(latest.date))}"


def period_phrase(evidence: Evidence) -> str:
    """``de 2016 à 2017``, ``d'octobre 2017 à octobre 2018``, ``du 26 novembre 2018``."""
    latest = _latest(evidence)
    if latest is None:
        return "non datées"
    if latest.date_from:
        return f"{de(french_partial_date(latest.date_from))} à {french_partial_date(latest.date)}"
    return de(french_partial_date(latest.date))


def independent_publishers(evidence: Evidence) -> int:
    return len({source.title for source in evidence.sources})


def is_confirmed_by_several(evidence: Evidence) -> bool:
    """Several independent press sources of February 2024, rated at least "medium"."""
    return (
        evidence.kind == "press_2024"
        and independent_publishers(evidence) >= 2
        and evidence.confidence in STRONG_CONFIDENCES
    )


# One sentence per kind of evidence (the wording of the facts README for each level).
SENTENCES = {
    "insurer_notice": (
        "{who} a informé ses adhérents : le piratage a probablement touché leurs données "
        "(opérateur : {ops})."
    ),
    "press_2024": "{who} a été citée en février 2024{several} {clients}.",
    "named_by_insurer_2024": (
        "{who} a été citée en février 2024 {clients} par une autre mutuelle, sur sa page "
        "d'information aux adhérents. {ask}"
    ),
    "group_2024": (
        "{who} fait partie d'un groupe cité en février 2024 {clients}. Nous ne savons pas si "
        "elle-même était concernée. {ask}"
    ),
    "insurer_page": (
        "{who} a publié une page sur le piratage chez {ops}, sans dire clairement si ses "
        "adhérents étaient touchés. {ask}"
    ),
    "operator_list_later": (
        "{who} travaille avec {ops} d'après {list}. Nous ne savons pas si c'était le cas en "
        "février 2024. {ask}"
    ),
    "white_label": (
        "{who} utilise un portail fourni par {ops} d'après {list}. Nous ne savons pas si ses "
        "adhérents étaient touchés en février 2024. {ask}"
    ),
    "undated_page": (
        "{who} parle d'une carte de tiers payant {ops} sur une page non datée, sans doute "
        "ancienne. Nous ne savons pas si c'était encore le cas en février 2024. {ask}"
    ),
    "old_test_data": (
        "{who} travaillait avec {ops} d'après des données de test {period}. Nous ne savons pas "
        "si c'était encore le cas en février 2024. {ask}"
    ),
    "insurer_says_not_affected": "{who} a dit que ses adhérents n'ont pas été touchés.",
}


def evidence_sentence(insurer: Insurer, evidence: Evidence, *, former: bool) -> str:
    """The sentence of the facts README that fits the strength of the evidence."""
    who = (
        f"Votre ancienne mutuelle, {insurer.name},"
        if former
        else f"Votre mutuelle, {insurer.name},"
    )
    fields = {
        "who": who,
        "ops": operators_text(evidence.operators),
        "clients": f"parmi les clients {of_operators(evidence.operators)}",
        "several": " par plusieurs sources" if is_confirmed_by_several(evidence) else "",
        "list": list_phrase(evidence),
        "period": period_phrase(evidence),
        "ask": "Demandez-le-lui.",
    }
    return SENTENCES[evidence.kind].format(**fields)


def insurer_outcome(insurer: Insurer) -> str:
    strongest = insurer.strongest
    if strongest.kind == "insurer_notice" or is_confirmed_by_several(strongest):
        return PROBABLE
    if strongest.kind in ("press_2024", "named_by_insurer_2024"):
        return PRESS
    if strongest.kind in WEAK_KINDS:
        return POSSIBLE
    return UNKNOWN


def press_headline(insurer: Insurer, *, former: bool) -> str:
    """The headline of an insurer named once in February 2024: by the press, or by a notice."""
    if insurer.strongest.kind == "press_2024":
        return FORMER_PRESS_HEADLINE if former else HEADLINES[PRESS]
    return FORMER_NAMED_HEADLINE if former else NAMED_HEADLINE


def insurer_reasons(insurer: Insurer, *, former: bool) -> list[Reason]:
    strongest = insurer.strongest
    reasons = [Reason(evidence_sentence(insurer, strongest, former=former), strongest.sources)]
    if strongest.kind not in STRONG_KINDS:
        # Weak evidence: show every kind we hold, so the person sees the whole picture.
        reasons += [
            Reason(evidence_sentence(insurer, item, former=former), item.sources)
            for item in insurer.evidence[1:]
        ]
    reasons += [Reason(caveat.text, caveat.sources) for caveat in insurer.caveats]
    if insurer.role in ROLE_NOTES:
        reasons.append(Reason(ROLE_NOTES[insurer.role]))
    if strongest.kind == "insurer_says_not_affected":
        reasons.append(Reason(NOT_AFFECTED_CHECK))
    return reasons


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


def _not_in_list(former: bool) -> str:
    label = "Votre ancienne mutuelle" if former else "Votre mutuelle"
    return (
        f"{label} n'est pas dans notre liste. Cela ne veut pas dire qu'elle n'était pas "
        "concernée : notre liste n'est pas complète."
    )


def assess(check: CheckAnswers, catalog: Catalog) -> Verdict:
    """The verdict for these answers. Pure: same answers, same verdict."""
    if check.has_mutuelle == "non" and check.had_former_insurer == "non":
        return Verdict(NO_MUTUELLE, (), ())
    by_operator: dict[str, str] = {}
    outcomes: list[str] = []
    reasons: list[Reason] = []
    headline = ""
    insurer = catalog.get(check.insurer_id) if check.insurer_id else None
    former = catalog.get(check.former_insurer_id) if check.former_insurer_id else None

    def claim(outcome: str, operators: tuple[str, ...]) -> None:
        outcomes.append(outcome)
        for op in operators:
            known = by_operator.get(op, NO_MUTUELLE)
            by_operator[op] = min(known, outcome, key=OUTCOME_RANK.index)

    if check.card_reading in CARD_SENTENCES:
        claim(PROBABLE, (check.card_reading,))
        reasons.append(Reason(CARD_SENTENCES[check.card_reading]))
    elif check.card_reading in CARD_OTHER:
        reasons.append(Reason(CARD_OTHER[check.card_reading]))

    for found, typed, is_former in (
        (insurer, check.insurer_typed, False),
        (former, check.former_insurer_typed, True),
    ):
        if found is not None:
            outcome = insurer_outcome(found)
            claim(outcome, found.operators if outcome != UNKNOWN else ())
            reasons.extend(insurer_reasons(found, former=is_former))
            if outcome == PRESS and not headline:
                headline = press_headline(found, former=is_former)
        elif typed.strip():
            reasons.append(Reason(_not_in_list(is_former)))
    if former is None and not check.former_insurer_typed.strip():
        if check.had_former_insurer == "ne_sait_pas":
            reasons.append(Reason(FORMER_UNKNOWN))
        elif check.had_former_insurer == "oui":
            reasons.append(Reason(FORMER_NOT_NAMED))

    outcome = min(outcomes or [UNKNOWN], key=OUTCOME_RANK.index)
    ordered_ops = tuple(op for op in OPERATOR_NAMES if op in by_operator)
    return Verdict(
        outcome,
        ordered_ops,
        tuple(reasons),
        insurer,
        former,
        headline if outcome == PRESS else "",
        {op: by_operator[op] for op in ordered_ops},
    )
