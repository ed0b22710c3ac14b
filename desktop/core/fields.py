"""Single-field checks on what the person typed, with plain French messages.

Each ``check_*`` returns ``None`` when the text is fine (an empty text is fine: whether a field
is required depends on the document, see :mod:`desktop.core.validation`), else one French
sentence that says what is wrong and how to fix it. Values are stripped when checked.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from desktop.core.french_dates import parse_french_date

MAX_NAME = 60
MAX_PLACE = 60
MAX_ADDRESS_LINE = 120
MAX_MEMBER_NUMBER = 30
EARLIEST_BIRTH = dt.date(1900, 1, 1)

_APOSTROPHES = "'’"
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")


def _odd_character(text: str) -> str | None:
    """Message for an emoji, a control character or a symbol, else None."""
    for char in text:
        category = unicodedata.category(char)
        if category in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            return (
                "Ce texte contient un caractère invisible ou de contrôle : effacez-le et retapez."
            )
        if category == "So" or ord(char) >= 0x1F000:
            return f"Ce texte contient un symbole ou un émoji (« {char} ») : retirez-le."
        # The printed letters use a Latin font: other scripts would print as empty boxes.
        if (char.isalpha() and "LATIN" not in unicodedata.name(char, "")) or (
            char.isdigit() and not char.isascii()
        ):
            return (
                f"Ce texte contient un caractère que la lettre ne peut pas imprimer "
                f"(« {char} ») : écrivez-le en lettres latines."
            )
    return None


def check_length(text: str, limit: int) -> str | None:
    length = len(text.strip())
    if length > limit:
        return f"Ce texte est trop long ({length} caractères) : {limit} caractères au plus."
    return None


def check_text(text: str, limit: int) -> str | None:
    """Any free text: no emoji or control character, not longer than ``limit``."""
    return _odd_character(text) or check_length(text, limit)


def check_name(text: str) -> str | None:
    """Letters (any French accent), spaces, hyphens and apostrophes (' or ’)."""
    value = text.strip()
    problem = check_text(value, MAX_NAME)
    if problem:
        return problem
    for char in value:
        if char.isalpha():
            if "LATIN" not in unicodedata.name(char, ""):
                return "Écrivez le nom en lettres latines, comme sur vos papiers français."
        elif char not in " -" + _APOSTROPHES:
            return (
                f"Un nom ne contient que des lettres, des espaces, des tirets et des "
                f"apostrophes : retirez « {char} »."
            )
    if value and not any(char.isalpha() for char in value):
        return "Écrivez au moins une lettre."
    return None


def check_place(text: str) -> str | None:
    """A town or place name: like a name, digits allowed (``Paris Cedex 07``)."""
    value = text.strip()
    problem = check_text(value, MAX_PLACE)
    if problem:
        return problem
    for char in value:
        if not (char.isalnum() or char in " -" + _APOSTROPHES):
            return f"Un nom de commune ne contient que des lettres et des chiffres : retirez « {char} »."
    return None


def check_nir(text: str) -> str | None:
    """Social security number (NIR), 15 characters, 2A/2B for Corsica, spaces allowed."""
    value = re.sub(r"[\s.\-]", "", text).upper()
    if not value:
        return None
    if value[0] in "78" and len(value) == 15:
        return (
            "Ce numéro commence par 7 ou 8 : c'est un numéro provisoire, que nous ne pouvons pas "
            "vérifier. Il n'est pas indispensable : laissez ce champ vide, ou tapez le numéro "
            "définitif inscrit sur votre carte Vitale si vous l'avez reçu."
        )
    if not re.fullmatch(r"[0-9AB]+", value):
        return (
            "Le numéro de sécurité sociale ne contient que des chiffres "
            "(et 2A ou 2B pour une naissance en Corse) : recopiez-le depuis votre carte Vitale."
        )
    if len(value) != 15:
        return (
            f"Le numéro de sécurité sociale a 15 chiffres (13 chiffres puis la clé de 2 chiffres) ; "
            f"vous en avez tapé {len(value)}. Recopiez-le depuis votre carte Vitale."
        )
    if value[0] not in "12":
        return "Le numéro de sécurité sociale commence par 1 ou 2 : vérifiez le premier chiffre."
    from stdnum.exceptions import ValidationError  # not at start: stdnum imports ssl, socket…
    from stdnum.fr import nir as stdnum_nir

    try:
        stdnum_nir.validate(value)
    except ValidationError:
        return (
            "Ce numéro ne correspond pas à sa clé (les 2 derniers chiffres) : une erreur de frappe "
            "s'est glissée. Comparez chaque chiffre avec votre carte Vitale."
        )
    return None


def check_postal_code(text: str) -> str | None:
    value = "".join(text.split())
    if not value:
        return None
    if not re.fullmatch(r"\d{5}", value):
        return "Le code postal a 5 chiffres, par exemple 42100 : vérifiez-le sur une enveloppe."
    if value.startswith("00") or value[:2] == "96" or value[:2] == "99":
        return "Ce code postal n'existe pas en France : vérifiez les 2 premiers chiffres."
    return None


def check_date_text(text: str) -> str | None:
    if text.strip() and parse_french_date(text) is None:
        return (
            "Écrivez la date comme ceci : 29/02/1948 (jour/mois/année), avec une date qui existe."
        )
    return None


def check_birth_date(text: str, today: dt.date | None = None) -> str | None:
    if not text.strip():
        return None
    day = parse_french_date(text)
    if day is None:
        return check_date_text(text)
    if day > (today or dt.date.today()):
        return "Cette date de naissance est dans le futur : vérifiez l'année."
    if day < EARLIEST_BIRTH:
        return "Cette date de naissance est avant 1900 : vérifiez l'année (4 chiffres)."
    return None


def check_phone(text: str) -> str | None:
    """Optional French number: 04 77 12 34 56, 04.77.12.34.56, +33 4 77 12 34 56."""
    value = _PHONE_SEPARATORS.sub("", text)
    if not value:
        return None
    if value.startswith("+33"):
        value = "0" + value[3:]
    elif value.startswith("0033"):
        value = "0" + value[4:]
    if not re.fullmatch(r"0[1-9]\d{8}", value):
        return (
            "Écrivez un numéro de téléphone français à 10 chiffres, par exemple 04 77 12 34 56 "
            "(ou +33 4 77 12 34 56)."
        )
    return None


def format_nir(text: str) -> str:
    """``248022A00412325`` -> ``2 48 02 2A 004 123 25`` (call only on a valid number)."""
    from stdnum.fr import nir as stdnum_nir

    return str(stdnum_nir.format(stdnum_nir.compact(text.strip().upper())))


def format_phone(text: str) -> str:
    """``0477123456`` -> ``04 77 12 34 56`` (no-break spaces); unchanged if not valid."""
    if check_phone(text):
        return text.strip()
    value = _PHONE_SEPARATORS.sub("", text)
    value = "0" + value[3:] if value.startswith("+33") else value
    value = "0" + value[4:] if value.startswith("0033") else value
    return "\u00a0".join(value[i : i + 2] for i in range(0, 10, 2))
