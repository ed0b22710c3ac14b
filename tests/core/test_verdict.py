"""The verdict is honest: never stronger than its evidence, and "we do not know" is never "safe"."""

from __future__ import annotations

import re

import pytest

from desktop.core.answers import CheckAnswers
from desktop.core.catalog import OPERATORS, load_catalog
from desktop.core.verdict import (
    EXPLANATIONS,
    HEADLINES,
    NEXT_STEPS,
    NO_MUTUELLE,
    POSSIBLE,
    PRESS,
    PROBABLE,
    UNKNOWN,
    Verdict,
    assess,
    evidence_sentence,
    insurer_outcome,
)

CATALOG = load_catalog()
PRESS_HEADLINE = (
    "Votre mutuelle a été citée dans la presse en février 2024 ; ce n'est pas confirmé."
)


def verdict(**answers: str) -> Verdict:
    return assess(CheckAnswers(**answers), CATALOG)


def about(insurer_id: str) -> Verdict:
    return verdict(has_mutuelle="oui", insurer_id=insurer_id)


def all_text(result: Verdict) -> str:
    intros = [result.stolen_intro(op) for op in result.operators]
    return " ".join(
        [result.headline, result.explanation, result.next_step, *intros]
        + [r.text for r in result.reasons]
    )


# --- one case per evidence level ------------------------------------------------------------


def test_insurer_notice_is_probable_with_operator_and_source() -> None:
    result = about("mutaero")
    assert result.outcome == PROBABLE and result.operators == ("viamedis",)
    assert result.headline == "Le piratage a probablement touché vos données."
    assert result.panel_kind == "probable"
    assert "a informé ses adhérents" in result.reasons[0].text
    assert result.reasons[0].sources[0].date == "2024-02-08"
    assert result.stolen_intro("viamedis") == "Chez Viamedis, ce que le piratage a pris :"


def test_several_independent_press_sources_are_probable() -> None:
    result = about("harmonie-mutuelle")
    assert result.outcome == PROBABLE
    assert "par plusieurs sources" in result.reasons[0].text
    titles = {s.title for s in result.reasons[0].sources}
    assert len(titles) >= 2


def test_one_press_article_of_february_2024_has_its_own_headline() -> None:
    for insurer_id in ("generali", "axa", "avenir-mutuelle", "la-banque-postale-assurance-sante"):
        result = about(insurer_id)
        assert result.outcome == PRESS, insurer_id
        assert result.headline == PRESS_HEADLINE
        assert "probablement touché" not in all_text(result)
        assert result.panel_kind == "press"
        assert result.stolen_intro(result.operators[0]).startswith("Si vos données étaient chez")
    assert "parmi les clients d'Almerys" in about("generali").reasons[0].text


def test_named_on_another_mutuelles_notice_is_not_called_press() -> None:
    for insurer_id in ("solimut-mutuelle-centre-ocean", "mgtic"):
        result = about(insurer_id)
        assert result.outcome == PRESS
        assert (
            result.headline == "Votre mutuelle a été citée en février 2024 ; ce n'est pas confirmé."
        )
        assert "par une autre mutuelle" in result.reasons[0].text
        assert "presse" not in all_text(result)


def test_press_with_a_weak_rating_is_not_probable_even_with_several_sources() -> None:
    # AG2R La Mondiale: three press sources, but the facts rate it medium-low.
    assert about("ag2r-la-mondiale").outcome == PRESS


@pytest.mark.parametrize(
    ("insurer_id", "words"),
    [
        ("mutuelle-bleue", "d'après une liste du 7 octobre 2026"),  # later portal list
        ("mnt", "utilise un portail fourni par Viamedis"),  # white label
        ("mutuelle-du-ministere-de-la-justice", "données de test du 20 décembre 2017"),
    ],
)
def test_weaker_evidence_is_maybe_with_its_own_panel(insurer_id: str, words: str) -> None:
    result = about(insurer_id)
    assert result.outcome == POSSIBLE
    assert result.headline == "Le piratage a peut-être touché vos données."
    assert result.panel_kind == "possible" != about("mutaero").panel_kind
    assert words in all_text(result)
    assert "Nous ne savons pas si" in all_text(result)
    for op in result.operators:
        assert result.stolen_intro(op) == (
            f"Si vos données étaient chez {op.title()}, voici ce que le piratage a pris :"
        )


def test_test_data_gives_its_real_years() -> None:
    assert "données de test de 2016 à 2018" in all_text(about("smacl-sante"))
    assert "données de test de 2017 à 2018" in all_text(about("apivia-macif-mutuelle"))
    assert "données de test de janvier 2017" in all_text(about("math-prevaris"))
    macif = [e for e in CATALOG.get("macif").evidence if e.kind == "old_test_data"]  # type: ignore[union-attr]
    assert macif[0].sources[0].date_fr == "octobre 2017 à octobre 2018"
    for insurer in CATALOG.insurers:  # no guessed year: the fixture is never dated 2019
        for item in insurer.evidence:
            if item.kind == "old_test_data":
                assert all("2019" not in s.date for s in item.sources), insurer.name


def test_an_unclear_own_page_is_not_an_own_notice() -> None:
    result = about("mutuelle-mieux-etre")
    assert result.outcome == POSSIBLE
    assert "a informé ses adhérents" not in all_text(result)


def test_an_old_undated_page_is_not_a_later_list() -> None:
    text = all_text(about("mutuelle-umc"))
    assert "page non datée" in text and "d'après une liste" not in text


def test_card_is_surer_than_a_later_list_for_its_own_operator() -> None:
    result = verdict(has_mutuelle="oui", insurer_id="mutuelle-bleue", card_reading="almerys")
    assert result.outcome == PROBABLE
    assert result.stolen_intro("almerys") == "Chez Almerys, ce que le piratage a pris :"
    assert result.stolen_intro("viamedis").startswith("Si vos données étaient chez Viamedis")


def test_not_in_list_is_unknown_never_safe() -> None:
    result = verdict(has_mutuelle="oui", insurer_typed="MAIF")
    assert result.outcome == UNKNOWN and result.operators == ()
    text = all_text(result).lower()
    assert "nous ne savons pas" in text
    assert "pas dans notre liste" in text
    assert "à l'abri" in text  # "cela ne veut pas dire que vous êtes à l'abri"
    assert "vous n'êtes pas concerné" not in text


@pytest.mark.parametrize("has_mutuelle", ["non", "oui", "ne_sait_pas"])
def test_an_unknown_former_mutuelle_is_never_probably_not(has_mutuelle: str) -> None:
    result = verdict(has_mutuelle=has_mutuelle, had_former_insurer="ne_sait_pas")
    assert result.outcome != NO_MUTUELLE
    text = all_text(result)
    assert "probablement pas" not in text
    assert "anciennes cartes" in text


def test_a_former_mutuelle_without_a_name_says_what_to_check() -> None:
    result = verdict(has_mutuelle="non", had_former_insurer="oui")
    assert result.outcome == UNKNOWN
    assert "anciennes cartes" in all_text(result)


def test_insurer_that_says_it_was_not_affected_stays_honest() -> None:
    for insurer_id in ("mhv", "appa"):
        result = about(insurer_id)
        assert result.outcome == UNKNOWN
        text = all_text(result)
        assert "n'ont pas été touchés" in text
        assert "Regardez quand même votre carte" in text
        assert "probablement pas" not in text


def test_card_reading_wins_over_unknown_insurer() -> None:
    result = verdict(has_mutuelle="ne_sait_pas", card_reading="almerys")
    assert result.outcome == PROBABLE and result.operators == ("almerys",)


def test_card_without_operator_does_not_clear_a_named_insurer() -> None:
    result = verdict(has_mutuelle="oui", insurer_id="mutami", card_reading="aucun")
    assert result.outcome == PROBABLE
    assert "changé d'opérateur" in all_text(result)


def test_former_insurer_counts() -> None:
    result = verdict(
        has_mutuelle="oui",
        insurer_typed="MAIF",
        had_former_insurer="oui",
        former_insurer_id="mutuelle-des-services-publics",
    )
    assert result.outcome == PROBABLE
    assert "Votre ancienne mutuelle" in all_text(result)


def test_former_insurer_in_the_press_says_former() -> None:
    result = verdict(has_mutuelle="non", had_former_insurer="oui", former_insurer_id="generali")
    assert result.outcome == PRESS
    assert result.headline.startswith("Votre ancienne mutuelle a été citée dans la presse")


def test_no_mutuelle() -> None:
    result = verdict(has_mutuelle="non", had_former_insurer="non")
    assert result.outcome == NO_MUTUELLE and result.operators == ()


def test_no_mutuelle_and_not_sure_about_former_ones_is_not_reassuring() -> None:
    result = verdict(has_mutuelle="non", had_former_insurer="ne_sait_pas")
    assert result.outcome == UNKNOWN
    text = all_text(result)
    assert "nous ne savons donc pas" in text and "Cherchez vos anciennes cartes" in text
    assert "probablement pas" not in text
    assert text.count("Vous ne savez pas si vous avez eu une autre mutuelle") == 1  # said once


def test_no_mutuelle_now_but_a_former_one() -> None:
    result = verdict(has_mutuelle="non", had_former_insurer="oui", former_insurer_id="alan")
    assert result.outcome == PROBABLE and result.operators == ("almerys",)


def test_broker_and_manager_are_explained() -> None:
    assert "courtier" in all_text(about("roederer"))
    assert "gestionnaire" in all_text(about("aem-gestion"))


def test_caveats_are_kept_with_their_sources() -> None:
    axa = " ".join(r.text for r in about("axa").reasons)
    assert "un autre opérateur" in axa
    interiale = [r for r in about("interiale").reasons if "SP Santé" in r.text]
    assert interiale and interiale[0].sources


def test_every_outcome_has_its_words() -> None:
    for table in (HEADLINES, EXPLANATIONS, NEXT_STEPS):
        assert set(table) == {PROBABLE, PRESS, POSSIBLE, UNKNOWN, NO_MUTUELLE}
    assert len(set(HEADLINES.values())) == len(HEADLINES)


# --- every generated sentence ---------------------------------------------------------------

MONTH = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
ENGLISH = re.compile(
    r"\b(the|and|of|company|scheme|schemes|managed|broker|insurer|health|from|with|list|"
    r"notice|data|own|group|sector)\b",  # "Imaz Press" is a title
    re.IGNORECASE,
)


def every_sentence() -> list[str]:
    sentences = []
    for insurer in CATALOG.insurers:
        for former in (False, True):
            for item in insurer.evidence:
                sentences.append(evidence_sentence(insurer, item, former=former))
        for answers in (
            {"has_mutuelle": "oui", "insurer_id": insurer.id},
            {"has_mutuelle": "non", "had_former_insurer": "oui", "former_insurer_id": insurer.id},
            {"has_mutuelle": "oui", "insurer_id": insurer.id, "card_reading": "viamedis"},
        ):
            result = verdict(**answers)
            sentences.append(all_text(result))
            sentences += [result.not_stolen_intro(op) for op in OPERATORS]
            sentences += [s.title for r in result.reasons for s in r.sources]
        sentences.append(insurer.name)
    for has in ("oui", "non", "ne_sait_pas"):
        for former in ("oui", "non", "ne_sait_pas"):
            for card in ("", "viamedis", "almerys", "aucun", "pas_de_carte"):
                sentences.append(
                    all_text(
                        verdict(has_mutuelle=has, had_former_insurer=former, card_reading=card)
                    )
                )
    return sentences


SENTENCES = every_sentence()


def test_grammar_of_every_generated_sentence() -> None:
    assert len(SENTENCES) > 1000
    for text in SENTENCES:
        # "une liste du 7 octobre 2026", never "de 7 octobre"
        assert not re.search(rf"\bde (1er|\d{{1,2}}) ({MONTH})", text), text
        # "d'Almerys", "d'octobre", never "de Almerys"
        assert not re.search(r"\bde [AEIOUaeiouÉéÈèÊêÂâÎîÔôÛû]", text), text
        # "page non datée" is a page, never a date inside a sentence
        for found in re.finditer(r"page non datée", text):
            before = text[: found.start()]
            assert (
                before.endswith("une ")
                or before.strip() == ""
                or before.endswith(("Cegedim ", ") ", " : "))
            ), text
        assert " ," not in text and ".." not in text.replace("...", ""), text


def test_no_english_on_screen() -> None:
    for text in SENTENCES:
        assert not ENGLISH.search(text), text


def test_every_insurer_gets_an_outcome() -> None:
    outcomes = {insurer_outcome(insurer) for insurer in CATALOG.insurers}
    assert outcomes == {PROBABLE, PRESS, POSSIBLE, UNKNOWN}
