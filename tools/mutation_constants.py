"""Mutation testing of the page model's layout constants (mutmut only mutates inside functions).

Each number between the markers of ``desktop/documents/page.py`` (the block from ``PAGE_WIDTH``
to ``RECIPIENT_SIZES``) is changed by one unit, as mutmut does with numbers (12.5 -> 13.5,
99 * mm -> 100 * mm), in a copy of the sources; the document tests run against that copy and
must fail. Prints one line per mutant, then the score. Exit status 1 below ``--min`` percent.

    .venv/bin/python tools/mutation_constants.py [--min 90] [pytest args...]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = Path("desktop/documents/page.py")
FIRST, LAST = "PAGE_WIDTH, PAGE_HEIGHT = A4", "RECIPIENT_SIZES = "
NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\w.])")
TESTS = [
    "tests/documents/test_rules_layout.py",
    "tests/documents/test_rules_page.py",
    "tests/documents/test_letters.py",
    "tests/documents/test_bad_input_catalogue.py",
    "tests/documents/test_rules_documents.py",
    "tests/documents/test_envelope.py",
]


EQUIVALENT = ROOT / "docs" / "mutation" / "equivalent-mutants.md"


def equivalent_constants() -> set[str]:
    """Constants listed as ``page.NAME`` in docs/mutation/equivalent-mutants.md."""
    text = EQUIVALENT.read_text("utf-8") if EQUIVALENT.exists() else ""
    return set(re.findall(r"`page\.([A-Z_]+)`", text))


def mutants(source: str) -> list[tuple[int, str, str]]:
    """(line number, original line, mutated line) for every number in the constant block."""
    lines = source.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(FIRST))
    end = next(i for i, line in enumerate(lines) if line.startswith(LAST))
    found = []
    for index in range(start, end + 1):
        line = lines[index]
        code = line.split("#", 1)[0]
        names = {name.strip() for name in code.split("=", 1)[0].split(",")}
        if names <= equivalent_constants():
            continue
        for match in NUMBER.finditer(code):
            text = match.group(1)
            bumped = str(float(text) + 1) if "." in text else str(int(text) + 1)
            mutated = line[: match.start()] + bumped + line[match.end() :]
            found.append((index, line, mutated))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=float, default=90.0)
    args, pytest_args = parser.parse_known_args()
    source = (ROOT / PAGE).read_text(encoding="utf-8")
    started = time.monotonic()
    killed = survived = 0
    with tempfile.TemporaryDirectory(prefix="vigie-constants-") as folder:
        copy = Path(folder)
        for name in ("desktop", "tests", "resources"):
            shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(ROOT / "pyproject.toml", copy)
        lines = source.splitlines(keepends=True)
        env = {**os.environ, "PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen"}
        where = subprocess.run(
            [sys.executable, "-c", "import desktop.documents.page as p; print(p.__file__)"],
            cwd=copy,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert where == str(copy / PAGE), f"the tests would import {where}, not the copy"
        for index, before, after in mutants(source):
            mutated = [*lines[:index], after + "\n", *lines[index + 1 :]]
            (copy / PAGE).write_text("".join(mutated), encoding="utf-8")
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pytest",
                    "-x",
                    "-q",
                    "-p",
                    "no:cacheprovider",
                    *(pytest_args or TESTS),
                ],
                cwd=copy,
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode == 0:
                survived += 1
                print(f"survived  line {index + 1}: {before.strip()}  ->  {after.strip()}")
            else:
                killed += 1
                print(f"killed    line {index + 1}: {after.strip()}")
            sys.stdout.flush()
    total = killed + survived
    score = 100.0 * killed / total if total else 100.0
    minutes = (time.monotonic() - started) / 60
    print(f"page.py constants: {killed}/{total} killed, score {score:.1f} %, {minutes:.1f} min")
    return 0 if score >= args.min else 1


if __name__ == "__main__":
    raise SystemExit(main())
