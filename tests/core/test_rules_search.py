"""Search rules the person meets in the list of suggestions (kill-the-mutant tests).

Written against what stays true while the search is redesigned (issue 8): a real insurer that
is not in our list never brings up a neighbour that shares one word with it, and a word typed
whole is listed before a name that merely starts with it. And every word typed must be in the
name: a name plus a word of another insurer's name finds neither.
"""

from __future__ import annotations

import pytest

from desktop.core.catalog import load_catalog
from desktop.core.search import search

CATALOG = load_catalog()


def names(query: str) -> list[str]:
    return [match.insurer.name for match in search(CATALOG, query)]


@pytest.mark.parametrize(
    ("query", "neighbour"),
    [
        # Real insurers that are not in our list, each sharing one distinctive word with one
        # that is: one shared word must not be enough.
        ("Mutuelle Nationale des Hospitaliers", "Mutuelle Nationale du personnel Michelin"),
        ("Ociane Matmut", "Safran-Ociane"),
        ("Harmonie Tartempion", "Harmonie Mutuelle"),
        ("Malakoff Inconnue", "Malakoff Humanis"),
    ],
)
def test_one_shared_word_does_not_find_a_neighbour(query: str, neighbour: str) -> None:
    assert neighbour in names(neighbour)  # the neighbour is in the list...
    assert neighbour not in names(query)  # ...but is not offered for another insurer


def test_a_word_typed_whole_comes_before_a_name_that_only_starts_with_it() -> None:
    # "Mutua" is a whole word of "Mutua Gestion", and only the start of "Mutualia".
    found = names("Mutua")
    assert "Mutualia" in found
    assert found[0] == "Mutua Gestion"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Harmonie Mutuelle Humanis", "Harmonie Mutuelle"),
        ("Malakoff Humanis Harmonie", "Malakoff Humanis"),
        ("Nationale personnel Michelin Humanis", "Mutuelle Nationale du personnel Michelin"),
    ],
)
def test_every_word_typed_must_be_found(query: str, name: str) -> None:
    # The whole name plus a word of another insurer's name: not this insurer (the words of
    # two names mixed are neither).
    assert name in names(name)
    assert name not in names(query)
