"""The data files shipped in resources/data, as raw JSON, and edited copies of them for the
tests that check how a damaged file is refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.resources import resource_path

Edit = Callable[[dict[str, Any]], None]


def shipped(name: str) -> dict[str, Any]:
    """``resources/data/NAME`` as parsed JSON (a fresh copy each call: edit it freely)."""
    return json.loads(resource_path("data", name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def edited_copy(tmp_path: Path, name: str, edit: Edit) -> Path:
    """A copy of ``resources/data/NAME`` in ``tmp_path``, changed by ``edit``."""
    data = shipped(name)
    edit(data)
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
