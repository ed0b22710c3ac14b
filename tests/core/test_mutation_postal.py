"""Edge cases of the NF Z 10-011 address layout, found by mutation testing (mutmut survivors)."""

from __future__ import annotations

import pytest

from desktop.core.postal import AddressTooLong, abbreviate, shorten_name, wrap

HYPHENATED = "-".join(["ABCDEFGHIJ"] * 5)  # 54 characters, hyphens at 10, 21, 32 and 43


def test_a_line_of_exactly_32_characters_is_not_abbreviated() -> None:
    line = "12 AVENUE DU GENERAL DE GAULLE X"
    assert len(line) == 32
    assert abbreviate(line) == line
    assert abbreviate(line + "Y") == "12 AV DU GENERAL DE GAULLE XY"


def test_a_word_of_exactly_38_characters_stays_whole() -> None:
    assert wrap("A" * 38) == ["A" * 38]


def test_a_long_word_is_cut_after_its_last_hyphen_within_the_line() -> None:
    assert wrap(HYPHENATED) == [HYPHENATED[:33], HYPHENATED[33:]]
    assert wrap(HYPHENATED, width=20) == [
        "ABCDEFGHIJ-",
        "ABCDEFGHIJ-",
        "ABCDEFGHIJ-",
        "ABCDEFGHIJ-",
        "ABCDEFGHIJ",
    ]


def test_a_long_word_starting_with_its_only_hyphen_is_refused() -> None:
    with pytest.raises(AddressTooLong, match="trop long"):
        wrap("-" + "A" * 40)
    with pytest.raises(AddressTooLong):
        wrap("A" * 39)


def test_words_fill_a_line_up_to_exactly_38_characters() -> None:
    first, second = "A" * 18, "B" * 19  # 18 + 1 + 19 = 38
    assert wrap(f"{first} {second}") == [f"{first} {second}"]
    assert wrap(f"{first} {second}B") == [first, second + "B"]


def test_a_space_after_a_hyphen_is_dropped_when_the_words_are_joined() -> None:
    assert wrap("JEAN- PIERRE") == ["JEAN-PIERRE"]


def test_a_name_of_exactly_38_characters_is_kept() -> None:
    name = "Madame Marie-Christine Dupont-Durandal"
    assert len(name) == 38
    assert shorten_name(name) == name


def test_an_organisation_is_never_turned_into_initials() -> None:
    name = "Mutuelle Nationale des Retraités de l’Exemple"
    assert len(name) > 38
    assert shorten_name(name) == name


def test_first_names_become_initials_only_until_the_name_fits() -> None:
    # After the first initials the name is exactly 38 characters: it stops there.
    name = "Madame Marie-Christine Anne-Sophie Dupont-Durandale"
    assert shorten_name(name) == "Mme M.-C. Anne-Sophie Dupont-Durandale"
    assert shorten_name("Monsieur Jean-Pierre Lœwenbrück-Dupont-Saint-Œuvray") == (
        "M. J.-P. Lœwenbrück-Dupont-Saint-Œuvray"
    )


def test_the_surname_is_never_turned_into_initials() -> None:
    name = "Madame Marie Dupont-Durandal-Lefebvre-Martin-Bernard"
    assert shorten_name(name) == "Mme M. Dupont-Durandal-Lefebvre-Martin-Bernard"


def test_a_hyphen_in_second_place_is_a_place_to_cut() -> None:
    assert wrap("A-" + "B" * 37) == ["A-", "B" * 37]


def test_a_hyphen_in_first_place_is_no_place_to_cut() -> None:
    with pytest.raises(AddressTooLong):
        wrap("-" + "A" * 38)


def test_each_first_name_in_turn_becomes_initials() -> None:
    name = "Madame Marie-Christine Anne-Sophie Dupont-Durandal-Lefebvre"
    assert shorten_name(name) == "Mme M.-C. A.-S. Dupont-Durandal-Lefebvre"
