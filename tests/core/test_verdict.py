"""The verdict is honest: "we do not know" is never "you are safe"."""

from __future__ import annotations

from desktop.core.answers import CheckAnswers
from desktop.core.catalog import load_catalog
from desktop.core.verdict import NO_MUTUELLE, POSSIBLE, PROBABLE, UNKNOWN, assess

CATALOG = load_catalog()


def verdict(**answers: str):  # type: ignore[no-untyped-def]
    return assess(CheckAnswers(**answers), CATALOG)


def all_text(result) -> str:  # type: ignore[no-untyped-def]
    return " ".join([result.headline, result.next_step, *(r.text for r in result.reasons)])


def test_insurer_notice_is_probable_with_operator_and_source() -> None:
    result = verdict(has_mutuelle="oui", insurer_id="mutaero")
    assert result.outcome == PROBABLE and result.operators == ("viamedis",)
    assert "a informé ses adhérents" in result.reasons[0].text
    assert result.reasons[0].sources[0].date == "2024-02-08"


def test_press_in_february_2024_is_probable() -> None:
    result = verdict(has_mutuelle="oui", insurer_id="generali")
    assert result.outcome == PROBABLE
    assert "citée en février 2024 parmi les clients de Almerys" in result.reasons[0].text


def test_later_list_only_is_possible_and_says_we_do_not_know() -> None:
    result = verdict(has_mutuelle="oui", insurer_id="mutuelle-bleue")
    assert result.outcome == POSSIBLE
    text = all_text(result)
    assert "Nous ne savons pas si c'était le cas en février 2024" in text
    assert "octobre 2026" in text


def test_not_in_list_is_unknown_never_safe() -> None:
    result = verdict(has_mutuelle="oui", insurer_typed="MAIF")
    assert result.outcome == UNKNOWN and result.operators == ()
    text = all_text(result).lower()
    assert "nous ne savons pas" in text
    assert "pas dans notre liste" in text
    assert "à l'abri" in text  # "cela ne veut pas dire que vous êtes à l'abri"
    assert "vous n'êtes pas concerné" not in text


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


def test_no_mutuelle() -> None:
    result = verdict(has_mutuelle="non", had_former_insurer="non")
    assert result.outcome == NO_MUTUELLE and result.operators == ()


def test_no_mutuelle_and_not_sure_about_former_ones_is_not_reassuring() -> None:
    result = verdict(has_mutuelle="non", had_former_insurer="ne_sait_pas")
    assert result.outcome == UNKNOWN
    assert "ancienne mutuelle a pu être touchée" in all_text(result)


def test_no_mutuelle_now_but_a_former_one() -> None:
    result = verdict(has_mutuelle="non", had_former_insurer="oui", former_insurer_id="alan")
    assert result.outcome == PROBABLE and result.operators == ("almerys",)


def test_insurer_that_says_it_was_not_affected_stays_honest() -> None:
    result = verdict(has_mutuelle="oui", insurer_id="mhv")
    assert result.outcome == UNKNOWN
    assert "n'ont pas été touchés" in all_text(result)


def test_broker_is_explained() -> None:
    result = verdict(has_mutuelle="oui", insurer_id="roederer")
    assert "courtier" in all_text(result)
