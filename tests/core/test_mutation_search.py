"""Search rules as the person meets them, found by mutation testing (mutmut survivors).

Most tests use a small made-up list of insurers, so that each rule is the only reason for the
answer (no real insurer shares a word by chance). The answer checked is what the window offers:
the kind (found, ambiguous, nothing) and the names offered, best first.
"""

from __future__ import annotations

import pytest

from desktop.core.catalog import Catalog, load_catalog
from desktop.core.search import AMBIGUOUS, FOUND, NOTHING, edit_distance, lookup, normalize, search
from tests.core.made_up import insurer, made_up


def offered(catalog: Catalog, query: str) -> tuple[str, list[str]]:
    """What the window offers: the kind of answer and the names shown, best first."""
    found = lookup(catalog, query)
    return found.kind, [match.insurer.name for match in found.close]


def test_ampersand_and_ligatures_are_read_as_words() -> None:
    assert normalize("Mutame & Plus") == normalize("Mutame et Plus") == "mutame et plus"
    assert normalize("Lætitia") == "laetitia"
    assert normalize("Cœur") == "coeur"


def test_edit_distance_counts_each_change_once() -> None:
    assert edit_distance("", "ab", 3) == 2
    assert edit_distance("ab", "ba", 1) == 1  # two letters swapped at the start: one typo
    assert edit_distance("xab", "xba", 1) == 1
    assert edit_distance("aaa", "a", 2) == 2  # no swap with a letter before the word


def test_two_typos_only_in_words_of_nine_letters_or_more() -> None:
    catalog = made_up(insurer("Ardennais Solidaire"), insurer("Roederer"), insurer("Prévifrance"))
    assert offered(catalog, "Ardxnnxis") == (FOUND, ["Ardennais Solidaire"])  # 9 letters, 2 typos
    assert offered(catalog, "Roedxrxr") == (NOTHING, [])  # 8 letters: one typo only
    assert offered(catalog, "Roedxrer") == (FOUND, ["Roederer"])
    assert offered(catalog, "Prvifrence") == (FOUND, ["Prévifrance"])
    assert offered(catalog, "Prxvxfrxnce") == (NOTHING, [])  # three typos: never


COMPLEMENTS = made_up(
    insurer("Mutuelle d'Armor Ouest"),
    insurer("Mutuelle de la Loire Vive"),
    insurer("Caisse du Champagne Est"),
    insurer("Mutuelle des Vignerons Unis"),
    insurer("Mutuelle de Le Robert Sud"),
    insurer("Mutuelle de Les Abymes Nord"),
    insurer("Mutuelle de l'Oise Centre"),
    insurer("Vendée Solidaire"),
)


@pytest.mark.parametrize(
    "place", ["Armor", "Loire", "Champagne", "Vignerons", "Robert", "Abymes", "Oise"]
)
def test_a_word_after_de_alone_finds_no_name(place: str) -> None:
    # "Mutuelle de l'Oise" is not "... de l'Oise": a place or a trade is shared by insurers.
    assert offered(COMPLEMENTS, place) == (NOTHING, [])


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Ouest", "Mutuelle d'Armor Ouest"),  # only the word right after "d'" is a complement
        ("Vive", "Mutuelle de la Loire Vive"),  # four letters are enough
        ("Vendée", "Vendée Solidaire"),  # the first word of a name
    ],
)
def test_a_distinctive_word_alone_finds_its_name(word: str, name: str) -> None:
    assert offered(COMPLEMENTS, word) == (FOUND, [name])


def test_each_part_of_a_name_with_slashes_is_a_name() -> None:
    catalog = made_up(insurer("CGRM / SPVIE / Acheel"), insurer("Acheel Conseil"))
    assert offered(catalog, "Acheel") == (FOUND, ["CGRM / SPVIE / Acheel"])


def test_a_word_shared_by_two_names_alone_finds_neither() -> None:
    catalog = made_up(insurer("Vendée Solidaire"), insurer("Solidaire Atlantique"))
    assert offered(catalog, "Solidaire") == (NOTHING, [])
    catalog = made_up(insurer("Harmonie Mutuelle"), insurer("Harmonie Fonction Publique"))
    assert offered(catalog, "Harmonie") == (FOUND, ["Harmonie Mutuelle"])


def test_the_kind_typed_with_a_word_must_be_in_the_name() -> None:
    catalog = made_up(insurer("Vendée Assurance Solidaire"), insurer("Armor Mutuelle Unie"))
    assert offered(catalog, "Solidaire Assurances") == (FOUND, ["Vendée Assurance Solidaire"])
    assert offered(catalog, "Unie Assurances") == (NOTHING, [])


def test_the_official_name_comes_before_an_alias_typed_the_same() -> None:
    catalog = made_up(insurer("Azur Conseil", "Oréa Mutuelles"), insurer("Mutuelle Oréa"))
    assert offered(catalog, "Oréa") == (FOUND, ["Mutuelle Oréa"])
    catalog = made_up(insurer("Azur Conseil", "Mutuelle Oréa"), insurer("Oréa"))
    assert offered(catalog, "Oréa") == (FOUND, ["Oréa"])


def test_the_same_part_of_an_official_name_and_of_an_alias_is_ambiguous() -> None:
    catalog = made_up(
        insurer("Vendée Solidaire Ouest"), insurer("Bretagne Unie", "Vendée Solidaire Est")
    )
    kind, names = offered(catalog, "Vendée Solidaire")
    assert kind == AMBIGUOUS
    assert sorted(names) == ["Bretagne Unie", "Vendée Solidaire Ouest"]


def test_an_alias_typed_whole_beats_a_name_with_the_same_words_in_another_order() -> None:
    catalog = made_up(insurer("Alpha Conseil", "Azur Oréa"), insurer("Oréa Azur"))
    assert offered(catalog, "Mutuelle Azur Oréa") == (FOUND, ["Alpha Conseil"])


def test_two_words_must_be_most_of_the_name() -> None:
    catalog = made_up(insurer("Alpha Beta Gamma Delta"))
    assert offered(catalog, "Alpha Beta") == (NOTHING, [])
    assert offered(catalog, "Alpha Beta Gamma") == (FOUND, ["Alpha Beta Gamma Delta"])


def test_the_name_matching_every_word_comes_first_and_alone() -> None:
    catalog = made_up(insurer("Vendée Solidaire Atlantique"), insurer("Vendée Solidaire"))
    assert offered(catalog, "Vendée Solid") == (FOUND, ["Vendée Solidaire"])


def test_each_word_typed_counts_in_the_ranking() -> None:
    # The first word exact beats the first word with a typo, even when the insurer with the
    # typo has stronger evidence (which only breaks ties).
    catalog = made_up(
        insurer("Lorraine Solidaire", kind="press_2024"), insurer("Lorrains Solidaire")
    )
    assert offered(catalog, "Lorraine Solid")[1][0] == "Lorraine Solidaire"


def test_two_letters_are_enough_to_search() -> None:
    assert offered(load_catalog(), "SG") == (FOUND, ["SG Santé"])
    assert offered(load_catalog(), "S") == (NOTHING, [])


@pytest.mark.parametrize("query", ["S", "Rodrer", "Viamedis", "SG", "Mutuelle Santé"])
def test_the_answer_repeats_what_was_typed(query: str) -> None:
    assert lookup(load_catalog(), query).query == query  # the command line says it back


def test_at_most_five_suggestions() -> None:
    catalog = made_up(*(insurer(f"Assureur {letter}", "Oréa") for letter in "ABCDEFG"))
    assert len(lookup(catalog, "Oréa").matches) == 7
    assert len(search(catalog, "Oréa")) == 5


@pytest.mark.parametrize("query", ["Safran-Ocian", "Mutuelle Ouest Franc", "WTW Franc"])
def test_scores_are_compared_to_three_decimals(query: str) -> None:
    """Two names whose scores differ only past the third decimal are equally good: the order
    then comes from the evidence, not from rounding noise. A prefix of a long word scores
    0.7875 before rounding."""
    matches = lookup(load_catalog(), query).matches
    assert matches
    assert all(match.score == round(match.score, 3) for match in matches)
    assert any(match.score == 0.787 for match in matches)
