"""resources/ is found from a checkout, an installed package and a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.core import resources


def test_checkout_finds_the_data_folder() -> None:
    root = resources.resource_root()
    assert (root / "data" / "insurers.json").is_file()
    assert (root / "fonts" / "AtkinsonHyperlegible-Regular.ttf").is_file()
    assert (root / "fonts" / "OFL-AtkinsonHyperlegible.txt").is_file()


def test_frozen_bundle_uses_meipass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("data", "x.json") == tmp_path / "resources" / "data" / "x.json"
