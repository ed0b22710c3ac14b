"""French postal addresses laid out the NF Z 10-011 way (La Poste's "golden rules").

At most 6 lines of at most 38 characters; the last three lines in capitals without accents;
only letters, digits and spaces from line 4 on; last line ``POSTAL CODE LOCALITY`` with
SAINT/SAINTE written ST/STE and CEDEX kept. A street label longer than 32 characters is
abbreviated with La Poste's standard abbreviations; a line still too long is split at a word
boundary (never cut). When nothing fits, :class:`AddressTooLong` explains it in French.
"""

from __future__ import annotations

import re
import unicodedata

MAX_LINES = 6
MAX_CHARS = 38
ABBREVIATE_ABOVE = 32

# La Poste / AFNOR standard abbreviations, in the order they are tried (way types first).
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("BOULEVARD", "BD"),
    ("AVENUE", "AV"),
    ("ROUTE", "RTE"),
    ("CHEMIN", "CHE"),
    ("IMPASSE", "IMP"),
    ("ALLEE", "ALL"),
    ("PLACE", "PL"),
    ("SQUARE", "SQ"),
    ("FAUBOURG", "FG"),
    ("PROMENADE", "PROM"),
    ("QUARTIER", "QUA"),
    ("LOTISSEMENT", "LOT"),
    ("HAMEAU", "HAM"),
    ("PASSAGE", "PAS"),
    ("CHAUSSEE", "CHS"),
    ("MONTEE", "MTE"),
    ("RESIDENCE", "RES"),
    ("BATIMENT", "BAT"),
    ("IMMEUBLE", "IMM"),
    ("APPARTEMENT", "APP"),
    ("ESCALIER", "ESC"),
    ("ENTREE", "ENT"),
    ("ETAGE", "ETG"),
    ("SAINTE", "STE"),
    ("SAINT", "ST"),
    ("GENERAL", "GAL"),
    ("MARECHAL", "MAL"),
    ("PRESIDENT", "PDT"),
    ("DOCTEUR", "DR"),
    ("PROFESSEUR", "PR"),
    ("COMMANDANT", "CDT"),
    ("CAPITAINE", "CAP"),
    ("LIEUTENANT", "LT"),
    ("COLONEL", "COL"),
)

_TITLES: tuple[tuple[str, str], ...] = (
    ("Mademoiselle", "Mlle"),
    ("Madame", "Mme"),
    ("Monsieur", "M."),
)

_NUMBER_SUFFIX = re.compile(r"^(\d+)\s*(BIS|TER|QUATER)\b")
_SUFFIX_LETTER = {"BIS": "B", "TER": "T", "QUATER": "Q"}
_SPACES = re.compile(r"\s+")


class AddressTooLong(ValueError):  # noqa: N818 (name given by the brief)
    """The address cannot fit in 6 lines of 38 characters, even abbreviated."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def clean_spaces(text: str) -> str:
    """Collapse runs of spaces (no-break spaces included) and strip the ends."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def strip_accents(text: str) -> str:
    """``Œuvray Lætitia Éloïse`` -> ``OEuvray LAEtitia Eloise`` (ligatures spelt out)."""
    spelt = (
        text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    ).replace("ß", "ss")
    decomposed = unicodedata.normalize("NFD", spelt)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def postal_capitals(text: str, *, keep_punctuation: bool) -> str:
    """Capitals without accents; letters, digits and spaces only unless told otherwise."""
    upper = strip_accents(text).upper()
    if keep_punctuation:
        upper = upper.replace(",", " ")
    else:
        upper = "".join(char if char.isalnum() or char == " " else " " for char in upper)
    return clean_spaces(upper)


def locality_line(postal_code: str, city: str) -> str:
    """``42100 ST ETIENNE``; ``75334 PARIS CEDEX 07``."""
    words = postal_capitals(city, keep_punctuation=False).split(" ")
    words = ["ST" if w == "SAINT" else "STE" if w == "SAINTE" else w for w in words]
    code = "".join(postal_code.split())
    return clean_spaces(f"{code} {' '.join(words)}")


def abbreviate(line: str, limit: int = ABBREVIATE_ABOVE) -> str:
    """Apply La Poste abbreviations one by one until the line is at most ``limit`` long."""
    line = _NUMBER_SUFFIX.sub(lambda m: f"{m.group(1)} {_SUFFIX_LETTER[m.group(2)]}", line)
    for word, short in ABBREVIATIONS:
        if len(line) <= limit:
            break
        line = re.sub(rf"\b{word}\b", short, line)
    return line


def shorten_name(name: str) -> str:
    """Shorten a too-long addressee line: title abbreviated, then first names as initials."""
    if len(name) <= MAX_CHARS or not name.startswith(tuple(word + " " for word, _ in _TITLES)):
        return name  # an organisation's name is wrapped, never turned into initials
    for word, short in _TITLES:
        if name.startswith(word + " "):
            name = short + name[len(word) :]
            break
    words = name.split(" ")
    index = 1 if words[0] in {short for _, short in _TITLES} else 0
    # Initials for every word but the last (the surname), left to right, until it fits.
    while len(" ".join(words)) > MAX_CHARS and index < len(words) - 1:
        words[index] = "-".join(part[:1] + "." for part in words[index].split("-") if part)
        index += 1
    return " ".join(words)


def wrap(text: str, width: int = MAX_CHARS) -> list[str]:
    """Split at spaces (or after a hyphen when a single word is too long); never cut a word."""
    pieces: list[str] = []
    for word in text.split(" "):
        while len(word) > width:
            cut = word.rfind("-", 0, width)
            if cut <= 0:
                raise AddressTooLong(
                    f"Le mot « {word} » est trop long pour une adresse postale "
                    f"({MAX_CHARS} caractères au plus par ligne). Abrégez-le."
                )
            pieces.append(word[: cut + 1])
            word = word[cut + 1 :]
        pieces.append(word)
    lines: list[str] = []
    for piece in pieces:
        joiner = "" if lines and lines[-1].endswith("-") else " "
        if lines and len(lines[-1] + joiner + piece) <= width:
            lines[-1] = lines[-1] + joiner + piece
        else:
            lines.append(piece)
    return lines


def format_address(name_line: str, lines: list[str], postal_code: str, city: str) -> list[str]:
    """Lay out an address for the window of an envelope (NF Z 10-011).

    ``name_line`` (line 1) keeps its accents and case; the other lines follow the standard.
    Raises :class:`AddressTooLong` with a French message when it cannot fit.
    """
    name = shorten_name(clean_spaces(name_line))
    middle = [clean_spaces(line) for line in lines if clean_spaces(line)]
    last = locality_line(postal_code, city)
    if len(last) > MAX_CHARS:
        raise AddressTooLong(
            f"La ligne « {last} » dépasse {MAX_CHARS} caractères. "
            "Écrivez le nom de la commune comme sur le site de La Poste (abrégé)."
        )
    budget = MAX_LINES - 1
    if 1 + len(middle) > budget:
        raise AddressTooLong(
            f"L'adresse a trop de lignes : {MAX_LINES} au plus avec le nom et la ville. "
            "Regroupez ou supprimez une ligne (par exemple l'étage ou le bâtiment)."
        )
    name_rows = wrap(name)
    middle_rows = [
        wrap(abbreviate(postal_capitals(line, keep_punctuation=True))) for line in middle
    ]
    total = len(name_rows) + sum(len(rows) for rows in middle_rows) + 1
    if len(name_rows) > 2 or any(len(rows) > 2 for rows in middle_rows) or total > MAX_LINES:
        raise AddressTooLong(
            "L'adresse ne tient pas sur 6 lignes de 38 caractères, même abrégée. "
            "Raccourcissez la ligne la plus longue (par exemple « Bât. » pour « Bâtiment »)."
        )
    result = [*name_rows, *(row for rows in middle_rows for row in rows), last]
    # No punctuation from line 4 on (the locality line is already clean).
    return [
        row if index < 3 else postal_capitals(row, keep_punctuation=False)
        for index, row in enumerate(result)
    ]
