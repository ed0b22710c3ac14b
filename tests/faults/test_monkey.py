"""A seeded monkey: random clicks, keys, typing, long pastes and resizes through the real
window (print and save dialogs, and the erase question, replaced by doubles).

It reports exceptions (none allowed), Qt warnings and memory at start and end. The number of
events is ``VIGIE_MONKEY_EVENTS`` (default 800, quick enough for every run; CI's fault stage
sets 20,000) and the seed ``VIGIE_MONKEY_SEED``.
"""

from __future__ import annotations

import os
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from desktop.commands.samples import SAMPLE_ANSWERS
from desktop.ui.printing import AutomaticDialogs

EVENTS = int(os.environ.get("VIGIE_MONKEY_EVENTS", "800"))
SEED = int(os.environ.get("VIGIE_MONKEY_SEED", "20240208"))
KEYS = [
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
]
ZOOM_KEYS = [
    (Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier),
]
ZOOM_SHARE = 0.02  # text size changes: real, but rarer than a uniform pick would make them
ERASE_SHARE = 0.01  # "Tout effacer" too, or the monkey would rarely get past the first screens
FILL_SHARE = 0.05  # a screen filled with sensible answers, then Continuer: later screens too
WORDS = ["mutuelle", "Généraliste", "75014", "01/01/1950", "2 48 02", "é", "'", "-", " ", "0"]
SIZES = [(800, 600), (1024, 768), (1280, 1024)]


class MonkeyDialogs(AutomaticDialogs):
    """The person cancels printing (no job reaches a printer) and saves or cancels at random."""

    asks_before_replacing = True  # as Qt's save dialog does

    def __init__(self, rng: random.Random, folder: Path) -> None:
        self.rng, self.folder = rng, folder

    def ask_printer(self, printer) -> bool:  # type: ignore[no-untyped-def]
        return False

    def ask_save_path(self, default: str) -> str | None:
        return str(self.folder / Path(default).name) if self.rng.random() < 0.5 else None


def resident_mib() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def flatten(raw: object, prefix: str = "") -> dict[str, str]:
    """``{"person": {"address_lines": ["3 rue"]}}`` -> ``{"person.address_lines[0]": "3 rue"}``."""
    found: dict[str, str] = {}
    items = raw.items() if isinstance(raw, dict) else enumerate(raw)  # type: ignore[attr-defined]
    for key, value in items:
        path = (
            f"{prefix}[{key}]" if isinstance(key, int) else f"{prefix}{'.' if prefix else ''}{key}"
        )
        if isinstance(value, dict | list):
            found.update(flatten(value, path))
        else:
            found[path] = str(value)
    return found


SENSIBLE = flatten(SAMPLE_ANSWERS)


def settle() -> None:
    """What the event loop would do between two events, deferred deletions included (without
    ``exec()`` running, ``processEvents`` leaves ``deleteLater`` widgets alive)."""
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def visible(window: QWidget, kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in window.findChildren(kind) if w.isVisible() and w.isEnabled()]


def one_event(rng: random.Random, window) -> str:  # type: ignore[no-untyped-def]
    roll = rng.random()
    if roll < ZOOM_SHARE:
        key, modifier = rng.choice(ZOOM_KEYS)
        QTest.keyClick(QApplication.focusWidget() or window, key, modifier)
        return "zoom"
    if roll < ZOOM_SHARE + ERASE_SHARE:
        QTest.mouseClick(window.top_bar.erase, Qt.MouseButton.LeftButton)
        return "erase"
    if roll < ZOOM_SHARE + ERASE_SHARE + FILL_SHARE:
        page = window.current
        for path, row in getattr(page, "rows", {}).items():
            if row.isVisibleTo(page) and path in SENSIBLE:
                row.set_text(SENSIBLE[path])
        QTest.mouseClick(window.continue_button, Qt.MouseButton.LeftButton)
        return "fill"
    fields = visible(window, QLineEdit)
    if roll < 0.45 or (roll >= 0.75 and not fields):
        top = (window.top_bar.smaller, window.top_bar.bigger, window.top_bar.erase)
        buttons = [b for b in visible(window, QAbstractButton) if b not in top]
        if buttons:
            QTest.mouseClick(rng.choice(buttons), Qt.MouseButton.LeftButton)
        return "click"
    if roll < 0.75:
        key, modifier = rng.choice(KEYS)
        target = QApplication.focusWidget() or window
        QTest.keyClick(target, key, modifier)
        return "key"
    field = rng.choice(fields)
    if roll < 0.93:
        field.setFocus()
        for char in rng.choice(WORDS):
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                field,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )
        return "type"
    if roll < 0.97:
        field.insert("Xy é " * rng.randint(20, 120))  # a long paste
        return "paste"
    window.resize(*rng.choice(SIZES))
    return "resize"


@pytest.mark.qt_no_exception_capture
def test_monkey(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(SEED)
    window.ask_erase = lambda: rng.random() < 0.5
    window.pages["preview"].dialogs = MonkeyDialogs(rng, tmp_path)
    exceptions: list[str] = []
    warnings: Counter[str] = Counter()

    def record(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        where = traceback.extract_tb(tb)[-1] if tb is not None else None
        place = f" ({Path(where.filename).name}:{where.lineno} {where.name})" if where else ""
        exceptions.append(f"{kind.__name__}: {error}{place}")
        traceback.print_exception(kind, error, tb)

    def qt_message(mode: QtMsgType, context: object, message: str) -> None:
        if mode != QtMsgType.QtDebugMsg and mode != QtMsgType.QtInfoMsg:
            warnings[message[:160]] += 1

    previous_hook = sys.excepthook
    sys.excepthook = record
    previous_handler = qInstallMessageHandler(qt_message)
    QGuiApplication.beep = lambda: None  # type: ignore[method-assign]
    start_memory, start = resident_mib(), time.perf_counter()
    done: Counter[str] = Counter()
    pages: set[str] = set()
    try:
        for _ in range(EVENTS):
            done[one_event(rng, window)] += 1
            settle()
            pages.add(window.current.page_id)
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
    seconds, end_memory = time.perf_counter() - start, resident_mib()
    widgets = len(QApplication.allWidgets())
    print(
        f"\nmonkey: {EVENTS} events (seed {SEED}) in {seconds:.1f} s {dict(done)}, "
        f"{len(pages)} of {len(window.pages)} screens reached; "
        f"exceptions: {len(exceptions)}; Qt warnings: {sum(warnings.values())} "
        f"({len(warnings)} distinct); memory {start_memory:.0f} MiB at start, "
        f"{end_memory:.0f} MiB at end; {widgets} widgets alive"
    )
    print(f"  screens not reached: {sorted(set(window.pages) - pages)}")
    for message, count in warnings.most_common(5):
        print(f"  Qt warning x{count}: {message}")
    assert exceptions == []
