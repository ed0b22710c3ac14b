"""Helpers for the fault tests: run the real command in its own process, with a memory
ceiling and a time limit, so a hang or a runaway read fails the test instead of the machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MEMORY_CEILING = 1_500_000_000  # bytes of address space for one command
TIME_LIMIT = 30  # seconds; a hang (FIFO) fails the test, it does not block the run


@dataclass
class Ran:
    returncode: int
    stdout: bytes
    stderr: str
    seconds: float


def _ceiling() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))


def run_cli(*args: str | bytes, env: dict[str, str] | None = None) -> Ran:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        timeout=TIME_LIMIT,
        preexec_fn=_ceiling,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )
    return Ran(
        result.returncode,
        result.stdout,
        result.stderr.decode("utf-8", "replace"),
        time.perf_counter() - start,
    )


from tests.ui.conftest import click, window  # noqa: E402,F401 (the real window, for fault tests)
