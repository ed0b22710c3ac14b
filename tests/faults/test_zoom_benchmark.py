"""How long one text-size step takes (run with ``-m benchmark -s``): wall and CPU time per
step, with every screen already built, on a question screen and on the preview."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtWidgets import QApplication

from desktop.commands.samples import fill_with_samples
from desktop.ui.theme import ZOOM_STEPS


@pytest.mark.benchmark
def test_zoom_step_time(window) -> None:  # type: ignore[no-untyped-def]
    fill_with_samples(window.context)
    for page_id in window.pages:  # every screen built and styled once, as after a session
        window.show_page(page_id)
        QApplication.processEvents()
    for page_id in ("identity", "preview"):
        window.show_page(page_id)
        QApplication.processEvents()
        wall, cpu = [], []
        for factor in [*ZOOM_STEPS[1:], *reversed(ZOOM_STEPS[:-1])] * 2:
            start, start_cpu = time.perf_counter(), time.process_time()
            window.zoom.set_factor(factor)
            QApplication.processEvents()
            wall.append(1000 * (time.perf_counter() - start))
            cpu.append(1000 * (time.process_time() - start_cpu))
        print(
            f"\nzoom step on {page_id}: median {statistics.median(wall):.0f} ms wall, "
            f"{statistics.median(cpu):.0f} ms CPU (max {max(wall):.0f} ms wall, "
            f"{len(wall)} steps, {len(QApplication.allWidgets())} widgets)"
        )
        heading = window.current.heading
        assert heading.font().pixelSize() == 30  # back at 100 %: the sheet really applied
