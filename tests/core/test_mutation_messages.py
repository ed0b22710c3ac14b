"""The exact French sentence for each kind of typing mistake, and the limits of the date checks
(found by mutation testing: mutmut survivors). The person reads these sentences as they are."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from desktop.core.fields import (
    check_birth_date,
    check_name,
    check_nir,
    check_phone,
    check_postal_code,
    check_text,
)

TODAY = dt.date(2026, 11, 25)
TEMPORARY = (
    "Ce numéro commence par 7 ou 8 : c'est un numéro provisoire, que nous ne pouvons pas "
    "vérifier. Il n'est pas indispensable : laissez ce champ vide, ou tapez le numéro "
    "définitif inscrit sur votre carte Vitale si vous l'avez reçu."
)
DIGITS_ONLY = (
    "Le numéro de sécurité sociale ne contient que des chiffres "
    "(et 2A ou 2B pour une naissance en Corse) : recopiez-le depuis votre carte Vitale."
)


@pytest.mark.parametrize(
    ("check", "typed", "message"),
    [
        (check_nir, "8 48 02 99 123 456 78", TEMPORARY),
        (check_nir, "X48029912345678", DIGITS_ONLY),
        (check_nir, "2 48 02 99 123 456 7O", DIGITS_ONLY),
        (
            check_nir,
            "348029912345678",
            "Le numéro de sécurité sociale commence par 1 ou 2 : vérifiez le premier chiffre.",
        ),
        (
            check_postal_code,
            "4210",
            "Le code postal a 5 chiffres, par exemple 42100 : vérifiez-le sur une enveloppe.",
        ),
        (
            check_postal_code,
            "99100",
            "Ce code postal n'existe pas en France : vérifiez les 2 premiers chiffres.",
        ),
        (
            check_phone,
            "04 77 12 34",
            "Écrivez un numéro de téléphone français à 10 chiffres, par exemple 04 77 12 34 56 "
            "(ou +33 4 77 12 34 56).",
        ),
    ],
)
def test_the_sentence_for_each_mistake(
    check: Callable[[str], str | None], typed: str, message: str
) -> None:
    assert check(typed) == message


def test_birth_dates_from_1900_to_today() -> None:
    future = "Cette date de naissance est dans le futur : vérifiez l'année."
    too_old = "Cette date de naissance est avant 1900 : vérifiez l'année (4 chiffres)."
    assert check_birth_date("25/11/2026", TODAY) is None
    assert check_birth_date("26/11/2026", TODAY) == future
    assert check_birth_date("01/01/1900", TODAY) is None
    assert check_birth_date("31/12/1899", TODAY) == too_old
    # The day given counts, not the computer's clock.
    assert check_birth_date("01/01/2020", dt.date(2019, 6, 1)) == future


@pytest.mark.parametrize("odd", ["\x07", "\u200b", "\ud800", "\ue000"])
def test_invisible_or_broken_characters_are_refused(odd: str) -> None:
    assert check_text(f"Marie{odd}", 60) == (
        "Ce texte contient un caractère invisible ou de contrôle : effacez-le et retapez."
    )


@pytest.mark.parametrize("odd", ["\u0378", "\ud800"])  # unassigned, lone surrogate
def test_unassigned_code_points_are_refused(odd: str) -> None:
    assert check_text(odd, 60) == (
        "Ce texte contient un caractère invisible ou de contrôle : effacez-le et retapez."
    )


@pytest.mark.parametrize("symbol", ["♥", "©", "\U0001f600"])
def test_symbols_and_emoji_are_refused(symbol: str) -> None:
    assert check_text(f"Marie {symbol}", 60) == (
        f"Ce texte contient un symbole ou un émoji (« {symbol} ») : retirez-le."
    )


@pytest.mark.parametrize("letter", ["Ж", "\U00017000"])  # Cyrillic; Tangut, which has no name
def test_letters_the_font_cannot_print_are_refused(letter: str) -> None:
    message = (
        f"Ce texte contient un caractère que la lettre ne peut pas imprimer "
        f"(« {letter} ») : écrivez-le en lettres latines."
    )
    assert check_text(f"Jean{letter}", 60) == message
    assert check_name(f"Jean{letter}") == message


def test_a_name_needs_a_letter() -> None:
    assert check_name("- ’ '") == "Écrivez au moins une lettre."


def test_a_wrong_key_is_a_typing_mistake() -> None:
    assert check_nir("2 48 02 2A 004 123 26") == (
        "Ce numéro ne correspond pas à sa clé (les 2 derniers chiffres) : une erreur de frappe "
        "s'est glissée. Comparez chaque chiffre avec votre carte Vitale."
    )
