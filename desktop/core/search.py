"""Find an insurer from what a person types: case-, accent- and typo-tolerant, never over-confident.

Only the *distinctive* words of a name count ("Malakoff", "Humanis"), not the words every
insurer shares ("mutuelle", "santé", "la"). Every distinctive word typed must match a word of
the name, exactly or with a small typo; a short word (four letters or fewer, like "MGEN" or
"MGP") must match exactly. So a name that is not in the list finds nothing rather than a
look-alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from desktop.core.catalog import Catalog, Insurer

GENERIC_WORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "d",
        "de",
        "des",
        "du",
        "en",
        "et",
        "l",
        "la",
        "le",
        "les",
        "par",
        "pour",
        "sur",
        "mutuelle",
        "mutuelles",
        "mutualite",
        "mutualiste",
        "mutuel",
        "groupe",
        "group",
        "sante",
        "assurance",
        "assurances",
        "assureur",
        "prevoyance",
        "complementaire",
        "france",
        "sa",
        "sas",
    ]
)
SHORT_WORD = 4  # words this long or shorter must match exactly
MIN_QUERY_LETTERS = 2
MIN_PREFIX = 4  # a word being typed must have this many letters to match as a start


@dataclass(frozen=True)
class Match:
    insurer: Insurer
    score: float  # 0..1, higher is better
    matched_name: str  # the name or alias that matched


def normalize(text: str) -> str:
    """Lower case, no accents, œ/æ spelt out, punctuation turned into spaces."""
    text = text.casefold().replace("œ", "oe").replace("æ", "ae").replace("&", " et ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def edit_distance(left: str, right: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), stopping early past ``limit``."""
    if abs(len(left) - len(right)) > limit:
        return limit + 1
    previous_previous: list[int] = []
    previous = list(range(len(right) + 1))
    for i, lch in enumerate(left, 1):
        current = [i] + [0] * len(right)
        for j, rch in enumerate(right, 1):
            cost = 0 if lch == rch else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and lch == right[j - 2] and left[i - 2] == rch:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return previous[-1]


def allowed_typos(word: str) -> int:
    if len(word) <= SHORT_WORD:
        return 0
    return 1 if len(word) <= 7 else 2


def word_similarity(typed: str, known: str, *, may_be_prefix: bool, exact_only: bool) -> float:
    """1.0 for the same word, less for a typo or a started word, 0.0 for another word.

    ``exact_only`` is set when the typed word is itself a word of another insurer's name
    ("Generali" is not a typo of "Générale").
    """
    if typed == known:
        return 1.0
    score = 0.0
    if may_be_prefix and len(typed) >= MIN_PREFIX and known.startswith(typed):
        score = 0.75
    limit = 0 if exact_only else allowed_typos(min(typed, known, key=len))
    if limit:
        distance = edit_distance(typed, known, limit)
        if distance <= limit:
            score = max(score, 1.0 - 0.1 * distance)
    return score


def is_generic(word: str) -> bool:
    if word in GENERIC_WORDS:
        return True
    return len(word) >= 6 and any(
        edit_distance(word, generic, 1) <= 1 for generic in GENERIC_WORDS if len(generic) >= 6
    )


def distinctive_words(text: str) -> tuple[str, ...]:
    return tuple(word for word in normalize(text).split() if not is_generic(word))


@cache
def _indexed_names(catalog: Catalog) -> tuple[tuple[Insurer, str, str, tuple[str, ...]], ...]:
    rows = []
    for insurer in catalog.insurers:
        for name in (insurer.name, *insurer.aliases):
            for part in {name, *name.split(" / ")}:
                rows.append((insurer, name, normalize(part), distinctive_words(part)))
    return tuple(rows)


@cache
def _vocabulary(catalog: Catalog) -> frozenset[str]:
    return frozenset(word for *_, known in _indexed_names(catalog) for word in known)


def _name_score(
    query_norm: str,
    typed: tuple[str, ...],
    name_norm: str,
    known: tuple[str, ...],
    vocabulary: frozenset[str],
) -> float:
    if query_norm == name_norm:
        return 1.0
    if not typed or not known:
        return 0.0
    total = 0.0
    used: set[int] = set()
    for position, word in enumerate(typed):
        last = position == len(typed) - 1
        best, best_index = 0.0, -1
        for index, candidate in enumerate(known):
            if index in used:
                continue
            similarity = word_similarity(
                word, candidate, may_be_prefix=last, exact_only=word in vocabulary
            )
            if similarity > best:
                best, best_index = similarity, index
        if best == 0.0:
            return 0.0  # every distinctive word typed must be found
        used.add(best_index)
        total += best
    coverage = len(used) / len(known)
    return 0.9 * (total / len(typed)) * (0.6 + 0.4 * coverage)


def search(catalog: Catalog, query: str, limit: int = 5) -> list[Match]:
    """Insurers whose name or alias fits ``query``, best first; empty when nothing fits."""
    query_norm = normalize(query)
    if len(query_norm.replace(" ", "")) < MIN_QUERY_LETTERS:
        return []
    typed = distinctive_words(query)
    vocabulary = _vocabulary(catalog)
    best: dict[str, Match] = {}
    for insurer, name, name_norm, known in _indexed_names(catalog):
        score = _name_score(query_norm, typed, name_norm, known, vocabulary)
        if score <= 0.0:
            continue
        current = best.get(insurer.id)
        if current is None or score > current.score:
            best[insurer.id] = Match(insurer, round(score, 3), name)
    ranked = sorted(best.values(), key=lambda m: (-m.score, normalize(m.insurer.name)))
    return ranked[:limit]
