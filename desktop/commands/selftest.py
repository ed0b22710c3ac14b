"""``vigie-mutuelle selftest``: build every screen and every document without a display, and
print one document on the default printer when there is one; exit 0 only if all of it worked.

The installers run it after installing. Each check prints one line; the first failure is
reported in French and the exit status is 1. No printer is not a failure: it is said so.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable

from desktop.commands.samples import fill_with_samples, sample_answers

# A check returns None ("OK : <label>" is printed) or a line to print instead.
Check = tuple[str, Callable[[], str | None]]

NO_PRINTER = "pas d'imprimante : impression non essayée"


def check_data() -> None:
    from desktop.core.catalog import load_catalog
    from desktop.core.guidance import load_guidance
    from desktop.core.incidents import load_incidents

    assert load_catalog().insurers, "catalogue vide"
    assert load_incidents().by_operator, "incidents absents"
    assert load_guidance().advice, "conseils absents"


def check_screens() -> None:
    from desktop.ui.main import build_window

    window = build_window(remember_zoom=False)
    fill_with_samples(window.context)
    window.show()
    for page_id in window.pages:
        window.show_page(page_id, remember=page_id != "welcome")
        window.zoom.app.processEvents()
        assert window.current.page_id == page_id
    window.close()


def check_documents() -> None:
    from desktop.documents import KINDS, render
    from desktop.ui.app import create_app
    from desktop.ui.printing import open_pdf

    create_app()
    for kind in KINDS:
        document = open_pdf(render(kind, sample_answers()))
        assert document.pageCount() >= 1, f"{kind} : aucune page"
        document.deleteLater()


def check_printing() -> str | None:
    """Print one document on the default printer, through the window's own print function."""
    from desktop.documents import KINDS, render
    from desktop.ui.app import create_app
    from desktop.ui.printing import AutomaticDialogs, Outcome, default_printer_name, print_pdf

    create_app()
    printer = default_printer_name()
    if not printer:
        return NO_PRINTER
    kind, title = next(iter(KINDS.items()))
    result = print_pdf(render(kind, sample_answers()), title, AutomaticDialogs(), printer)
    assert result.outcome is Outcome.DONE, f"imprimante « {printer} » : {result.detail}"
    return f"OK : impression envoyée à « {printer} »"


def check_read_aloud() -> str:
    """QtTextToSpeech and a system engine plugin are there ("Écouter"); no voice is needed
    (a machine without one gets a kind message in the app)."""
    from desktop.ui.app import create_app
    from desktop.ui.read_aloud import system_engines

    create_app()
    engines = system_engines()  # ImportError: QtTextToSpeech missing from the bundle
    if not engines:
        return "lecture à voix haute : aucun moteur de voix sur cet ordinateur"
    return f"OK : lecture à voix haute (moteur {', '.join(engines)})"


CHECKS: list[Check] = [
    ("données (mutuelles, piratages, conseils)", check_data),
    ("écrans", check_screens),
    ("documents", check_documents),
    ("impression", check_printing),
    ("lecture à voix haute", check_read_aloud),
]


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for label, check in CHECKS:
        try:
            note = check()
        except Exception as error:  # report every failure kindly, never crash
            print(f"ÉCHEC : {label} : {error}")
            traceback.print_exc()
            return 1
        print(note or f"OK : {label}")
    print("Tout fonctionne.")
    return 0
