"""One start-up measurement in a fresh process, run by tests/test_startup*.py.

``python tests/startup_probe.py MODE`` prints one JSON line and exits at once (``os._exit``, so
tear-down is not measured):

- ``bare``: a bare PySide6 window (QApplication, QMainWindow with a label) shown;
- ``app``: the app's window shown, as ``run_window`` shows it (without the event loop);
- ``imports``: the app's window shown, then the modules loaded at that moment;
- ``screens``: the app's window shown, then each screen's first show, in milliseconds;
- ``documents``: each document's first render (the first one imports reportlab), then again.

``bare`` and ``app`` report the CPU time (user + system) and the peak memory (ru_maxrss) of the
process when the window is shown; the caller measures the wall time until that line arrives.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

WINDOW_SIZE = (1024, 768)


def usage() -> dict[str, float]:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu": used.ru_utime + used.ru_stime, "rss_mib": used.ru_maxrss / 1024}


def report(figures: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(figures) + "\n")
    sys.stdout.flush()
    os._exit(0)


def bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Bonjour", window))
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    report(usage())


def app_window() -> Any:
    from desktop.ui.main import build_window

    window = build_window(remember_zoom=False)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.zoom.app.processEvents()
    return window


def loaded_modules() -> None:
    app_window()
    report({"modules": sorted(sys.modules)})


def milliseconds(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def screens() -> None:
    from desktop.commands.samples import fill_with_samples

    window = app_window()
    fill_with_samples(window.context)
    app = window.zoom.app
    times = {}
    for page_id in window.pages:
        if page_id == "welcome":
            continue
        start = time.perf_counter()
        window.show_page(page_id)
        app.processEvents()
        times[page_id] = milliseconds(start)
    report(times)


def documents() -> None:
    from desktop.commands.samples import sample_answers

    answers = sample_answers()
    start = time.perf_counter()
    from desktop.documents import KINDS, render

    times: dict[str, float] = {}
    for round_ in ("first", "again"):
        for kind in KINDS:
            render(kind, answers)
            times[f"{round_} {kind}"] = milliseconds(start)
            start = time.perf_counter()
    report(times)


MODES = {
    "bare": bare_window,
    "app": lambda: (app_window(), report(usage())),
    "imports": loaded_modules,
    "screens": screens,
    "documents": documents,
}

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    MODES[sys.argv[1]]()
