"""Limits of an address block (6 lines of 38 characters) and their French messages, found by
mutation testing (mutmut survivors)."""

from __future__ import annotations

import pytest

from desktop.core.postal import AddressTooLong, clean_spaces, format_address, strip_accents

TOO_MANY_LINES = (
    "L'adresse a trop de lignes : 6 au plus avec le nom et la ville. "
    "Regroupez ou supprimez une ligne (par exemple l'étage ou le bâtiment)."
)
DOES_NOT_FIT = (
    "L'adresse ne tient pas sur 6 lignes de 38 caractères, même abrégée. "
    "Raccourcissez la ligne la plus longue (par exemple « Bât. » pour « Bâtiment »)."
)
# No abbreviation applies to these words: they wrap as they are.
WORDS = "TRES LONGUE LIGNE DE TEXTE SANS AUCUN MOT QUE LA POSTE ABREGE JAMAIS NULLE PART ICI"


def refused(name: str, lines: list[str], code: str = "75009", city: str = "PARIS") -> str:
    with pytest.raises(AddressTooLong) as caught:
        format_address(name, lines, code, city)
    return caught.value.message


def test_no_break_and_narrow_spaces_are_plain_spaces() -> None:
    assert clean_spaces(" a\u00a0\u00a0b\u202fc  d ") == "a b c d"


def test_a_locality_line_of_exactly_38_characters_is_accepted() -> None:
    city = "X" * 32  # "75009 " + 32 = 38
    assert format_address("Mme Marie Martin", ["1 RUE A"], "75009", city)[-1] == f"75009 {city}"
    message = refused("Mme Marie Martin", ["1 RUE A"], "75009", city + "Y")
    assert message == (
        f"La ligne « 75009 {city}Y » dépasse 38 caractères. "
        "Écrivez le nom de la commune comme sur le site de La Poste (abrégé)."
    )


def test_four_lines_between_name_and_town_fit_five_do_not() -> None:
    four = ["BAT A", "ESC 2", "1 RUE A", "BP 12"]
    assert len(format_address("Mme Marie Martin", four, "75009", "PARIS")) == 6
    assert refused("Mme Marie Martin", [*four, "CS 3"]) == TOO_MANY_LINES


def test_a_name_on_two_rows_leaves_room_for_three_lines() -> None:
    name = "Mutuelle Nationale des Retraités de l’Exemple"  # 2 rows, never initials
    three = ["BAT A", "1 RUE A", "BP 12"]
    assert len(format_address(name, three, "75009", "PARIS")) == 6
    assert refused(name, [*three, "CS 3"]) == DOES_NOT_FIT


def test_a_name_on_three_rows_is_refused() -> None:
    name = "Mutuelle Nationale Interprofessionnelle des Retraités de l’Exemple du Sud"
    assert refused(name, ["1 RUE A"]) == DOES_NOT_FIT


def test_an_address_line_may_take_two_rows_not_three() -> None:
    two = WORDS[:60]
    rows = format_address("Mme Marie Martin", [two], "75009", "PARIS")
    assert len(rows) == 4
    assert refused("Mme Marie Martin", [WORDS]) == DOES_NOT_FIT


def test_ligatures_and_sharp_s_are_spelt_out() -> None:
    assert strip_accents("Æsop æ Œuvre œ Straße ROSSI") == "AEsop ae OEuvre oe Strasse ROSSI"
