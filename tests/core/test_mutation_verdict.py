"""The verdict's sentences as the person reads them, found by mutation testing (mutmut survivors).

A made-up list of insurers gives each kind of evidence exactly the sources a rule needs.
"""

from __future__ import annotations

from desktop.core.answers import CheckAnswers
from desktop.core.datafile import Source
from desktop.core.verdict import (
    FORMER_NAMED_HEADLINE,
    FORMER_NOT_NAMED,
    FORMER_PRESS_HEADLINE,
    HEADLINES,
    PRESS,
    PROBABLE,
    UNKNOWN,
    Verdict,
    assess,
)
from tests.core.made_up import SOURCE, evidence, insurer, made_up

BOTH = ("viamedis", "almerys")
OTHER_SOURCE = Source("https://example.org/article", "Un autre journal", "2024-02-09")
UNDATED = Source("https://example.org/page", "Page sans date", "")

NOTICE_BOTH = insurer("Mutuelle Avis", proofs=(evidence("insurer_notice", BOTH),))
PRESS_ONCE = insurer("Mutuelle Presse", proofs=(evidence("press_2024", BOTH),))
PRESS_TWICE = insurer(
    "Mutuelle Deux Journaux", proofs=(evidence("press_2024", sources=(SOURCE, OTHER_SOURCE)),)
)
NAMED = insurer("Mutuelle Nommée", kind="named_by_insurer_2024")
LATER_UNDATED = insurer(
    "Mutuelle Liste",
    proofs=(
        evidence("operator_list_later", sources=(UNDATED,)),
        evidence("old_test_data", sources=(UNDATED,)),
    ),
)
WEAK = insurer(
    "Mutuelle Faible",
    proofs=(
        evidence("operator_list_later", sources=(SOURCE,)),
        evidence("old_test_data", sources=(OTHER_SOURCE,)),
    ),
)
NOT_AFFECTED = insurer("Mutuelle Épargnée", kind="insurer_says_not_affected")
CATALOG = made_up(NOTICE_BOTH, PRESS_ONCE, PRESS_TWICE, NAMED, LATER_UNDATED, WEAK, NOT_AFFECTED)


def verdict(now: str = "", before: str = "", card: str = "", **answers: str) -> Verdict:
    ids = {ins.name: ins.id for ins in CATALOG.insurers}
    check = CheckAnswers(
        has_mutuelle="oui",
        insurer_id=ids.get(now, ""),
        insurer_typed=now,
        card_reading=card,
        had_former_insurer="oui" if before else answers.pop("had_former", "non"),
        former_insurer_id=ids.get(before, ""),
        former_insurer_typed=before,
        **answers,
    )
    return assess(check, CATALOG)


def texts(found: Verdict) -> list[str]:
    return [reason.text for reason in found.reasons]


def test_two_operators_are_named_together() -> None:
    assert texts(verdict("Mutuelle Avis"))[0] == (
        "Votre mutuelle, Mutuelle Avis, a informé ses adhérents : le piratage a probablement "
        "touché leurs données (opérateur : Viamedis et Almerys)."
    )
    assert texts(verdict("Mutuelle Presse"))[0] == (
        "Votre mutuelle, Mutuelle Presse, a été citée en février 2024 parmi les clients de "
        "Viamedis et d'Almerys."
    )


def test_several_sources_are_said_only_when_there_are_several() -> None:
    assert texts(verdict("Mutuelle Deux Journaux"))[0] == (
        "Votre mutuelle, Mutuelle Deux Journaux, a été citée en février 2024 par plusieurs "
        "sources parmi les clients de Viamedis."
    )


def test_undated_lists_are_called_undated() -> None:
    found = texts(verdict("Mutuelle Liste"))
    assert found[0] == (
        "Votre mutuelle, Mutuelle Liste, travaille avec Viamedis d'après une page non datée. "
        "Nous ne savons pas si c'était le cas en février 2024. Demandez-le-lui."
    )
    assert found[1] == (
        "Votre mutuelle, Mutuelle Liste, travaillait avec Viamedis d'après des données de test "
        "non datées. Nous ne savons pas si c'était encore le cas en février 2024. "
        "Demandez-le-lui."
    )


def test_every_weak_evidence_of_a_former_mutuelle_says_former_with_its_sources() -> None:
    found = verdict(before="Mutuelle Faible")
    first, second = found.reasons[:2]
    assert first.text.startswith("Votre ancienne mutuelle, Mutuelle Faible, travaille avec")
    assert second.text.startswith("Votre ancienne mutuelle, Mutuelle Faible, travaillait avec")
    assert second.sources == (OTHER_SOURCE,)


def test_a_former_mutuelle_named_by_another_notice_has_its_headline() -> None:
    assert verdict(before="Mutuelle Nommée").headline == FORMER_NAMED_HEADLINE


def test_the_press_headline_of_a_former_mutuelle_beats_a_weaker_current_one() -> None:
    assert verdict("Mutuelle Faible", "Mutuelle Presse").headline == FORMER_PRESS_HEADLINE


def test_with_two_mutuelles_named_once_the_current_ones_headline_is_said() -> None:
    assert verdict("Mutuelle Presse", "Mutuelle Nommée").headline == HEADLINES[PRESS]


def test_the_card_beats_a_press_headline() -> None:
    found = verdict("Mutuelle Presse", card="viamedis")
    assert found.headline == HEADLINES[PROBABLE]


def test_the_card_makes_its_operator_sure_whatever_the_mutuelle() -> None:
    found = verdict("Mutuelle Faible", card="viamedis")
    assert found.stolen_intro("viamedis") == "Chez Viamedis, ce que le piratage a pris :"


def test_an_insurer_that_says_it_was_not_affected_shows_no_stolen_list() -> None:
    found = verdict("Mutuelle Épargnée")
    assert found.outcome == UNKNOWN
    assert found.operators == ()


def test_names_not_in_the_list_say_which_mutuelle() -> None:
    found = texts(verdict("Mutuelle Inconnue", "Caisse Inconnue", card="aucun"))
    end = " Cela ne veut pas dire qu'elle n'était pas concernée : notre liste n'est pas complète."
    assert found == [
        "Votre carte actuelle ne mentionne ni Viamedis ni Almerys. Une carte plus ancienne a pu "
        "en mentionner un : plusieurs mutuelles ont changé d'opérateur.",
        "Votre mutuelle n'est pas dans notre liste." + end,
        "Votre ancienne mutuelle n'est pas dans notre liste." + end,
    ]


def test_a_former_mutuelle_without_a_name_is_mentioned_once() -> None:
    assert FORMER_NOT_NAMED in texts(verdict("Mutuelle Avis", had_former="oui"))
    assert FORMER_NOT_NAMED not in texts(verdict("Mutuelle Avis", had_former="non"))
    found = verdict("Mutuelle Avis", "Mutuelle Presse")
    assert FORMER_NOT_NAMED not in texts(found)
    assert found.insurer is not None and found.insurer.name == "Mutuelle Avis"
    assert found.former_insurer is not None and found.former_insurer.name == "Mutuelle Presse"
