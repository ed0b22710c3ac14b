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
    # Read aloud: with the first "Écouter" (the top bar's button is a plain button until then).
    "desktop.ui.read_aloud",
    "desktop.ui.spoken_text",
    "PySide6.QtTextToSpeech",
    "PySide6.QtMultimedia",
)
SCREENS_AT_START = {"desktop.ui.screens", "desktop.ui.screens.welcome"}


@cache
def modules_at_first_window() -> list[str]:
    result = subprocess.run(
        [sys.executable, str(PROBE), "imports"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)["modules"]  # type: ignore[no-any-return]


def test_heavy_modules_are_not_imported_before_the_first_window() -> None:
    modules = modules_at_first_window()
    assert "desktop.ui.wizard" in modules  # the probe did show the window
    early = [name for name in modules if name.startswith(NOT_AT_START)]
    assert early == []


def test_only_the_welcome_screen_is_imported_before_the_first_window() -> None:
    screens = {name for name in modules_at_first_window() if name.startswith("desktop.ui.screens")}
    assert screens == SCREENS_AT_START
