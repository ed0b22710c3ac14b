"""``vigie-mutuelle check`` and ``screenshots``, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=120
    )


def test_check_json_lists_matches_best_first() -> None:
    result = run("check", "harmonie mutuele", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["query"] == "harmonie mutuele"
    first = data["matches"][0]
    assert first["name"] == "Harmonie Mutuelle"
    assert first["operators"] == ["viamedis"]
    assert all(s["url"].startswith("http") and s["date"] for s in first["sources"])


def test_check_json_both_operators() -> None:
    data = json.loads(run("check", "la mutuelle generale", "--json").stdout)
    assert data["matches"][0]["operators"] == ["viamedis", "almerys"]


def test_check_unknown_name_finds_nothing() -> None:
    data = json.loads(run("check", "MAIF", "--json").stdout)
    assert data == {"query": "MAIF", "answer": "nothing", "matches": []}
    sentence = run("check", "MAIF").stdout
    assert "n'est pas dans notre liste" in sentence
    assert "Cela ne veut pas dire que vous n'êtes pas concerné" in sentence


def test_check_sentence_is_the_window_sentence() -> None:
    out = run("check", "malakof").stdout
    assert "Malakoff Humanis : Le piratage a probablement touché vos données." in out
    assert "Votre mutuelle, Malakoff Humanis, a informé ses adhérents" in out


@pytest.mark.parametrize(
    ("query", "says", "never"),
    [
        # one press article of February 2024: its own headline
        (
            "Generali",
            "citée dans la presse en février 2024 ; ce n'est pas confirmé",
            "probablement",
        ),
        # a later portal list: "peut-être", with the list's date
        ("Mutuelle Bleue", "d'après une liste du 7 octobre 2026", "liée à"),
        # test data: its real years, never "liée à Viamedis"
        ("SMACL", "données de test de 2016 à 2018", "Viamedis"),
        # white-label portal
        (
            "MNT",
            "utilise un portail fourni par Viamedis",
            "probablement touché vos données",
        ),
        # says it was not affected, and still what to check
        ("MHV", "Regardez votre carte de tiers payant", "probablement"),
        # an operator's name typed as the insurer's
        ("Almerys", "pas celui de votre mutuelle", "n'est pas dans notre liste"),
        # a group name is not answered by one member
        ("Groupe VYV", "n'est pas dans notre liste", "Harmonie"),
    ],
)
def test_check_says_the_right_thing_for_each_case(query: str, says: str, never: str) -> None:
    out = run("check", query).stdout
    assert says in out, out
    assert never not in out, out


def test_check_json_keeps_every_match_best_first() -> None:
    data = json.loads(run("check", "Apivia Macif Mutuelle", "--json").stdout)
    assert data["answer"] == "found"
    names = [m["name"] for m in data["matches"]]
    assert names == ["Apivia Macif Mutuelle", "Macif"]
    data = json.loads(run("check", "Viamedis", "--json").stdout)
    assert data["answer"] == "operator" and data["matches"] == []
    assert "opérateur" in data["message"]


def test_check_shows_close_names_together() -> None:
    data = json.loads(run("check", "MACIF APIVIA", "--json").stdout)
    assert data["answer"] == "ambiguous"
    out = run("check", "MACIF APIVIA").stdout
    assert "Lequel est le vôtre" in out


def test_screenshots_write_one_png_per_screen(tmp_path: Path) -> None:
    result = run("screenshots", str(tmp_path), "--zoom", "200")
    assert result.returncode == 0, result.stderr
    pngs = sorted(tmp_path.glob("*.png"))
    assert len(pngs) >= 9
    assert any("welcome-200" in p.name for p in pngs)
    image = QImage(str(pngs[0]))
    assert (image.width(), image.height()) == (1024, 768)
