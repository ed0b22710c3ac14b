"""Difficult words in plain French: each is explained where it first appears on a screen.

:data:`EXPLAINED_BY` lists, for each word, phrases that explain it; a screen that shows the
word shows one of them. :func:`explain_first` adds the short :data:`GLOSSES` after a word's
first appearance in a screen's paragraphs when nothing there explains it yet (for texts built
from the facts, such as "selon la CNIL").
"""

from __future__ import annotations

import re

# The word as it is found (a regular expression) and its gloss, said in brackets after it.
GLOSSES: dict[str, tuple[str, str]] = {
    "opérateur": (
        r"opérateurs?(?: de tiers payant)?",
        "l'entreprise qui gère le tiers payant : quand vous ne payez pas le pharmacien, "
        "votre mutuelle le paie directement",
    ),
    "tiers payant": (
        r"tiers payant",
        "quand vous ne payez pas le pharmacien : votre mutuelle le paie directement",
    ),
    "CNIL": (r"CNIL", "le service de l'État qui protège vos données"),
    "BL2C": (r"BL2C", "un service de la police qui enquête sur le piratage"),
    "AMC": (r"AMC", "le numéro de votre mutuelle"),
    "délégué à la protection des données": (
        r"délégué à la protection des données",
        "la personne qui s'occupe des données des adhérents",
    ),
    "RGPD": (r"RGPD", "la loi européenne qui protège vos données"),
    "NIR": (r"NIR", "votre numéro de sécurité sociale"),
}

EXPLAINED_BY: dict[str, tuple[str, ...]] = {
    "tiers payant": ("paie directement", "le paie pour vous"),
    "opérateur": ("entreprise qui gère le tiers payant", "entreprises qui gèrent le tiers payant"),
    "CNIL": ("qui protège vos données",),
    "BL2C": ("police",),
    "AMC": ("numéro de votre mutuelle",),
    "délégué à la protection des données": ("s'occupe des données",),
    "RGPD": ("loi européenne",),
    "NIR": ("sécurité sociale",),
}


def _pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){GLOSSES[word][0]}(?!\w)", re.IGNORECASE)


def shows(text: str, word: str) -> bool:
    """True when ``text`` contains the difficult ``word`` (a whole word, any case)."""
    return _pattern(word).search(text) is not None


def is_explained(text: str, word: str) -> bool:
    folded = text.replace("\u00a0", " ").lower()
    return any(phrase.lower() in folded for phrase in EXPLAINED_BY[word])


def _inside_brackets(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("(") > before.count(")")


def explain_first(paragraphs: list[str]) -> list[str]:
    """The paragraphs of one screen, with a gloss after the first appearance of each
    difficult word that the screen does not explain yet. A word already inside brackets
    gets its explanation as a sentence of its own after the paragraph (no brackets in
    brackets)."""
    result = list(paragraphs)
    for word, (_, gloss) in GLOSSES.items():
        if is_explained(" ".join(result), word):
            continue
        found = [
            (index, match)
            for index, text in enumerate(result)
            for match in _pattern(word).finditer(text)
        ]
        outside = [(i, m) for i, m in found if not _inside_brackets(result[i], m.start())]
        if outside:
            index, match = outside[0]
            text = result[index]
            result[index] = f"{text[: match.end()]} ({gloss}){text[match.end() :]}"
        elif found:
            index, match = found[0]
            result[index] = (
                f"{result[index]} {match.group(0)[:1].upper()}{match.group(0)[1:]} : {gloss}."
            )
    return result
