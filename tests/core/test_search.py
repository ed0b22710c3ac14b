"""Search tolerates case, accents and typos, and never answers with a look-alike."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.catalog import load_catalog
from desktop.core.search import edit_distance, normalize, search

CATALOG = load_catalog()


def best(query: str) -> str | None:
    matches = search(CATALOG, query)
    return matches[0].insurer.name if matches else None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("malakof", "Malakoff Humanis"),
        ("MALAKOFF MEDERIC", "Malakoff Humanis"),
        ("Malakoff Médéric", "Malakoff Humanis"),
        ("humanis", "Malakoff Humanis"),
        ("harmonie mutuele", "Harmonie Mutuelle"),
        ("HARMONIE", "Harmonie Mutuelle"),
        ("aesio", "Aésio Mutuelle"),
        ("AÉSIO MUTUELLE", "Aésio Mutuelle"),
        ("la mutuelle generale", "La Mutuelle Générale"),
        ("La Mutuelle Générale", "La Mutuelle Générale"),
        ("mutaéro", "Mutaero"),
        ("mutuaero", "Mutaero"),
        ("generali", "Generali"),
        ("  macif  ", "Macif"),
        ("Mutame et plus", "Mutame & Plus"),
        ("mieux etre", "Mutuelle Mieux-Être"),
        ("MGEN", "MGEN"),
        ("eovi mcd", "Eovi MCD Mutuelle"),
        ("viasante", "Viasanté Mutuelle"),
        ("ag2r", "AG2R La Mondiale"),
        ("harmo", "Harmonie Mutuelle"),
    ],
)
def test_finds_the_insurer(query: str, expected: str) -> None:
    assert best(query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "MAIF",  # one letter from "Macif": must not be taken for it
        "MAAF",
        "Matmut",
        "Allianz",
        "Groupama",
        "Swiss Life",
        "MNH",  # the 2021 MNH incident is another story
        "Mutuelle des motards",
        "mgem",
        "mutuelle",
        "la",
        "m",
        "",
        "   ",
        "!!!",
        "😀",
    ],
)
def test_names_not_in_the_list_find_nothing(query: str) -> None:
    assert search(CATALOG, query) == []


def test_generali_is_not_taken_for_generale() -> None:
    names = [m.insurer.name for m in search(CATALOG, "generali")]
    assert names == ["Generali"]


def test_at_most_five_suggestions_best_first() -> None:
    matches = search(CATALOG, "mutuelle generale")
    assert 1 <= len(matches) <= 5
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)


def test_normalize_folds_case_accents_and_ligatures() -> None:
    assert normalize("  SŒUR Élodie-Ça  ") == "soeur elodie ca"


def test_edit_distance_counts_swaps_as_one() -> None:
    assert edit_distance("malakoff", "mlaakoff", 3) == 1
    assert edit_distance("abc", "abc", 0) == 0
    assert edit_distance("abcdef", "xyz", 2) == 3  # stops past the limit


@settings(max_examples=3 * settings.default.max_examples, deadline=None)  # 300 in ci
@given(st.text(max_size=60))
def test_any_text_is_searched_without_error(query: str) -> None:
    matches = search(CATALOG, query)
    assert len(matches) <= 5
