"""The letter in a DL window envelope drawn to scale (tools/envelope_check.py): in the sheet's
highest and lowest positions, pushed left, centred or right, the window shows the whole
recipient block and nothing else."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from reportlab.lib.units import mm

from desktop.documents import render
from desktop.documents.page import (
    WINDOW_BOTTOM,
    WINDOW_LEFT,
    WINDOW_RIGHT,
    WINDOW_TOP,
    WINDOW_ZONE,
)

TOOL = Path(__file__).resolve().parents[2] / "tools" / "envelope_check.py"
MM = 72 / 25.4


@cache
def envelope_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("envelope_check", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_model_is_the_issue_s() -> None:
    tool = envelope_check()
    windows = {p.name: p.window_on_sheet() for p in tool.positions()}
    assert len(windows) == 6
    assert windows["sheet highest, left"] == (100.0, 50.0, 200.0, 95.0)
    assert windows["sheet lowest, right"] == (90.0, 39.0, 190.0, 84.0)


def test_the_page_keeps_clear_every_place_the_window_can_show() -> None:
    # page.WINDOW_ZONE, where only the recipient may print, spans every position of the window
    # on the sheet (x 90-200 mm, from 39 mm), down to 100 mm (issue 12: text below 100 mm);
    # the recipient's safe area is inside the window in every position.
    windows = [p.window_on_sheet() for p in envelope_check().positions()]
    zone = tuple(round(v / mm, 3) for v in WINDOW_ZONE)
    lowest = max(w[3] for w in windows)
    assert zone[:3] == (
        min(w[0] for w in windows),
        min(w[1] for w in windows),
        max(w[2] for w in windows),
    )
    assert lowest < zone[3] == 100.0
    for x0, top, x1, bottom in windows:
        assert x0 <= WINDOW_LEFT / mm and WINDOW_RIGHT / mm <= x1
        assert top <= WINDOW_TOP / mm and WINDOW_BOTTOM / mm <= bottom


@pytest.mark.parametrize("kind", ["lettre-mutuelle", "plainte-cnil", "plainte-bl2c"])
@pytest.mark.parametrize("who", ["answers", "simple_answers", "long_answers"])
def test_window_shows_the_whole_address_only(
    kind: str, who: str, request: Any, today: dt.date, pdf_check: Any
) -> None:
    tool = envelope_check()
    pdf = render(kind, request.getfixturevalue(who), today)
    expected = "".join(pdf_check.recipient_lines(pdf)).replace(" ", "")
    visible = tool.visible_text(pdf)
    for position in tool.positions():
        x0, top, x1, bottom = (v * MM for v in position.window_on_sheet())
        shown = visible[position.name]
        for char in shown:  # whole characters, not cut by the window's edge
            assert x0 <= char["x0"] and char["x1"] <= x1, (position.name, char["text"])
            assert top <= char["top"] and char["bottom"] <= bottom, (position.name, char["text"])
        assert "".join(c["text"] for c in shown).replace(" ", "") == expected, position.name


def test_picture_is_drawn(tmp_path: Path, answers: Any, today: dt.date) -> None:
    tool = envelope_check()
    image = tool.picture(render("lettre-mutuelle", answers, today))
    assert image.size == (3 * 220 * 6 + 4 * 72, 2 * 110 * 6 + 3 * 72)
