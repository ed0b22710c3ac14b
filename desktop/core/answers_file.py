"""Read an answers file for the command line, whatever it holds, quickly and in little memory.

Refused with one French sentence (:class:`AnswersFileError`): anything that is not a regular
file (``/dev/zero``, a FIFO, a folder), more than :data:`MAX_BYTES`, JSON nested too deep,
huge integers, ``NaN`` / ``Infinity``, a number where a name is expected, and texts or lists
longer than their limit (the limit is said). A UTF-8 byte-order mark (Notepad) is accepted.
A wrong type names the field it is in (``person.address_lines``).
"""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import typing
from typing import Any

from desktop.core.answers import Answers, AnswersFormatError

MAX_BYTES = 2_000_000  # "2 Mo": a real answers file is a few kB
MAX_TEXT = 500  # characters in one field (validation then applies the real, smaller limits)
MAX_ITEMS = 20  # members of one list (family, address lines)
MAX_DIGITS = 20  # a NIR has 15 digits
NUMERIC_FIELDS = {"postal_code", "phone", "nir", "member_number"}  # may be written as numbers


class AnswersFileError(AnswersFormatError):
    """The answers file cannot be used (French message)."""


def read_answers_file(path: str) -> Answers:
    raw = read_small_file(path, MAX_BYTES)
    try:
        text = raw.decode("utf-8-sig")  # accepts the byte-order mark Notepad writes
    except UnicodeDecodeError:
        raise AnswersFileError(
            "Le fichier de réponses n'est pas du texte UTF-8 : enregistrez-le en UTF-8."
        ) from None
    return answers_from_json(text)


def answers_from_json(text: str) -> Answers:
    try:
        data = json.loads(
            text, parse_constant=_refuse_constant, parse_int=_integer, parse_float=_decimal
        )
    except RecursionError:
        raise AnswersFileError(
            "Le fichier de réponses est imbriqué trop profondément : ce n'est pas un "
            "fichier de réponses."
        ) from None
    except json.JSONDecodeError as error:
        raise AnswersFileError(
            f"Le fichier de réponses n'est pas du JSON valide (ligne {error.lineno})."
        ) from None
    check_shape(data, Answers, "")
    return Answers.from_dict(data)


def read_small_file(path: str, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; never blocks (FIFO) and never
    reads more than ``limit + 1`` bytes (``/dev/zero``)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except (OSError, ValueError):
        raise AnswersFileError(f"Impossible de lire le fichier de réponses « {path} ».") from None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise AnswersFileError(
                f"« {path} » n'est pas un fichier ordinaire : donnez un fichier .json."
            )
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(handle, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError:
        raise AnswersFileError(f"Impossible de lire le fichier de réponses « {path} ».") from None
    finally:
        os.close(handle)
    if size > limit:
        raise AnswersFileError(
            f"Le fichier de réponses est trop gros : {limit // 1_000_000} Mo au plus."
        )
    return b"".join(chunks)


def _refuse_constant(name: str) -> None:
    raise AnswersFileError(f"Le fichier de réponses contient « {name} » : ce n'est pas un texte.")


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise AnswersFileError(
            f"Le fichier de réponses contient un nombre de {len(digits)} chiffres : "
            f"{MAX_DIGITS} au plus."
        )
    return int(digits)


def _decimal(digits: str) -> float:
    raise AnswersFileError(
        f"Le fichier de réponses contient le nombre {digits[:20]} : écrivez un texte entre "
        "guillemets."
    )


def check_shape(value: object, kind: type[Any], where: str) -> None:
    """Check ``value`` against the dataclass ``kind`` (types and limits), naming the field."""
    if not isinstance(value, dict):
        if not where:
            raise AnswersFileError("Le fichier de réponses doit contenir un objet JSON { … }.")
        raise AnswersFileError(f"« {where} » doit être un objet {{ … }}.")
    for name, hint in typing.get_type_hints(kind).items():
        item = value.get(name)
        if item is None:
            continue
        here = f"{where}.{name}" if where else name
        if dataclasses.is_dataclass(hint):
            check_shape(item, hint, here)  # type: ignore[arg-type]
        elif typing.get_origin(hint) is list:
            (element,) = typing.get_args(hint)
            _check_list(item, element, here, name)
        elif hint is str:
            _check_text(item, here, name)


def _check_list(value: object, element: Any, where: str, name: str) -> None:
    if not isinstance(value, list):
        raise AnswersFileError(f"« {where} » doit être une liste [ … ].")
    if len(value) > MAX_ITEMS:
        raise AnswersFileError(f"« {where} » a {len(value)} éléments : {MAX_ITEMS} au plus.")
    for index, item in enumerate(value):
        if dataclasses.is_dataclass(element):
            check_shape(item, element, f"{where}[{index}]")  # type: ignore[arg-type]
        else:
            _check_text(item, f"{where}[{index}]", name)


def _check_text(value: object, where: str, name: str) -> None:
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise AnswersFileError(
                f"« {where} » est trop long : {len(value)} caractères, {MAX_TEXT} au plus."
            )
        return
    if isinstance(value, int) and not isinstance(value, bool) and name in NUMERIC_FIELDS:
        return
    raise AnswersFileError(f"« {where} » doit être un texte entre guillemets.")
