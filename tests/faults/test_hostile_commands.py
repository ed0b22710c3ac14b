"""``check``, usage errors and ``screenshots`` under hostile input: French, no traceback, and
nothing typed can drive the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.conftest import ROOT, run_cli

ESCAPES = "\x1b]0;pirate\x07\x1b[2J\x1b[31mrouge\x9b1m\x01fin"
CONTROL_BYTES = [b"\x1b", b"\x07", b"\x9b", b"\xc2\x9b", b"\x01"]


@pytest.mark.parametrize("as_json", [False, True])
def test_check_never_echoes_terminal_escapes(as_json: bool) -> None:
    result = run_cli("check", ESCAPES, *(["--json"] if as_json else []))
    assert result.returncode == 0, result.stderr
    for control in CONTROL_BYTES:
        assert control not in result.stdout
    assert "rouge" in result.stdout.decode("utf-8")
    if as_json:
        assert "rouge" in json.loads(result.stdout)["query"]


def test_check_json_is_valid_for_invalid_utf8() -> None:
    result = run_cli("check", b"mutuelle \xff\xfe\xc3", "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.decode("utf-8"))  # strict UTF-8, valid JSON
    assert answer["query"].startswith("mutuelle ")


def test_check_into_a_closed_pipe_prints_no_traceback() -> None:
    reader, writer = os.pipe()
    os.close(reader)  # like `| head` that has already gone
    try:
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "check", "--json", "mutuelle"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
    finally:
        os.close(writer)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (("render",), "il manque"),
        (("render", "resultat", "--answers"), "une valeur est attendue"),
        (("imprimer",), "choix inconnu"),
        (("screenshots", "d", "--zoom", "beaucoup"), "valeur incorrecte"),
        (("check", "x", "--couleur"), "arguments inconnus"),
    ],
)
def test_usage_errors_are_in_french(args: tuple[str, ...], word: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert "utilisation : " in result.stderr and word in result.stderr, result.stderr
    for english in ("usage:", "error:", "required", "invalid", "expected"):
        assert english not in result.stderr


def test_help_is_in_french() -> None:
    result = run_cli("render", "--help")
    text = result.stdout.decode("utf-8")
    assert result.returncode == 0 and "afficher cette aide" in text and "usage" not in text


def test_screenshots_into_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "images"
    target.write_text("pas un dossier")
    result = run_cli("screenshots", str(target))
    assert result.returncode == 2 and "n'est pas un dossier" in result.stderr
    assert "Traceback" not in result.stderr and target.read_text() == "pas un dossier"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a protected folder")
def test_screenshots_into_a_protected_folder(tmp_path: Path) -> None:
    folder = tmp_path / "protégé"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run_cli("screenshots", str(folder / "images"))
    finally:
        folder.chmod(0o700)
    assert result.returncode == 2 and "Impossible" in result.stderr
    assert "Traceback" not in result.stderr


def test_screenshots_into_a_folder_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "fichier").write_text("x")
    result = run_cli("screenshots", str(tmp_path / "fichier" / "images"))
    assert result.returncode == 2 and "Impossible de créer" in result.stderr
    assert "Traceback" not in result.stderr


def test_screenshots_zoom_out_of_range(tmp_path: Path) -> None:
    result = run_cli("screenshots", str(tmp_path / "i"), "--zoom", "5000")
    assert result.returncode == 2 and "entre 100 et 200" in result.stderr
    assert not (tmp_path / "i").exists()
