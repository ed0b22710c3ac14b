"""Killed saves leave nothing readable, and two windows never replace each other's letters.

Real processes save through ``saving.save_pdf``; one is killed (SIGKILL) at random moments,
many times; two others save the same letter at the same time, many times.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.files import remove_leftovers
from tests.faults.conftest import ROOT
from tests.faults.saver import letter

SAVER = str(Path(__file__).with_name("saver.py"))
KILLS = 30


def start(folder: Path, count: int, marker: str, *extra: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, SAVER, str(folder), str(count), marker, *extra],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process


@pytest.mark.parametrize("mode", ["anonymous", "named"])
def test_a_killed_save_leaves_nothing_readable(tmp_path: Path, mode: str) -> None:
    rng = random.Random(13)
    whole = letter("A")
    partial_seen = 0
    for run in range(KILLS):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        saver = start(folder, 50, "A", *(["named"] if mode == "named" else []))
        time.sleep(rng.uniform(0, 0.15))
        saver.send_signal(signal.SIGKILL)
        saver.wait(timeout=30)
        leftovers = [p for p in folder.iterdir() if p.name.startswith(".vigie-")]
        partial_seen += bool(leftovers)
        remove_leftovers(folder)  # what the next start does
        for path in folder.iterdir():
            # whatever is left is a whole letter the person saved, never a piece of one
            assert path.suffix == ".pdf" and path.read_bytes() == whole, path.name
    if mode == "anonymous":
        assert partial_seen == 0  # nothing with a name was ever visible, even before cleaning
    print(f"\n{KILLS} kills ({mode}): temporary files seen before cleaning in {partial_seen}")


def test_two_windows_never_replace_each_other(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    savers = {marker: start(folder, 60, marker) for marker in ("A", "B")}
    saved: dict[str, list[str]] = {}
    for marker, process in savers.items():
        out, _ = process.communicate(timeout=300)
        assert process.returncode == 0
        saved[marker] = [json.loads(line)["path"] for line in out.splitlines()]
    paths = saved["A"] + saved["B"]
    assert len(paths) == len(set(paths)) == 120  # each save has its own file
    for marker, own in saved.items():
        for path in own:
            assert Path(path).read_bytes() == letter(marker), f"{path} was replaced"
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(p).name for p in paths)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="O_TMPFILE is Linux's")
def test_linux_saves_never_give_the_temporary_file_a_name(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.core import files

    def named(*args: object, **kwargs: object) -> None:
        raise AssertionError("a named temporary file was used")

    monkeypatch.setattr(files, "_write_named", named)
    files.write_new(tmp_path / "a.pdf", b"%PDF new")
    files.write_atomically(tmp_path / "a.pdf", b"%PDF replaced")
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF replaced"
    assert (tmp_path / "a.pdf").stat().st_mode & 0o777 == 0o600


def test_a_file_replaced_only_when_the_dialog_asked(tmp_path: Path) -> None:
    from desktop.ui import saving
    from desktop.ui.printing import AutomaticDialogs, Outcome

    class Chooses(AutomaticDialogs):
        asks_before_replacing = True  # as Qt's save dialog does

        def __init__(self, path: Path) -> None:
            self.path = path

        def ask_save_path(self, default: str) -> str | None:
            return str(self.path)

    mine = tmp_path / "lettre.pdf"
    mine.write_bytes(b"%PDF ma lettre")
    # the person chose an existing file in the dialog, which asked before replacing it
    assert saving.save_pdf(b"%PDF nouvelle", mine, Chooses(mine)).path == str(mine)
    assert mine.read_bytes() == b"%PDF nouvelle"
    # a name without ".pdf": the dialog did not ask about "autre.pdf", which is kept
    other = tmp_path / "autre.pdf"
    other.write_bytes(b"%PDF autre")
    result = saving.save_pdf(b"%PDF x", other, Chooses(tmp_path / "autre"))
    assert result.outcome is Outcome.DONE and result.path == str(tmp_path / "autre (2).pdf")
    assert other.read_bytes() == b"%PDF autre"
    # a link chosen in the dialog is never written through
    link = tmp_path / "lien.pdf"
    link.symlink_to(other)
    assert saving.save_pdf(b"%PDF y", link, Chooses(link)).outcome is Outcome.FAILED
    assert other.read_bytes() == b"%PDF autre"
    # a dialog that never asks (it only proposes) never replaces, even a name it proposed
    # that another window took in the meantime
    assert saving.save_pdf(b"%PDF z", mine, AutomaticDialogs()).path == str(
        tmp_path / "lettre (2).pdf"
    )
    assert mine.read_bytes() == b"%PDF nouvelle"
