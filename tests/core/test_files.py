"""Files are written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.files import write_atomically


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "lettre.pdf"
    write_atomically(target, b"%PDF un")
    write_atomically(target, b"%PDF deux")
    assert target.read_bytes() == b"%PDF deux"
    assert [p.name for p in tmp_path.iterdir()] == ["lettre.pdf"]


def test_a_file_where_a_folder_should_be_raises_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("x")
    with pytest.raises(OSError):
        write_atomically(blocker / "lettre.pdf", b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["pas-un-dossier"]


def test_a_failed_write_removes_the_temporary_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", broken)
    with pytest.raises(OSError):
        write_atomically(tmp_path / "lettre.pdf", b"%PDF")
    assert list(tmp_path.iterdir()) == []
