"""``vigie-mutuelle render``: good answers give the PDF, bad ones a French message and no file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.commands.samples import SAMPLE_ANSWERS
from desktop.documents import KINDS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "render", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def answers_file(tmp_path: Path, answers: object) -> str:
    path = tmp_path / "réponses.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_renders(tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    result = run(kind, "--answers", answers_file(tmp_path, SAMPLE_ANSWERS), "--out", str(out))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) >= 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".vigie-")] == []


def test_bad_answers_exit_2_in_french_without_file(tmp_path: Path) -> None:
    raw = json.loads(json.dumps(SAMPLE_ANSWERS))
    raw["person"]["nir"] = "148024221800400"  # wrong key
    raw["person"]["postal_code"] = "00000"
    raw["person"]["last_name"] = ""
    out = tmp_path / "lettre.pdf"
    result = run("lettre-mutuelle", "--answers", answers_file(tmp_path, raw), "--out", str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3
    assert any(line.startswith("person.nir : ") and "clé" in line for line in lines)
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "réponses.json"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{ pas du json", "n'est pas du JSON valide"),
        ('["une liste"]', "doit contenir un objet"),
        ('{"person": {"address_lines": "une seule ligne"}}', "doit être une liste"),
    ],
)
def test_broken_answers_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "x.pdf"
    result = run("lettre-mutuelle", "--answers", str(path), "--out", str(out))
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_unknown_kind_and_missing_file(tmp_path: Path) -> None:
    result = run("lettre-au-pere-noel", "--answers", "x.json", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "Document inconnu" in result.stderr
    result = run("resultat", "--answers", str(tmp_path / "absent.json"), "--out", "x.pdf")
    assert result.returncode == 2 and "Impossible de lire" in result.stderr


def test_unwritable_output_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("pas un dossier")
    out = blocker / "lettre.pdf"
    result = run("resultat", "--answers", answers_file(tmp_path, SAMPLE_ANSWERS), "--out", str(out))
    assert result.returncode == 2 and "Impossible d'écrire" in result.stderr
    assert "Traceback" not in result.stderr


# --- the answers format documented in the README ---------------------------------------------

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_example() -> dict[str, object]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### The answers file", 1)[1]
    block = section.split("```json\n", 1)[1].split("```", 1)[0]
    raw = json.loads(block)
    assert isinstance(raw, dict)
    return raw


def test_readme_example_names_every_field() -> None:
    from dataclasses import fields

    from desktop.core.answers import Answers, CheckAnswers, FamilyMember, InsurerContact, Person

    raw = readme_example()
    assert set(raw) == {f.name for f in fields(Answers)}
    for key, kind in (("person", Person), ("insurer", InsurerContact), ("check", CheckAnswers)):
        assert set(raw[key]) == {f.name for f in fields(kind)}, key  # type: ignore[arg-type]
    assert set(raw["family"][0]) == {f.name for f in fields(FamilyMember)}  # type: ignore[index]
    text = README.read_text(encoding="utf-8")
    for name in ("birth_name", "relationship", "insurer_informed_date", "card_reading"):
        assert f"`{name}`" in text or f"`person.{name}`" in text or f"check.{name}" in text


@pytest.mark.parametrize("kind", list(KINDS))
def test_readme_example_makes_every_document(kind: str) -> None:
    import datetime as dt

    from desktop.core.answers import Answers
    from desktop.documents import render

    assert render(kind, Answers.from_dict(readme_example()), dt.date(2026, 11, 25))


def test_readme_example_through_the_command(tmp_path: Path) -> None:
    out = tmp_path / "plainte.pdf"
    result = run(
        "plainte-bl2c", "--answers", answers_file(tmp_path, readme_example()), "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) == 3  # the note to keep, then the two-page letter


def test_bad_postcode_does_not_block_the_call_log(tmp_path: Path) -> None:
    raw = json.loads(json.dumps(SAMPLE_ANSWERS))
    raw["person"]["postal_code"] = "00000"
    out = tmp_path / "carnet.pdf"
    result = run("journal-appels", "--answers", answers_file(tmp_path, raw), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.exists()
    letter_out = tmp_path / "lettre.pdf"
    letter = run(
        "lettre-mutuelle", "--answers", answers_file(tmp_path, raw), "--out", str(letter_out)
    )
    assert letter.returncode == 2 and "person.postal_code" in letter.stderr
    assert not letter_out.exists()
