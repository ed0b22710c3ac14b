"""The rules of desktop/core/answers_file.py, tested in-process (mutation testing runs only core
tests; `tests/faults/test_hostile_answers.py` checks the same refusals through the command line):
what is refused, with which French sentence, at which limit exactly, and what is accepted."""

from __future__ import annotations

import codecs
import json
import os
import sys
from pathlib import Path

import pytest

from desktop.core import answers_file
from desktop.core.answers import AnswersFormatError
from desktop.core.answers_file import (
    MAX_BYTES,
    MAX_DIGITS,
    MAX_ITEMS,
    MAX_TEXT,
    AnswersFileError,
    answers_from_json,
    read_answers_file,
    read_small_file,
)


def refusal(text: str) -> str:
    with pytest.raises(AnswersFileError) as caught:
        answers_from_json(text)
    return str(caught.value)


def written(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "réponses.json"
    path.write_bytes(data)
    return str(path)


# --- What is accepted -------------------------------------------------------------------------


def test_a_full_file_gives_every_answer() -> None:
    answers = answers_from_json(
        json.dumps(
            {
                "person": {"last_name": "Martin", "address_lines": ["3 rue des Lilas"]},
                "insurer": {"name": "Mutuelle X", "address_lines": ["BP 12", "Service adhérents"]},
                "family": [{"first_name": "Léa", "relationship": "enfant"}],
                "place": "Lyon",
                "check": {"has_mutuelle": "oui"},
            }
        )
    )
    assert answers.person.last_name == "Martin"
    assert answers.person.address_lines == ["3 rue des Lilas"]
    assert answers.insurer.address_lines == ["BP 12", "Service adhérents"]
    assert answers.family[0].first_name == "Léa"
    assert answers.place == "Lyon"
    assert answers.check.has_mutuelle == "oui"


def test_codes_may_be_written_as_numbers() -> None:
    answers = answers_from_json(
        '{"person": {"postal_code": 75014, "phone": 612345678, "nir": 185057800608436, '
        '"member_number": 42}}'
    )
    assert answers.person.postal_code == "75014"
    assert answers.person.phone == "612345678"
    assert answers.person.nir == "185057800608436"
    assert answers.person.member_number == "42"


def test_absent_and_null_fields_stay_empty() -> None:
    answers = answers_from_json('{"person": {"last_name": null}, "family": null}')
    assert answers.person.last_name == ""
    assert answers.family == []
    assert answers_from_json("{}").person.first_name == ""


def test_unknown_fields_are_not_checked() -> None:
    """Only the declared fields are checked: an extra one (a note, a future field) is ignored."""
    assert answers_from_json('{"note": 12, "person": {"surnom": [1, {}]}}').place == ""


def test_the_limits_themselves_are_accepted() -> None:
    answers = answers_from_json(
        json.dumps(
            {
                "person": {"last_name": "A" * MAX_TEXT, "nir": int("9" * MAX_DIGITS)},
                "family": [{"first_name": "B"}] * MAX_ITEMS,
            }
        )
    )
    assert len(answers.person.last_name) == MAX_TEXT
    assert len(answers.person.nir) == MAX_DIGITS
    assert len(answers.family) == MAX_ITEMS
    negative = answers_from_json('{"person": {"nir": -' + "9" * MAX_DIGITS + "}}")
    assert negative.person.nir == "-" + "9" * MAX_DIGITS  # the sign is not a digit


def test_the_limits_are_the_documented_ones() -> None:
    assert (MAX_BYTES, MAX_TEXT, MAX_ITEMS, MAX_DIGITS) == (2_000_000, 500, 20, 20)


# --- What is refused, and how it is said --------------------------------------------------------


def test_an_answers_file_error_is_an_answers_format_error() -> None:
    """The command line catches ``AnswersFormatError`` for both kinds of refusal."""
    assert issubclass(AnswersFileError, AnswersFormatError)


def test_invalid_json_says_the_line() -> None:
    assert refusal('{\n"place": "Lyon",\n}') == (
        "Le fichier de réponses n'est pas du JSON valide (ligne 3)."
    )


@pytest.mark.parametrize("text", ["[" * 5000 + "]" * 5000, '{"a":' * 5000 + "1" + "}" * 5000])
def test_too_deep_nesting_is_refused(text: str) -> None:
    assert refusal(text) == (
        "Le fichier de réponses est imbriqué trop profondément : ce n'est pas un "
        "fichier de réponses."
    )


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_constants_are_refused_by_name(constant: str) -> None:
    assert refusal('{"place": ' + constant + "}") == (
        f"Le fichier de réponses contient « {constant} » : ce n'est pas un texte."
    )


def test_a_number_one_digit_too_long_is_refused() -> None:
    digits = "7" * (MAX_DIGITS + 1)
    assert refusal('{"person": {"nir": ' + digits + "}}") == (
        f"Le fichier de réponses contient un nombre de {MAX_DIGITS + 1} chiffres : "
        f"{MAX_DIGITS} au plus."
    )
    negative = refusal('{"person": {"nir": -' + digits + "}}")
    assert f"un nombre de {MAX_DIGITS + 2} chiffres" in negative  # the count is of what is written


def test_a_decimal_number_is_refused_with_its_first_20_characters() -> None:
    assert refusal('{"place": 1e400}') == (
        "Le fichier de réponses contient le nombre 1e400 : écrivez un texte entre guillemets."
    )
    long = "1." + "5" * 40
    assert refusal('{"place": ' + long + "}") == (
        f"Le fichier de réponses contient le nombre {long[:20]} : écrivez un texte entre "
        "guillemets."
    )


@pytest.mark.parametrize("text", ["[]", '"texte"', "12", "null"])
def test_the_file_must_hold_an_object(text: str) -> None:
    assert refusal(text) == "Le fichier de réponses doit contenir un objet JSON { … }."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"person": "Martin"}', "« person » doit être un objet { … }."),
        ('{"check": []}', "« check » doit être un objet { … }."),
        ('{"family": ["Léa"]}', "« family[0] » doit être un objet { … }."),
        ('{"family": {"first_name": "Léa"}}', "« family » doit être une liste [ … ]."),
        (
            '{"person": {"address_lines": "1 rue"}}',
            "« person.address_lines » doit être une liste [ … ].",
        ),
    ],
)
def test_a_wrong_kind_of_value_names_its_field(text: str, message: str) -> None:
    assert refusal(text) == message


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"person": {"last_name": 42}}', "person.last_name"),
        ('{"person": {"city": true}}', "person.city"),
        ('{"person": {"postal_code": true}}', "person.postal_code"),  # a number, not a yes
        ('{"place": 12}', "place"),
        ('{"person": {"address_lines": ["1 rue", 7]}}', "person.address_lines[1]"),
        ('{"insurer": {"address_lines": [{"a": 1}]}}', "insurer.address_lines[0]"),
        ('{"family": [{}, {"relationship": 3}]}', "family[1].relationship"),
        ('{"check": {"insurer_id": ["x"]}}', "check.insurer_id"),
    ],
)
def test_a_number_where_a_name_is_expected_names_its_field(text: str, where: str) -> None:
    assert refusal(text) == f"« {where} » doit être un texte entre guillemets."


def test_a_text_one_character_too_long_says_both_lengths() -> None:
    text = json.dumps({"insurer": {"address_lines": ["x", "y" * (MAX_TEXT + 1)]}})
    assert refusal(text) == (
        f"« insurer.address_lines[1] » est trop long : {MAX_TEXT + 1} caractères, "
        f"{MAX_TEXT} au plus."
    )


def test_a_list_one_item_too_long_says_its_length() -> None:
    text = json.dumps({"person": {"address_lines": ["l"] * (MAX_ITEMS + 1)}})
    assert refusal(text) == (
        f"« person.address_lines » a {MAX_ITEMS + 1} éléments : {MAX_ITEMS} au plus."
    )


# --- Reading the file ---------------------------------------------------------------------------


def test_a_file_is_read_with_or_without_a_byte_order_mark(tmp_path: Path) -> None:
    body = json.dumps({"place": "Évreux"}).encode("utf-8")
    assert read_answers_file(written(tmp_path, body)).place == "Évreux"
    assert read_answers_file(written(tmp_path, codecs.BOM_UTF8 + body)).place == "Évreux"


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = written(tmp_path, '{"place": "Évreux"}'.encode("latin-1"))
    with pytest.raises(AnswersFileError) as caught:
        read_answers_file(path)
    assert str(caught.value) == (
        "Le fichier de réponses n'est pas du texte UTF-8 : enregistrez-le en UTF-8."
    )


def test_a_file_of_the_limit_is_read_whole_across_several_reads(tmp_path: Path) -> None:
    data = bytes(range(256)) * (3 * (1 << 20) // 256)  # 3 MiB: reads are at most 1 MiB
    path = written(tmp_path, data)
    assert read_small_file(path, len(data)) == data
    assert read_small_file(path, len(data) + 5) == data


def test_one_byte_over_the_limit_is_refused_and_the_limit_said_in_mb(tmp_path: Path) -> None:
    path = written(tmp_path, b"x" * 11)
    assert read_small_file(path, 11) == b"x" * 11
    with pytest.raises(AnswersFileError) as caught:
        read_small_file(path, 10)
    assert str(caught.value) == "Le fichier de réponses est trop gros : 0 Mo au plus."
    big = written(tmp_path, b" " * (MAX_BYTES + 1))
    with pytest.raises(AnswersFileError) as caught:
        read_answers_file(big)
    assert str(caught.value) == "Le fichier de réponses est trop gros : 2 Mo au plus."
    exactly = written(tmp_path, b"{}" + b" " * (MAX_BYTES - 2))
    assert read_answers_file(exactly).place == ""


def test_no_more_than_the_limit_and_one_byte_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A huge file is not read to its end: a few bytes past the limit are enough to refuse."""
    path = tmp_path / "énorme.json"
    with path.open("wb") as stream:
        stream.truncate(50_000_000)  # sparse: no disk used
    asked: list[int] = []
    real_read = os.read

    def counting(handle: int, size: int) -> bytes:
        asked.append(size)
        return real_read(handle, size)

    monkeypatch.setattr(answers_file.os, "read", counting)
    with pytest.raises(AnswersFileError):
        read_small_file(str(path), 3_000_000)
    assert sum(asked) == 3_000_001
    assert max(asked) == 1 << 20


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    path = str(tmp_path / "absent.json")
    with pytest.raises(AnswersFileError) as caught:
        read_answers_file(path)
    assert str(caught.value) == f"Impossible de lire le fichier de réponses « {path} »."


def test_a_name_with_a_nul_character_is_refused_kindly() -> None:
    with pytest.raises(AnswersFileError) as caught:
        read_small_file("a\x00b.json", 10)
    assert "Impossible de lire le fichier de réponses" in str(caught.value)


@pytest.mark.parametrize("kind", ["folder", "fifo", "device"])
def test_what_is_not_a_regular_file_is_refused_without_waiting(tmp_path: Path, kind: str) -> None:
    if kind == "folder":
        path = tmp_path / "dossier.json"
        path.mkdir()
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFO on this system")
        path = tmp_path / "tube.json"
        os.mkfifo(path)  # opening it for reading without O_NONBLOCK would wait for a writer
    else:
        path = Path(os.devnull)
    with pytest.raises(AnswersFileError) as caught:
        read_small_file(str(path), 10)
    assert (
        str(caught.value) == f"« {path} » n'est pas un fichier ordinaire : donnez un fichier .json."
    )


def test_a_read_error_is_said_and_the_file_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = written(tmp_path, b"{}")
    closed: list[int] = []
    real_close = os.close

    def failing_read(handle: int, size: int) -> bytes:
        raise OSError(5, "Input/output error")

    def recording_close(handle: int) -> None:
        closed.append(handle)
        real_close(handle)

    monkeypatch.setattr(answers_file.os, "read", failing_read)
    monkeypatch.setattr(answers_file.os, "close", recording_close)
    with pytest.raises(AnswersFileError) as caught:
        read_small_file(path, 10)
    assert str(caught.value) == f"Impossible de lire le fichier de réponses « {path} »."
    assert len(closed) == 1


def opening_flags(path: str, monkeypatch: pytest.MonkeyPatch) -> int:
    flags_used: list[int] = []
    real_open = os.open

    def recording_open(name: str, flags: int, *args: object) -> int:
        flags_used.append(flags)
        return real_open(name, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(answers_file.os, "open", recording_open)
    assert read_small_file(path, 10) == b"{}"
    (flags,) = flags_used
    return flags


def test_the_file_is_opened_without_blocking_nor_taking_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flags = opening_flags(written(tmp_path, b"{}"), monkeypatch)
    assert flags & os.O_ACCMODE == os.O_RDONLY
    for wanted in ("O_NONBLOCK", "O_NOCTTY"):
        assert flags & getattr(os, wanted, 0) == getattr(os, wanted, 0)


def test_on_windows_the_file_is_opened_binary_and_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no O_NONBLOCK nor O_NOCTTY, and needs O_BINARY (or "\\r\\n" would be
    read as "\\n"). Here O_BINARY stands for a harmless flag (O_LARGEFILE) so it can be seen."""
    import platform

    if not (sys.platform.startswith("linux") and platform.machine() == "x86_64"):
        pytest.skip("0o100000 is O_LARGEFILE on x86-64 Linux only")
    path = written(tmp_path, b"{}")
    monkeypatch.delattr(os, "O_NONBLOCK")
    monkeypatch.delattr(os, "O_NOCTTY")
    monkeypatch.setattr(os, "O_BINARY", 0o100000, raising=False)
    assert opening_flags(path, monkeypatch) == os.O_RDONLY | 0o100000


def test_short_reads_are_read_on_and_the_limit_still_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some disks (network shares) give a file in pieces: the whole file is read, and a file
    one byte over the limit is refused, never cut to the limit."""
    real_read = os.read
    monkeypatch.setattr(
        answers_file.os, "read", lambda handle, size: real_read(handle, min(size, 7))
    )
    assert read_small_file(written(tmp_path, b"a" * 14), 14) == b"a" * 14
    with pytest.raises(AnswersFileError):
        read_small_file(written(tmp_path, b"a" * 15), 14)
