"""Find an insurer from what a person types; a name that is not in the list finds nothing.

How it decides (the README says the same in "Facts and their sources"):

- Case, accents, punctuation and everyday words are ignored: articles and possessives ("la",
  "ma", "votre"), the words every insurer shares ("mutuelle", "santé", "groupe"...) and the
  words printed on every card ("AMC", "carte", "tiers payant"). What is left are the
  *meaningful* words.
- Every meaningful word typed must be a word of the name: exactly, as the start of a longer
  word while it is being typed, or with a typo. Words of 5 letters or fewer never allow a typo
  ("MNH" is not "MNT"), nor does a typed word that is itself a word of another listed name
  ("Generali" is not a typo of "Générale").
- A query of two or more meaningful words must match most of the name's meaningful words.
  One word alone finds a longer name only if no other listed insurer has that word and it is
  not a complement of the name ("de l'Oise", "des Cheminots"), and the kind of insurer typed
  with it ("mutuelle", "assurances") is in that name too: a place, a profession, a company or
  a group name finds none of the names that merely contain it.
- A typo never changes the first letter, and two typos (words of 9 letters or more) never
  stand for a longer word's start.
- The names of tiers-payant operators and care networks ("Viamedis", "Almerys", "SP Santé",
  "Santéclair"...) are recognised as such: :func:`lookup` answers that it is the operator's
  name, not the mutuelle's.
- Ranking: the closest match first; equal matches are ordered by exactness (the official name,
  then an alias), then by strength of evidence, an insurer that says it was not affected last.
  When the best two stay close, :func:`lookup` says the answer is ambiguous so that both are
  shown and the person chooses.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.core.catalog import EVIDENCE_KINDS, OTHER_NETWORKS, Catalog, Insurer

STOP_WORDS = frozenset(
    # articles, prepositions, possessives, "ex", words printed on every card
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
        "chez",
        "ma",
        "mon",
        "mes",
        "ta",
        "ton",
        "tes",
        "sa",
        "son",
        "ses",
        "notre",
        "nos",
        "votre",
        "vos",
        "leur",
        "leurs",
        "ex",
        "anciennement",
        "francaise",
        "francais",
        "amc",
        "carte",
        "tiers",
        "payant",
        "numero",
        "adherent",
        "sas",
        "cie",
        "compagnie",
        "organisme",
    ]
)
CATEGORY_WORDS = frozenset(
    # what every insurer is: never enough to tell one from another
    [
        "mutuelle",
        "mutuelles",
        "mutualite",
        "mutualiste",
        "groupe",
        "group",
        "sante",
        "assurance",
        "assurances",
        "assureur",
        "assureurs",
        "prevoyance",
        "complementaire",
        "complementaires",
        "institution",
    ]
)
TYPO_FREE_LENGTH = 5  # words this long or shorter allow no typo
MIN_QUERY_LETTERS = 2
MIN_PREFIX = 5  # a word being typed must have this many letters to match as a start
MIN_LONE_WORD = 4  # a lone word finding part of a longer name must be this long
CLOSE = 0.05
PREFIX_SCORE = 0.75  # a word being typed, matching the start of a known word
TYPO_SCORE = 0.8  # the lowest score of a word with typos  # two matches this close in score are shown together
FOUND, AMBIGUOUS, OPERATOR, NOTHING = "found", "ambiguous", "operator", "nothing"


@dataclass(frozen=True)
class Match:
    insurer: Insurer
    score: float  # 0..1, higher is better
    matched_name: str  # the name or alias that matched
    exactness: int = 0  # 2: the official name as typed, 1: an alias as typed, 0: partly


@dataclass(frozen=True)
class Operator:
    """A tiers-payant operator or care network whose name was typed instead of the mutuelle's."""

    name: str
    breached: bool  # Viamedis or Almerys

    @property
    def message(self) -> str:
        if self.breached:
            return (
                f"« {self.name} » est le nom de l'opérateur de tiers payant, pas celui de votre "
                "mutuelle. S'il est écrit sur votre carte, c'est un signe sûr : dites-le à la "
                "question sur la carte. Le nom de votre mutuelle est écrit ailleurs sur la carte."
            )
        return (
            f"« {self.name} » est le nom d'un opérateur de tiers payant ou d'un réseau de soins, "
            "pas celui de votre mutuelle. Le nom de votre mutuelle est écrit ailleurs sur la "
            "carte. Vous pouvez aussi passer à la question sur la carte."
        )


@dataclass(frozen=True)
class Lookup:
    """What a search found: ``kind`` is found, ambiguous, operator or nothing."""

    query: str
    kind: str
    matches: tuple[Match, ...] = ()  # every match, best first
    operator: Operator | None = None
    close: tuple[Match, ...] = field(
        default=()
    )  # the matches to offer: the best, or the close ones


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


def one_edit_apart(left: str, right: str) -> bool:
    """``edit_distance(left, right, 1) <= 1`` without the table (the index asks it thousands
    of times): equal, or one letter changed, added or removed, or two neighbours swapped."""
    if left == right:
        return True
    if len(left) < len(right):
        left, right = right, left
    if len(left) - len(right) > 1:
        return False
    first = next(
        (i for i, (a, b) in enumerate(zip(left, right, strict=False)) if a != b), len(right)
    )
    if len(left) != len(right):
        return left[first + 1 :] == right[first:]  # one letter added
    changed = left[first + 1 :] == right[first + 1 :]
    swapped = left[first : first + 2] == right[first : first + 2][::-1]
    return changed or (swapped and left[first + 2 :] == right[first + 2 :])


def allowed_typos(word: str) -> int:
    if len(word) <= TYPO_FREE_LENGTH:
        return 0
    return 1 if len(word) <= 8 else 2


_GENERIC_LONG = tuple(word for word in CATEGORY_WORDS if len(word) > TYPO_FREE_LENGTH)


@lru_cache(maxsize=4096)
def is_generic(word: str) -> bool:
    """A stop word or a category word, or a category word with one typo ("mutuele")."""
    if word in STOP_WORDS or word in CATEGORY_WORDS:
        return True
    return len(word) > TYPO_FREE_LENGTH and any(
        one_edit_apart(word, generic) for generic in _GENERIC_LONG
    )


def meaningful_words(text: str) -> tuple[str, ...]:
    return tuple(word for word in normalize(text).split() if not is_generic(word))


def complements(normalized: str) -> frozenset[str]:
    """Meaningful words that follow "de", "du", "des" or "d'" (articles skipped): in French names
    they name a place, a trade or a sector ("Mutuelle Complémentaire d'Alsace", "Mutuelle des
    Cheminots"), which other insurers may share."""
    found: set[str] = set()
    after_de = False
    for word in normalized.split():
        if word in ("de", "du", "des", "d"):
            after_de = True
        elif word in ("l", "la", "le", "les"):
            continue
        else:
            if after_de and not is_generic(word):
                found.add(word)
            after_de = False
    return frozenset(found)


def _deletes(word: str, depth: int) -> set[str]:
    """``word`` with up to ``depth`` letters removed (the symmetric-delete typo index)."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


@dataclass(frozen=True)
class _Row:
    insurer: Insurer
    name: str
    official: bool
    normalized: str
    words: tuple[str, ...]
    complements: frozenset[str]  # words after "de", "du", "des": a place, a trade, a sector


@dataclass(frozen=True, eq=False)  # hashed by identity: cheap as a cache key
class _Index:
    rows: tuple[_Row, ...]
    owners: dict[str, frozenset[str]]  # meaningful word -> ids of the insurers using it
    sorted_words: tuple[str, ...]
    typo_index: dict[str, frozenset[str]]  # deleted form -> words
    rows_by_word: dict[str, tuple[int, ...]]
    order: dict[str, tuple[int, str]]  # id -> (strength of evidence, name) for ties


_INDEXES: dict[int, tuple[Catalog, _Index]] = {}


def _index(catalog: Catalog) -> _Index:
    """The search index of this catalog, built once (hashing a whole catalog is slow)."""
    known = _INDEXES.get(id(catalog))
    if known is None or known[0] is not catalog:
        known = (catalog, _build_index(catalog))
        _INDEXES[id(catalog)] = known
    return known[1]


def _build_index(catalog: Catalog) -> _Index:
    rows: list[_Row] = []
    for insurer in catalog.insurers:
        for name in (insurer.name, *insurer.aliases):
            for part in dict.fromkeys([name, *name.split(" / ")]):
                words = meaningful_words(part)
                if words:
                    normalized = normalize(part)
                    rows.append(
                        _Row(
                            insurer,
                            name,
                            name == insurer.name,
                            normalized,
                            words,
                            complements(normalized),
                        )
                    )
    owners: dict[str, set[str]] = {}
    rows_by_word: dict[str, list[int]] = {}
    for number, row in enumerate(rows):
        for word in row.words:
            owners.setdefault(word, set()).add(row.insurer.id)
            rows_by_word.setdefault(word, []).append(number)
    typo_index: dict[str, set[str]] = {}
    for word in owners:
        for form in _deletes(word, allowed_typos(word)):
            typo_index.setdefault(form, set()).add(word)
    ranks = {
        insurer.id: (EVIDENCE_KINDS.index(insurer.strongest.kind), normalize(insurer.name))
        for insurer in catalog.insurers
    }
    return _Index(
        tuple(rows),
        {word: frozenset(ids) for word, ids in owners.items()},
        tuple(sorted(owners)),
        {form: frozenset(words) for form, words in typo_index.items()},
        {word: tuple(numbers) for word, numbers in rows_by_word.items()},
        ranks,
    )


@lru_cache(maxsize=2048)
def _similar_words(index: _Index, typed: str, last: bool) -> tuple[tuple[str, float], ...]:
    """Known words ``typed`` may stand for, with how well: 1 same, 0.9/0.8 typo, 0.75 start."""
    found: dict[str, float] = {}
    if typed in index.owners:
        found[typed] = 1.0
    if last and len(typed) >= MIN_PREFIX:
        start = bisect.bisect_left(index.sorted_words, typed)
        for word in index.sorted_words[start:]:
            if not word.startswith(typed):
                break
            if word != typed and len(word) > TYPO_FREE_LENGTH:
                found[word] = max(found.get(word, 0.0), PREFIX_SCORE)
    started = set(found)  # the start of a known word: being typed, not a typo of another
    limit = allowed_typos(typed)
    if limit and typed not in index.owners:  # a listed word is never a typo of another
        candidates: set[str] = set()
        for form in _deletes(typed, limit):
            candidates |= index.typo_index.get(form, frozenset())
        for word in candidates:
            allowed = min(limit, allowed_typos(word))
            if (
                allowed
                and word != typed
                and word[0] == typed[0]  # people rarely mistype the first letter
                and (allowed == 1 or abs(len(word) - len(typed)) <= 1)  # two typos: not a start
                and (not started or word in started)
            ):
                distance = edit_distance(typed, word, allowed)
                if distance <= allowed:
                    found[word] = max(found.get(word, 0.0), 1.0 - 0.1 * distance)
    return tuple(found.items())


def _category_stems(normalized: str) -> frozenset[str]:
    return frozenset(word.rstrip("s") for word in normalized.split() if word in CATEGORY_WORDS)


def _row_score(
    row: _Row,
    typed: tuple[str, ...],
    similar: list[dict[str, float]],
    index: _Index,
    categories: frozenset[str],
) -> float:
    used: set[int] = set()
    total = 0.0
    lone_word = ""
    for options in similar:
        best, best_at = 0.0, -1
        for at, word in enumerate(row.words):
            value = options.get(word, 0.0)
            if value > best and at not in used:
                best, best_at = value, at
        if best_at < 0:
            return 0.0  # every meaningful word typed must be found
        used.add(best_at)
        total += best
        lone_word = row.words[best_at]
    matched, size = len(used), len(row.words)
    if matched < size:
        if len(typed) >= 2 and 2 * matched <= size:
            return 0.0  # several words typed: most of the name's words must be there
        if len(typed) == 1 and (
            len(index.owners[lone_word]) > 1
            or lone_word in row.complements  # "Mutuelle de l'Oise" is not "... de l'Oise"
            or len(lone_word) < MIN_LONE_WORD
            or best < TYPO_SCORE  # only the start of one word of a longer name: wait for more
            or not categories <= _category_stems(row.normalized)  # "X Assurances" is not "FMP X"
        ):
            return 0.0  # one word shared by several names (a place, a group) finds none
    return 0.9 * (total / len(typed)) * (0.6 + 0.4 * matched / size)


def _operator_in(words: tuple[str, ...]) -> tuple[Operator | None, tuple[str, ...]]:
    """The operator named by the query's words, and the words left once its name is removed."""
    joined = "".join(words)
    for name, breached in OTHER_NETWORKS:
        key = "".join(meaningful_words(name))
        typos = allowed_typos(key)
        if joined == key or (typos and edit_distance(joined, key, typos) <= typos):
            return Operator(name, breached), ()
        if key in words:
            return None, tuple(word for word in words if word != key)
    return None, words


def _ranked(catalog: Catalog, query: str, typed: tuple[str, ...]) -> list[Match]:
    index = _index(catalog)
    similar = [
        dict(_similar_words(index, word, position == len(typed) - 1))
        for position, word in enumerate(typed)
    ]
    if any(not options for options in similar):
        return []
    rows: Iterable[int] = sorted(
        {number for word in similar[0] for number in index.rows_by_word.get(word, ())}
    )
    query_norm = normalize(query)
    categories = _category_stems(query_norm)
    best: dict[str, Match] = {}
    for number in rows:
        row = index.rows[number]
        score = _row_score(row, typed, similar, index, categories)
        if score <= 0.0:
            continue
        exact = query_norm == row.normalized or (
            typed == row.words
            and all(options[w] == 1.0 for options, w in zip(similar, typed, strict=True))
        )
        exactness = (2 if row.official else 1) if exact else 0
        if query_norm == row.normalized:
            score = 1.0
        elif exact:
            score = max(score, 0.95)
        current = best.get(row.insurer.id)
        candidate = Match(row.insurer, round(score, 3), row.name, exactness)
        if current is None or (candidate.score, candidate.exactness) > (
            current.score,
            current.exactness,
        ):
            best[row.insurer.id] = candidate
    return sorted(
        best.values(),
        key=lambda m: (-m.score, -m.exactness, index.order[m.insurer.id]),
    )


def lookup(catalog: Catalog, query: str) -> Lookup:
    """Everything a search found, best first, and what to offer the person."""
    query_norm = normalize(query)
    if len(query_norm.replace(" ", "")) < MIN_QUERY_LETTERS:
        return Lookup(query, NOTHING)
    typed = meaningful_words(query)
    operator, typed = _operator_in(typed)
    if operator is not None:
        return Lookup(query, OPERATOR, operator=operator)
    if not typed:
        return Lookup(query, NOTHING)
    matches = _ranked(catalog, query, typed)
    if not matches:
        return Lookup(query, NOTHING)
    top = matches[0]
    close = tuple(
        m for m in matches if m.exactness == top.exactness and top.score - m.score < CLOSE
    )
    return Lookup(query, AMBIGUOUS if len(close) > 1 else FOUND, tuple(matches), None, close)


def search(catalog: Catalog, query: str, limit: int = 5) -> list[Match]:
    """Insurers whose name or alias fits ``query``, best first; empty when nothing fits."""
    return list(lookup(catalog, query).matches[:limit])
