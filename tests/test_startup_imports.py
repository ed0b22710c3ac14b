"""What the first window costs: the heavy modules wait until they are needed.

Run in a fresh process (tests/startup_probe.py), so the other tests' imports do not count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

PROBE = Path(__file__).with_name("startup_probe.py")
# Imported only with the first document, the first number checked, the first search, the
# first screen that shows a fact (the data files are read by these modules).
NOT_AT_START = (
    "reportlab",
    "stdnum",
    "desktop.documents",
    "desktop.core.catalog",
    "desktop.core.guidance",
    "desktop.core.incidents",
    "desktop.core.search",
    "desktop.core.validation",
    "desktop.ui.printing",
    "PySide6.QtPdf",
    # Made when first asked for (WizardContext.answers), after the welcome screen.
    "desktop.core.answers",
    # Left until after the first paint (desktop.ui.main): removing a killed save's leftovers.
    "desktop.ui.leftovers",
    "desktop.core.files",
    # Only for the command line's sub-commands (desktop.cli.main; PySide6 imports argparse).
    "desktop.commands",
    # Python's own modules that cost milliseconds: dataclasses (theme's values are plain
    # classes), subprocess and hashlib (ctypes.util.find_library, secrets).
    "dataclasses",
    "subprocess",
    "ctypes.util",
    "hashlib",
    # Read aloud: with the first "Écouter" (the top bar's button is a plain button until then).
    "desktop.ui.read_aloud",
    "desktop.ui.spoken_text",
    "PySide6.QtTextToSpeech",
    "PySide6.QtMultimedia",
)
SCREENS_AT_START = {"desktop.ui.screens", "desktop.ui.screens.welcome"}


@cache
def probe(mode: str) -> list[dict[str, Any]]:
    """The JSON lines a fresh probe process prints."""
    result = subprocess.run(
        [sys.executable, str(PROBE), mode],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def first_window() -> dict[str, Any]:
    return probe("imports")[0]


def modules_at_first_window() -> list[str]:
    return first_window()["modules"]  # type: ignore[no-any-return]


def test_heavy_modules_are_not_imported_before_the_first_window() -> None:
    modules = modules_at_first_window()
    assert "desktop.ui.wizard" in modules  # the probe did show the window
    early = [name for name in modules if name.startswith(NOT_AT_START)]
    assert early == []


def test_only_the_welcome_screen_is_imported_before_the_first_window() -> None:
    screens = {name for name in modules_at_first_window() if name.startswith("desktop.ui.screens")}
    assert screens == SCREENS_AT_START


def test_the_qt_namespace_is_not_made_before_the_first_window() -> None:
    """Its 115 enum classes cost about 17 ms: the start names them through ``lazy_qt``."""
    assert first_window()["qt_namespace"] is False


def test_the_cycle_collector_waits_for_the_first_paint_then_comes_back() -> None:
    """Paused during the start (desktop.ui.main.run_window), on again once painted."""
    shown, after_paint = probe("app")
    assert shown["gc_enabled"] is False
    assert after_paint["gc_enabled"] is True
