"""``vigie-mutuelle selftest``: every screen, every document, and one print when a printer exists."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.commands import selftest
from desktop.commands.samples import sample_answers
from desktop.core.validation import validate_for
from desktop.documents import KINDS
from desktop.ui import printing
from desktop.ui.printing import Outcome, PrintResult

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("kind", list(KINDS))
def test_sample_answers_make_every_document(kind: str) -> None:
    assert validate_for(kind, sample_answers(), dt.date.today()) == []


def test_without_a_printer_it_says_so_and_succeeds(tmp_path: Path) -> None:
    done = run_cli("selftest", CUPS_SERVER=str(tmp_path / "no-cups.sock"))
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "OK : documents" in lines
    assert "pas d'imprimante : impression non essayée" in lines
    assert lines[-1] == "Tout fonctionne."
    # Read aloud: QtTextToSpeech and speech-dispatcher's plugin (PySide6-Addons' wheel has it).
    assert "OK : lecture à voix haute (moteur speechd)" in lines


def quiet_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the document and printing checks (the screens are covered by the UI tests)."""
    checks = [check for check in selftest.CHECKS if check[0] in ("documents", "impression")]
    monkeypatch.setattr(selftest, "CHECKS", checks)


def test_a_document_that_cannot_be_made_fails(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    quiet_run(monkeypatch)

    def broken(kind: str, answers: object, today: object = None) -> bytes:
        return b"pas un PDF"

    monkeypatch.setattr("desktop.documents.render", broken)
    assert selftest.run_selftest() == 1
    assert "ÉCHEC : documents" in capsys.readouterr().out


def test_prints_with_the_windows_print_function(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    quiet_run(monkeypatch)
    calls: list[tuple[bytes, str, str]] = []

    def fake_print(data: bytes, title: str, dialogs: object, printer_name: str = "") -> PrintResult:
        calls.append((data[:5], title, printer_name))
        assert isinstance(dialogs, printing.AutomaticDialogs)  # nobody is asked anything
        return PrintResult(Outcome.DONE, printer_name)

    monkeypatch.setattr(printing, "default_printer_name", lambda: "Bureau")
    monkeypatch.setattr(printing, "print_pdf", fake_print)
    assert selftest.run_selftest() == 0
    assert calls == [(b"%PDF-", next(iter(KINDS.values())), "Bureau")]
    assert "OK : impression envoyée à « Bureau »" in capsys.readouterr().out


def test_a_failing_printer_fails_the_selftest(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    quiet_run(monkeypatch)
    monkeypatch.setattr(printing, "default_printer_name", lambda: "Bureau")
    monkeypatch.setattr(
        printing,
        "print_pdf",
        lambda *args, **kwargs: PrintResult(Outcome.PRINTER_STOPPED, "Bureau", detail="stopped"),
    )
    assert selftest.run_selftest() == 1
    assert "ÉCHEC : impression" in capsys.readouterr().out


@pytest.mark.cups
def test_prints_on_the_default_cups_queue() -> None:
    if not os.environ.get("CUPS_SERVER"):
        pytest.skip("CUPS_SERVER is not set: run `bash .ci/cups.sh` and export what it prints")
    default = subprocess.run(["lpstat", "-d"], capture_output=True, text=True, check=False)
    if "destination:" not in default.stdout:
        pytest.skip(f"no default queue on {os.environ['CUPS_SERVER']}")
    done = run_cli("selftest")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK : impression envoyée à « " in done.stdout


def test_without_qttexttospeech_the_selftest_fails(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """A bundle that lost QtTextToSpeech is a packaging mistake: said, and exit status 1."""
    checks = [check for check in selftest.CHECKS if check[0] == "lecture à voix haute"]
    monkeypatch.setattr(selftest, "CHECKS", checks)
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    assert selftest.run_selftest() == 1
    assert "ÉCHEC : lecture à voix haute" in capsys.readouterr().out
