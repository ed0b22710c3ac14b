"""resources/ is found by one rule (the ``vigie_resources`` package) in a checkout, a wheel and
the PyInstaller bundle (tests/packaging checks the bundle itself)."""

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
    assert (root / "icons" / "vigie-mutuelle-256.png").is_file()


def test_the_package_is_the_one_rule(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    package = tmp_path / "vigie_resources"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "vigie_resources", raising=False)
    assert resources.resource_path("data", "x.json") == package / "data" / "x.json"


def test_a_bare_checkout_falls_back_to_its_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vigie_resources", None)  # import fails
    assert resources.resource_root() == Path(__file__).resolve().parents[2] / "resources"
