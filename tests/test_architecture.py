"""Imports only point down the arrows: core imports nothing of ours nor Qt nor reportlab,
documents import core (not Qt), ui imports both; nothing imports the CLI; no network module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"
FORBIDDEN = {
    "core": (
        "PySide6",
        "reportlab",
        "desktop.ui",
        "desktop.documents",
        "desktop.commands",
        "desktop.cli",
    ),
    "documents": ("PySide6", "desktop.ui", "desktop.commands", "desktop.cli"),
    "ui": ("reportlab", "desktop.commands", "desktop.cli"),
}
NETWORK = ("socket", "urllib.request", "http.client", "requests", "PySide6.QtNetwork", "ssl")


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", list(FORBIDDEN))
def test_layers_only_import_downwards(layer: str) -> None:
    wrong = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules(layer)
        for name in imports_of(path)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert wrong == []


def test_no_module_imports_the_network() -> None:
    wrong = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name in imports_of(path)
        if name == NETWORK[0] or name.startswith(NETWORK[1:]) or name.startswith("socket.")
    ]
    assert wrong == []
