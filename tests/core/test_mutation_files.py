"""How a document is written to disk, found by mutation testing (mutmut survivors).

While it is written, the data sits in a hidden ``.vigie-….part`` file in the target's own
folder (so the final rename is atomic and an interrupted save leaves no document-looking
file); a failure after the rename still reports the real error.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.files import write_atomically


def test_the_temporary_file_is_hidden_and_beside_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []
    real_replace = os.replace

    def spying(source: str, destination: str) -> None:
        seen.append(Path(source))
        assert Path(source).read_bytes() == b"%PDF"
        real_replace(source, destination)

    monkeypatch.setattr("os.replace", spying)
    target = tmp_path / "dossier" / "lettre.pdf"
    target.parent.mkdir()
    write_atomically(target, b"%PDF")
    [temporary] = seen
    assert temporary.parent == target.parent
    assert temporary.name.startswith(".vigie-")
    assert temporary.name.endswith(".part")
    assert target.read_bytes() == b"%PDF"


def test_an_error_after_the_rename_is_reported_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace

    def replace_then_fail(source: str, destination: str) -> None:
        real_replace(source, destination)  # the temporary file is gone now
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("os.replace", replace_then_fail)
    with pytest.raises(OSError) as caught:
        write_atomically(tmp_path / "lettre.pdf", b"%PDF")
    assert type(caught.value) is OSError  # not the FileNotFoundError of a second cleanup
    assert caught.value.errno == 5
