import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.postal import (
    MAX_CHARS,
    AddressTooLong,
    abbreviate,
    format_address,
    locality_line,
    strip_accents,
)

FRENCH_LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ’'- "


def test_bl2c_keeps_case_reference() -> None:
    assert format_address(
        "Direction de la Police Judiciaire PP",
        ["BL2C 2024/030", "36 rue du Bastion"],
        "75017",
        "Paris",
    ) == [
        "Direction de la Police Judiciaire PP",
        "BL2C 2024/030",
        "36 RUE DU BASTION",
        "75017 PARIS",
    ]


def test_cnil_keeps_cedex() -> None:
    assert format_address(
        "CNIL", ["3 Place de Fontenoy", "TSA 80715"], "75334", "Paris Cedex 07"
    ) == [
        "CNIL",
        "3 PLACE DE FONTENOY",
        "TSA 80715",
        "75334 PARIS CEDEX 07",
    ]


@pytest.mark.parametrize(
    ("city", "expected"),
    [
        ("Saint-Étienne", "42100 ST ETIENNE"),
        ("Sainte-Foy-lès-Lyon", "42100 STE FOY LES LYON"),
        ("L’Haÿ-les-Roses", "42100 L HAY LES ROSES"),
        ("  villeneuve-loubet ", "42100 VILLENEUVE LOUBET"),
    ],
)
def test_locality_line(city: str, expected: str) -> None:
    assert locality_line("42 100", city) == expected


def test_strip_accents_spells_ligatures() -> None:
    assert strip_accents("Œuvray cœur Lætitia ÿ") == "OEuvray coeur Laetitia y"


def test_abbreviation_only_when_long() -> None:
    assert abbreviate("12 AVENUE FOCH") == "12 AVENUE FOCH"
    assert abbreviate("12 BIS AVENUE DU MARECHAL DE LATTRE DE TASSIGNY") == (
        "12 B AV DU MAL DE LATTRE DE TASSIGNY"
    )


def test_long_name_is_shortened_not_cut() -> None:
    lines = format_address(
        "Madame Éloïse Lœwenbrück-Dupont-Saint-Œuvray", ["1 rue A"], "42100", "x"
    )
    assert lines[0] == "Mme É. Lœwenbrück-Dupont-Saint-Œuvray"


def test_no_punctuation_from_line_four() -> None:
    lines = format_address(
        "M. Jean Dupont",
        ["Appartement 3", "Résidence l’Orée, bât. B", "5 ter, rue d’Aÿ"],
        "51160",
        "Aÿ-Champagne",
    )
    assert lines == [
        "M. Jean Dupont",
        "APPARTEMENT 3",
        "RESIDENCE L’OREE BAT. B",
        "5 T RUE D AY",
        "51160 AY CHAMPAGNE",
    ]


def test_street_of_120_characters_is_split_or_refused() -> None:
    street = "12 avenue " + "du Maréchal Jean de Lattre de Tassigny et de la Libération " * 2
    street = street[:120]
    try:
        lines = format_address("M. Jean Dupont", [street], "42100", "Saint-Étienne")
    except AddressTooLong as error:
        assert "38" in error.message
    else:
        assert all(len(line) <= MAX_CHARS for line in lines)
        assert " ".join(lines[1:-1]).replace("- ", "-").count("TASSIGNY") >= 1


def test_very_long_street_refused_in_french() -> None:
    with pytest.raises(AddressTooLong, match="38 caractères"):
        format_address("M. A", ["x" * 120], "42100", "Lyon")


def test_too_many_lines_refused() -> None:
    with pytest.raises(AddressTooLong, match="trop de lignes"):
        format_address("M. A", ["a", "b", "c", "d", "e"], "42100", "Lyon")


@given(
    name=st.text(FRENCH_LETTERS, min_size=1, max_size=60),
    street=st.text(FRENCH_LETTERS + "0123456789,.", min_size=1, max_size=120),
    city=st.text(FRENCH_LETTERS, min_size=1, max_size=30),
)
def test_any_address_fits_or_is_refused(name: str, street: str, city: str) -> None:
    try:
        lines = format_address(name, [street], "42100", city)
    except AddressTooLong as error:
        assert error.message
        return
    assert len(lines) <= 6
    assert all(len(line) <= MAX_CHARS for line in lines)
    for line in lines[3:]:
        assert all(char.isalnum() or char == " " for char in line)
    assert lines[-1] == lines[-1].upper()
