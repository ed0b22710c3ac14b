"""``vigie-mutuelle selftest``: build every screen without a display; exit 0 only if all worked.

The installers run it after installing. Each check prints one line; the first failure is
reported in French and the exit status is 1.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable

Check = tuple[str, Callable[[], None]]


def check_data() -> None:
    from desktop.core.catalog import load_catalog
    from desktop.core.incidents import load_incidents
    from desktop.core.guidance import load_guidance

    assert load_catalog().insurers, "catalogue vide"
    assert load_incidents().by_operator, "incidents absents"
    assert load_guidance().advice, "conseils absents"


def check_screens() -> None:
    from desktop.commands.screenshots import SAMPLE_CHECK
    from desktop.ui.main import build_window

    window = build_window(remember_zoom=False)
    window.context.answers.check = SAMPLE_CHECK
    window.show()
    for page_id in window.pages:
        window.show_page(page_id, remember=page_id != "welcome")
        window.zoom.app.processEvents()
        assert window.current.page_id == page_id
    window.close()


CHECKS: list[Check] = [
    ("données (mutuelles, piratages, conseils)", check_data),
    ("écrans", check_screens),
]


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for label, check in CHECKS:
        try:
            check()
        except Exception as error:  # report every failure kindly, never crash
            print(f"ÉCHEC : {label} : {error}")
            traceback.print_exc()
            return 1
        print(f"OK : {label}")
    print("Tout fonctionne.")
    return 0
