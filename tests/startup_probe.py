"""One start-up measurement in a fresh process, run by tests/test_startup*.py.

``python tests/startup_probe.py MODE`` prints one JSON line and exits at once (``os._exit``, so
tear-down is not measured); ``app`` prints a second line:

- ``bare``: a bare PySide6 window (QApplication, QMainWindow with a label) shown;
- ``app``: the app's window shown, started as the ``vigie-mutuelle`` command starts it (through
  ``desktop.cli.main``), its event loop replaced by one pass over the pending events (in which
  the window is painted: checked); then, second line, the same figures once the work the app
  leaves until after its first paint is done (``MainWindow.first_painted``);
- ``imports``: the app's window shown, then the modules loaded at that moment (and whether
  the ``Qt`` namespace was made);
- ``screens``: the app's window shown and its after-paint work done, then each screen's first
  show (wall and CPU ms), the preview of a second document, and the peak memory after all;
- ``documents``: each document's first render (the first one imports reportlab), then again,
  and the peak memory.

``bare`` and ``app`` report the CPU time (user + system) and the peak memory (peak resident set)
of the process when the window is shown; the caller measures the wall time until that line
arrives.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import time
from typing import Any

WINDOW_SIZE = (1024, 768)


def peak_memory_mib() -> float:
    """Peak resident memory of this process. On Linux, ``ru_maxrss`` also counts the size of
    the process that started this one (it is carried over ``exec``: under pytest every probe
    would show at least pytest's own size), so the kernel's ``VmHWM`` is read instead."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def usage() -> dict[str, Any]:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "cpu": used.ru_utime + used.ru_stime,
        "rss_mib": peak_memory_mib(),
        "gc_enabled": gc.isenabled(),
    }


def report(figures: dict[str, Any], *, last: bool = True) -> None:
    sys.stdout.write(json.dumps(figures) + "\n")
    sys.stdout.flush()
    if last:
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
    """Start the app as its command does (``desktop.cli`` first, Qt when the app imports it);
    return its window once shown and painted."""
    from desktop.cli import main
    from desktop.ui import main as ui_main

    windows: list[Any] = []
    build_window = ui_main.build_window

    def one_pass(app: Any) -> int:
        app.processEvents()
        return 0

    def build_and_replace_the_loop(*args: Any, **kwargs: Any) -> Any:
        window = build_window(*args, **kwargs)
        type(window.zoom.app).exec = one_pass  # the event loop: one pass, then return
        windows.append(window)
        return window

    ui_main.build_window = build_and_replace_the_loop  # type: ignore[assignment]
    main([])
    (window,) = windows
    assert window.isVisible()
    assert window._painted  # the pass did paint it: what is measured is a window she sees
    return window


def after_first_paint(window: Any) -> None:
    """Run the events until the work the app leaves until after its first paint is done (as
    it is, in use, long before anyone can click)."""
    done: list[bool] = []
    window.first_painted.connect(lambda: done.append(True))  # after the app's own slot
    give_up = time.monotonic() + 30
    while not done:
        assert time.monotonic() < give_up, "first_painted never came"
        window.zoom.app.processEvents()


def app_shown() -> None:
    """The app's window shown; then the work it does once painted."""
    window = app_window()
    report(usage(), last=False)
    after_first_paint(window)
    report(usage())


def loaded_modules() -> None:
    from PySide6 import QtCore

    app_window()
    # PySide6 puts a class in its module's namespace when it first makes it (and its enums).
    report({"modules": sorted(sys.modules), "qt_namespace": "Qt" in vars(QtCore)})


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def milliseconds(start: tuple[float, float]) -> list[float]:
    """Wall and CPU milliseconds since ``start``."""
    return [round((now - then) * 1000, 1) for now, then in zip(clocks(), start, strict=True)]


def screens() -> None:
    from desktop.commands.samples import fill_with_samples

    window = app_window()
    after_first_paint(window)
    fill_with_samples(window.context)
    app = window.zoom.app
    times = {}
    for page_id in window.pages:
        if page_id == "welcome":
            continue
        start = clocks()
        window.show_page(page_id)
        app.processEvents()
        times[page_id] = milliseconds(start)
    # The preview's first show renders the first document (reportlab imported) and loads
    # QtPdf; then another document, as when she goes back to the list and opens the next one.
    window.show_page("ready")
    app.processEvents()
    window.context.preview_kind = next(
        kind for kind in window.context.documents if kind != window.context.preview_kind
    )
    start = clocks()
    window.show_page("preview")
    app.processEvents()
    times["preview, another document"] = milliseconds(start)
    report({"times": times, "rss_mib": peak_memory_mib()})


def documents() -> None:
    from desktop.commands.samples import sample_answers

    answers = sample_answers()
    start = clocks()
    from desktop.documents import KINDS, render

    times = {}
    for round_ in ("first", "again"):
        for kind in KINDS:
            render(kind, answers)
            times[f"{round_} {kind}"] = milliseconds(start)
            start = clocks()
    report({"times": times, "rss_mib": peak_memory_mib()})


MODES = {
    "bare": bare_window,
    "app": app_shown,
    "imports": loaded_modules,
    "screens": screens,
    "documents": documents,
}

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    MODES[sys.argv[1]]()
