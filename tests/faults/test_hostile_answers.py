"""Hostile answers files and ``--out`` targets for ``render``: exit 2, one short French line,
no file, quickly and in bounded memory (a memory ceiling and a time limit are set on the
command, see conftest)."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.commands.samples import SAMPLE_ANSWERS
from desktop.core.answers_file import MAX_ITEMS, MAX_TEXT
from tests.faults.conftest import Ran, run_cli


def render(answers: str | Path, out: Path, *extra: str) -> Ran:
    return run_cli(
        "render", "lettre-mutuelle", "--answers", str(answers), "--out", str(out), *extra
    )


def refused(result: Ran, folder: Path, before: set[str], *words: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and len(lines[0]) < 300, lines
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]
    assert {p.name for p in folder.iterdir()} == before  # no file, not even a partial one
    print(f"  {result.seconds:.2f} s: {lines[0]}")


def sample(**changes: object) -> dict:  # type: ignore[type-arg]
    raw = json.loads(json.dumps(SAMPLE_ANSWERS))
    for path, value in changes.items():
        where = raw
        *parents, last = path.split("__")
        for key in parents:
            where = where[key]
        where[last] = value
    return raw


def written(tmp_path: Path, text: str | bytes, name: str = "a.json") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


HOSTILE_TEXTS = {
    "nested-5000": ("[" * 5000 + "]" * 5000, "imbriqué"),
    "nested-objects": ('{"a":' * 5000 + "1" + "}" * 5000, "imbriqué"),
    "integer-5000-digits": ('{"person": {"nir": ' + "7" * 5000 + "}}", "5000 chiffres"),
    "nan": ('{"person": {"last_name": NaN}}', "NaN"),
    "infinity": ('{"person": {"first_name": Infinity}}', "Infinity"),
    "minus-infinity": ('{"place": -Infinity}', "Infinity"),
    "float-overflow": ('{"place": 1e400}', "guillemets"),
    "number-for-a-name": ('{"person": {"last_name": 42}}', "person.last_name"),
    "bool-for-a-name": ('{"person": {"city": true}}', "person.city"),
    "address-lines-text": ('{"person": {"address_lines": "1 rue"}}', "person.address_lines"),
    "address-lines-number": ('{"person": {"address_lines": ["1 rue", 7]}}', "address_lines[1]"),
    "insurer-address-object": (
        '{"insurer": {"address_lines": [{"a": 1}]}}',
        "insurer.address_lines[0]",
    ),
    "long-name": (json.dumps({"person": {"last_name": "A" * 1000}}), f"{MAX_TEXT} au plus"),
    "many-members": (
        json.dumps({"family": [{"first_name": "A"}] * (MAX_ITEMS + 5)}),
        f"{MAX_ITEMS} au plus",
    ),
    "million-members": ('{"family": [' + "{}," * 1_000_000 + "{}]}", "trop gros"),
    "not-utf8": (b'{"place": "\xe9t\xe9"}', "UTF-8"),
}


@pytest.mark.parametrize("case", list(HOSTILE_TEXTS))
def test_hostile_answers_are_refused(tmp_path: Path, case: str) -> None:
    text, word = HOSTILE_TEXTS[case]
    path = written(tmp_path, text)
    refused(render(path, tmp_path / "x.pdf"), tmp_path, {"a.json"}, word)


def test_a_200_mb_name_is_refused_after_reading_a_few_mb(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    with path.open("wb") as stream:
        stream.write(b'{"person": {"last_name": "')
        stream.truncate(200_000_000)  # a sparse 200 MB file: costs no disk
    refused(render(path, tmp_path / "x.pdf"), tmp_path, {"a.json"}, "trop gros", "Mo")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(tmp_path: Path, device: str) -> None:
    refused(render(device, tmp_path / "x.pdf"), tmp_path, set(), "fichier ordinaire")


def test_a_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "tube.json"
    os.mkfifo(fifo)
    refused(render(fifo, tmp_path / "x.pdf"), tmp_path, {"tube.json"}, "fichier ordinaire")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "d.json").mkdir()
    refused(render(tmp_path / "d.json", tmp_path / "x.pdf"), tmp_path, {"d.json"})


def test_a_notepad_file_with_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = written(tmp_path, codecs.BOM_UTF8 + json.dumps(sample()).encode("utf-8"))
    result = render(path, tmp_path / "x.pdf")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(tmp_path / "x.pdf").pages) >= 1


def test_numbers_are_still_accepted_for_codes(tmp_path: Path) -> None:
    path = written(tmp_path, json.dumps(sample(person__postal_code=75014)))
    assert render(path, tmp_path / "x.pdf").returncode == 0


# --- --out ------------------------------------------------------------------------------------


def test_out_refuses_an_existing_file_unless_forced(tmp_path: Path) -> None:
    answers = written(tmp_path, json.dumps(sample()))
    out = tmp_path / "lettre.pdf"
    out.write_bytes(b"ma lettre d'avant")
    refused(render(answers, out), tmp_path, {"a.json", "lettre.pdf"}, "--force")
    assert out.read_bytes() == b"ma lettre d'avant"
    assert render(answers, out, "--force").returncode == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("target", ["/dev/null", "/proc/self/status", "folder", "fifo"])
def test_out_refuses_what_is_not_a_regular_file_even_forced(tmp_path: Path, target: str) -> None:
    answers = written(tmp_path, json.dumps(sample()))
    if target == "folder":
        out = tmp_path / "dossier"
        out.mkdir()
    elif target == "fifo":
        out = tmp_path / "tube"
        os.mkfifo(out)
    else:
        out = Path(target)
    before = {p.name for p in tmp_path.iterdir()}
    refused(render(answers, out, "--force"), tmp_path, before)


@pytest.mark.parametrize("points_to", ["/proc/self/mem", "file", "nowhere"])
def test_out_never_follows_a_link(tmp_path: Path, points_to: str) -> None:
    answers = written(tmp_path, json.dumps(sample()))
    victim = tmp_path / "victime.txt"
    victim.write_text("à garder")
    link = tmp_path / "lien.pdf"
    target = {"file": victim, "nowhere": tmp_path / "absent.pdf"}.get(points_to, points_to)
    link.symlink_to(target)
    before = {p.name for p in tmp_path.iterdir()}
    for extra in ((), ("--force",)):
        refused(render(answers, link, *extra), tmp_path, before, "lien")
    assert victim.read_text() == "à garder"
    assert not (tmp_path / "absent.pdf").exists()
