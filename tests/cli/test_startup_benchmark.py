"""Start-up figures (run with ``-m benchmark -s``): time to a shown window, and peak memory."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time

import pytest

SHOW_WINDOW = (
    "from desktop.ui.main import build_window\n"
    "w = build_window(remember_zoom=False); w.show(); w.zoom.app.processEvents()\n"
    "import sys; print('reportlab' in sys.modules)\n"
)


@pytest.mark.benchmark
def test_time_to_a_shown_window() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times, loaded = [], []
    for _ in range(5):
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", SHOW_WINDOW], env=env, capture_output=True, text=True
        )
        times.append(time.perf_counter() - start)
        loaded.append(result.stdout.strip())
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"\nwindow shown in {statistics.median(times):.2f} s (median of 5), "
        f"peak memory {peak:.0f} MiB, reportlab loaded at start: {loaded[0]}"
    )
    assert loaded == ["False"] * 5  # reportlab is imported at the first document only
