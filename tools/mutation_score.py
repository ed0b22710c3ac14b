"""Mutation score per module from mutmut's results (``mutants/**/*.py.meta``).

Killed = killed, timeout or caught by the type checker. Survived = survived or "no tests"
(no test calls the mutated function). Mutants listed in docs/mutation/equivalent-mutants.md
(by name, in backquotes) cannot change behaviour and are left out of the score.

    .venv/bin/python tools/mutation_score.py [--min 90] [MODULE ...]

With module names (``search``, ``verdict``...), only those modules of desktop/core are counted.
Exit status 1 when the total score is below ``--min`` or a mutant was not checked.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENT = ROOT / "docs" / "mutation" / "equivalent-mutants.md"
KILLED = {1, 3, 36, 37, -24, 24, 152, 255, -11, -9}
SURVIVED = {0, 5, 33, 35}


def equivalent_names() -> set[str]:
    if not EQUIVALENT.exists():
        return set()
    text = EQUIVALENT.read_text("utf-8").split("## Not killed yet", 1)[0]  # those count
    return set(re.findall(r"`(desktop\.[\w.ǁ]+__mutmut_\d+)`", text))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--min", type=float, default=90.0)
    parser.add_argument("--survivors", action="store_true", help="list surviving mutants")
    parser.add_argument("modules", nargs="*", help="only these desktop/core modules")
    args = parser.parse_args()
    equivalent = equivalent_names()
    totals: Counter[str] = Counter()
    survivors: list[str] = []
    print(f"{'module':<34} {'killed':>7} {'survived':>8} {'equiv.':>6} {'score':>7} {'time':>7}")
    seconds = 0.0
    metas = sorted((ROOT / "mutants").glob("**/*.py.meta"))
    if args.modules:
        wanted = {f"desktop/core/{name.removesuffix('.py')}.py" for name in args.modules}
        metas = [m for m in metas if str(m.relative_to(ROOT / "mutants"))[:-5] in wanted]
    for meta in metas:
        data = json.loads(meta.read_text("utf-8"))
        codes = data["exit_code_by_key"]
        spent = sum(value or 0.0 for value in data.get("durations_by_key", {}).values())
        seconds += spent
        counts: Counter[str] = Counter()
        for name, code in codes.items():
            if name in equivalent:
                counts["equivalent"] += 1
            elif code in KILLED:
                counts["killed"] += 1
            elif code in SURVIVED:
                counts["survived"] += 1
                survivors.append(name)
            else:
                counts["unchecked"] += 1
        scored = counts["killed"] + counts["survived"]
        score = 100.0 * counts["killed"] / scored if scored else 100.0
        module = str(meta.relative_to(ROOT / "mutants")).removesuffix(".meta")
        unchecked = f"  ({counts['unchecked']} not checked)" if counts["unchecked"] else ""
        print(
            f"{module:<34} {counts['killed']:>7} {counts['survived']:>8} "
            f"{counts['equivalent']:>6} {score:>6.1f}% {spent / 60:>5.1f}m{unchecked}"
        )
        totals.update(counts)
    scored = totals["killed"] + totals["survived"]
    score = 100.0 * totals["killed"] / scored if scored else 0.0
    print(
        f"{'total':<34} {totals['killed']:>7} {totals['survived']:>8} "
        f"{totals['equivalent']:>6} {score:>6.1f}% {seconds / 60:>5.1f}m"
    )
    print("(time: the mutants' test runs, one after the other, without mutmut's start-up)")
    if args.survivors:
        print("\n".join(survivors))
    return 0 if score >= args.min and not totals["unchecked"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
