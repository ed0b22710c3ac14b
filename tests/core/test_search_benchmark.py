"""Benchmark: the search answers every keystroke in well under 2 ms (prints its figures).

Run with ``.venv/bin/pytest -m benchmark -s tests/core/test_search_benchmark.py``.
"""

from __future__ import annotations

import statistics
import time

import pytest

from desktop.core import search as search_module
from desktop.core.catalog import load_catalog
from desktop.core.search import lookup

# Three words, each with a typo: the slowest kind of query (every word goes through the
# typo index, the last one also through the prefix scan).
WORST_QUERIES = (
    "mutuele generalle cheminost",
    "malakof humaniss mederic",
    "mutuelle nationnale territorialle",
    "groupe pasteure mutualitte",
)


@pytest.mark.benchmark
def test_worst_case_time_per_keystroke() -> None:
    catalog = load_catalog()
    started = time.perf_counter()
    search_module._index(catalog)  # built once, when the window first searches
    index_ms = (time.perf_counter() - started) * 1000
    per_keystroke: list[float] = []  # best of 7 runs, each from cold word caches
    every_run: list[float] = []
    for query in WORST_QUERIES:
        for end in range(1, len(query) + 1):
            runs = []
            for _ in range(7):
                search_module._similar_words.cache_clear()
                search_module.is_generic.cache_clear()
                started = time.perf_counter()
                lookup(catalog, query[:end])
                runs.append((time.perf_counter() - started) * 1000)
            per_keystroke.append(min(runs))
            every_run += runs
    per_keystroke.sort()
    every_run.sort()
    print(
        f"\nsearch per keystroke, {len(per_keystroke)} keystrokes of 3-word typo queries, cold "
        f"word caches: median {statistics.median(per_keystroke):.3f} ms, worst "
        f"{per_keystroke[-1]:.3f} ms (best of 7 runs each); over all {len(every_run)} runs "
        f"(scheduler noise included) 99th percentile {every_run[int(len(every_run) * 0.99)]:.3f} "
        f"ms, worst {every_run[-1]:.3f} ms; index built once in {index_ms:.1f} ms"
    )
    assert per_keystroke  # the figures are the result; the target (2 ms) is read from them
