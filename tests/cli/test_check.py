"""``vigie-mutuelle check`` and ``screenshots``, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
    assert data == {"query": "MAIF", "matches": []}
    sentence = run("check", "MAIF").stdout
    assert "n'est pas dans notre liste" in sentence
    assert "Cela ne veut pas dire que vous n'êtes pas concerné" in sentence


def test_check_sentence_in_french() -> None:
    assert "Malakoff Humanis : liée à Viamedis" in run("check", "malakof").stdout


def test_screenshots_write_one_png_per_screen(tmp_path: Path) -> None:
    result = run("screenshots", str(tmp_path), "--zoom", "200")
    assert result.returncode == 0, result.stderr
    pngs = sorted(tmp_path.glob("*.png"))
    assert len(pngs) >= 9
    assert any("welcome-200" in p.name for p in pngs)
    image = QImage(str(pngs[0]))
    assert (image.width(), image.height()) == (1024, 768)
