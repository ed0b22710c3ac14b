"""Command-line input and output that nothing typed can break: file names checked before a
PDF is written, text made safe to print in a terminal, French usage errors, and a closed
pipe (``| head``) that ends quietly."""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

BAD_INPUT = 2
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"


def fail(*lines: str) -> int:
    """Print French lines on stderr; exit status for bad input."""
    for line in lines:
        print(shown(line), file=sys.stderr)
    return BAD_INPUT


def shown(text: str) -> str:
    """``text`` safe to print: no terminal control sequence (ESC, CSI, BEL…), no lone surrogate
    (bytes that were not UTF-8 in the command line); each becomes U+FFFD."""
    return "".join(
        REPLACEMENT
        if "\ud800" <= char <= "\udfff" or (unicodedata.category(char) == "Cc" and char != "\n")
        else char
        for char in text
    )


def out_problem(out: str, *, force: bool) -> str:
    """Why the PDF must not be written at ``out`` (French), or ``""``: an existing file needs
    ``--force``; a link, a device, a folder or a FIFO is never written to."""
    try:
        info = os.lstat(out)
    except FileNotFoundError:
        return ""
    except (OSError, ValueError):
        return f"Impossible d'écrire « {out} » : vérifiez le nom et le dossier choisis."
    if stat.S_ISLNK(info.st_mode):
        return f"« {out} » est un lien : donnez le nom d'un fichier ordinaire."
    if not stat.S_ISREG(info.st_mode):
        return f"« {out} » n'est pas un fichier ordinaire : donnez un nom de fichier .pdf."
    if not force:
        return f"« {out} » existe déjà : ajoutez --force pour le remplacer, ou changez de nom."
    return ""


def write_pdf(out: str, data: bytes, *, force: bool) -> str:
    """Write the PDF (never through a link, never over a file without ``force``); the French
    reason when it could not be written, else ``""``."""
    from desktop.core.files import write_atomically, write_new

    try:
        (write_atomically if force else write_new)(Path(out), data)
    except FileExistsError:
        return f"« {out} » existe déjà : ajoutez --force pour le remplacer, ou changez de nom."
    except (OSError, ValueError):
        return f"Impossible d'écrire « {out} » : vérifiez le dossier choisi."
    return ""


# --- usage errors in French ------------------------------------------------------------------

FRENCH_USAGE = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "the following arguments are required: %s": "il manque : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix inconnu : %(value)r (choisissez parmi %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "valeur incorrecte : %(value)r",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s : %(message)s",
    "expected one argument": "une valeur est attendue après cette option",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut être %(matches)s"
    ),
    "one of the arguments %s is required": "il faut l'un de ces arguments : %s",
    "not allowed with argument %s": "impossible avec %s",
    "ignored explicit argument %r": "valeur %r ignorée",
}


def _french(message: str) -> str:
    return FRENCH_USAGE.get(message, message)


def _french_plural(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return "%s valeur attendue" if count == 1 else "%s valeurs attendues"
    return singular if count == 1 else plural


@contextlib.contextmanager
def french_argparse() -> Iterator[None]:
    """argparse's own messages (usage, errors, help) in French while the block runs."""
    saved: tuple[Callable[..., str], Callable[..., str]] = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    argparse._ = _french  # type: ignore[attr-defined]
    argparse.ngettext = _french_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def quiet_broken_pipe() -> int:
    """After ``BrokenPipeError`` (the reader, e.g. ``head``, has gone): no traceback, and no
    second error when Python flushes stdout at exit."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 1
