"""Start-up figures (``pytest -m benchmark -s tests/test_startup_benchmark.py``).

The app's window and a bare PySide6 window are started alternately, each in its own process,
ROUNDS times each, in one run; the medians and their ratio are printed for the wall time and
the CPU time to the shown window and for the peak memory. Then each screen's first show and
each document's render (the first one with reportlab's import). Figures only: no time is
asserted, the machine's load changes them (it is printed too).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

PROBE = Path(__file__).with_name("startup_probe.py")
ROUNDS = 12
DETAIL_RUNS = 5  # processes for the per-screen and per-document figures


# Warm start, as installed: byte code is cached (here in a folder of the test run's own).
ENV = {
    **os.environ,
    "QT_QPA_PLATFORM": "offscreen",
    "PYTHONPYCACHEPREFIX": tempfile.mkdtemp(prefix="pycache-"),
}
ENV.pop("PYTHONDONTWRITEBYTECODE", None)


def probe(mode: str) -> tuple[float, dict[str, Any]]:
    """Run one probe; return the wall time until its first line arrived, and its figures
    (those of a second line, the app's once its after-paint work is done, as ``after_*``)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(PROBE), mode],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,  # Qt's offscreen warnings; shown if the probe fails
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    wall = time.perf_counter() - start
    rest, errors = process.communicate()
    assert process.returncode == 0, f"probe {mode} failed:\n{errors}"
    figures = json.loads(line)
    for later in rest.splitlines():
        figures.update({f"after_{key}": value for key, value in json.loads(later).items()})
    return wall, figures


def load() -> str:
    return "load average " + " ".join(f"{value:.1f}" for value in os.getloadavg())


def medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Median of each figure over the runs (of each element, for a list of figures)."""
    return {
        key: (
            [statistics.median(run[key][i] for run in runs) for i in range(len(value))]
            if isinstance(value, list)
            else statistics.median(run[key] for run in runs)
        )
        for key, value in runs[0].items()
        if not isinstance(value, bool)
    }


@pytest.fixture(scope="module", autouse=True)
def warm_up() -> None:
    """One unmeasured run of each probe: byte code written, files in the page cache."""
    for mode in ("bare", "app", "screens", "documents"):
        probe(mode)


@pytest.mark.benchmark
def test_start_up_against_a_bare_window() -> None:
    figures: dict[str, list[dict[str, float]]] = {"app": [], "bare": []}
    print(f"\nstart-up, {ROUNDS} processes each, alternating; {load()} ({os.cpu_count()} CPUs)")
    for _ in range(ROUNDS):
        for mode in ("bare", "app"):
            wall, result = probe(mode)
            figures[mode].append({"wall": wall, **result})
    app, bare = medians(figures["app"]), medians(figures["bare"])
    for key, label, unit, scale in (
        ("wall", "time to shown window, wall", "ms", 1000),
        ("cpu", "time to shown window, CPU ", "ms", 1000),
        ("rss_mib", "peak memory (VmHWM)       ", "MiB", 1),
    ):
        print(
            f"{label}: app {app[key] * scale:6.0f} {unit}, bare {bare[key] * scale:6.0f} {unit},"
            f" ratio {app[key] / bare[key]:.2f}"
        )
    print(
        "app once its after-paint work is done (leftovers, Qt namespace):"
        f" CPU {app['after_cpu'] * 1000:.0f} ms (ratio {app['after_cpu'] / bare['cpu']:.2f}),"
        f" peak memory {app['after_rss_mib']:.0f} MiB"
    )
    print(f"after: {load()}")


@pytest.mark.benchmark
def test_first_show_of_each_screen_and_document_renders() -> None:
    print(f"\nmedian of {DETAIL_RUNS} processes; {load()}")
    for mode, title in (
        ("screens", "first show of each screen, samples filled in:    wall ms   CPU ms"),
        ("documents", "document render (the first one imports reportlab):  wall ms   CPU ms"),
    ):
        runs = [probe(mode)[1] for _ in range(DETAIL_RUNS)]
        print(title)
        for name, (wall, cpu) in medians([run["times"] for run in runs]).items():
            print(f"  {name:44} {wall:6.1f}  {cpu:6.1f}")
        peak = statistics.median(run["rss_mib"] for run in runs)
        print(f"  peak memory at the end: {peak:.0f} MiB")
    print(f"after: {load()}")
