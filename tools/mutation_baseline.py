"""Which mutated modules changed since the measured mutation run (docs/mutation/baseline.json).

The baseline stores, per module, the sha256 of its content when docs/mutation/scores.md was
measured, and how long mutating it took there: no git history or tag is needed.

    .venv/bin/python tools/mutation_baseline.py plan [--budget MINUTES]
        One line per changed module, most important first: "RUN path" while the measured
        minutes fit the budget, then "SKIP path (~N min)"; "UNMEASURED path" for each unchanged
        module that was never measured, and "BELOW path N %" for each unchanged module whose
        measured score is under 90 %. Nothing printed: nothing to do.
    .venv/bin/python tools/mutation_baseline.py write MODULE=MINUTES[:SCORE] ...
        Record the current content of every module; the modules given were just measured
        (tools/mutation.sh MODULE), took that many minutes and scored SCORE % (100 if left out).
        The others keep what was recorded for them (a module never recorded is "not measured").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "docs" / "mutation" / "baseline.json"
PAGE = "desktop/documents/page.py"
# What decides what a person is told or what is posted comes first.
FIRST = ("search", "verdict", "validation", "fields", "postal", "french_dates", "page")


def mutated_modules() -> list[str]:
    """The modules of pyproject.toml's ``[tool.mutmut] only_mutate``, then page.py's constants."""
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    block = text.split("only_mutate = [", 1)[1].split("]", 1)[0]
    return [*re.findall(r'"([^"]+\.py)"', block), PAGE]


def digest(path: str) -> str:
    return hashlib.sha256((ROOT / path).read_bytes()).hexdigest()


def priority(path: str) -> tuple[int, str]:
    name = Path(path).stem
    return (FIRST.index(name) if name in FIRST else len(FIRST), path)


def plan(budget: float) -> list[str]:
    recorded = json.loads(BASELINE.read_text("utf-8"))["modules"]
    changed = [
        path
        for path in mutated_modules()
        if path not in recorded or recorded[path]["sha256"] != digest(path)
    ]
    lines, spent = [], 0.0
    unmeasured = [p for p in mutated_modules() if p not in changed and not recorded[p]["measured"]]
    for path in sorted(changed, key=priority):
        minutes = float(recorded.get(path, {}).get("minutes", budget))
        if spent + minutes <= budget or not lines:  # the most important one always runs
            lines.append(f"RUN {path}")
            spent += minutes
        else:
            lines.append(f"SKIP {path} (~{minutes:g} min)")
    below = [
        f"BELOW {path} {recorded[path]['score']:g} %"
        for path in mutated_modules()
        if path not in changed
        and recorded[path]["measured"]
        and recorded[path].get("score", 100.0) < 90
    ]
    return lines + [f"UNMEASURED {path}" for path in unmeasured] + below


def write(minutes: list[str]) -> None:
    old = json.loads(BASELINE.read_text("utf-8"))["modules"] if BASELINE.exists() else {}
    given = dict(item.split("=", 1) for item in minutes)
    modules = {}
    for path in mutated_modules():
        name = Path(path).stem
        before = old.get(path, {"minutes": 0.0, "measured": False, "sha256": ""})
        if name in given:
            spent, _, score = given[name].partition(":")
            modules[path] = {
                "sha256": digest(path),
                "minutes": float(spent),
                "measured": True,
                "score": float(score or 100),
            }
        else:  # not measured now: keep the content it was measured with
            sha = before["sha256"] if before["measured"] else digest(path)
            modules[path] = {**before, "sha256": sha}
    text = json.dumps({"modules": modules}, indent=2, ensure_ascii=False)
    BASELINE.write_text(text + "\n", "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    plan_parser = commands.add_parser("plan")
    plan_parser.add_argument("--budget", type=float, default=10.0, help="minutes")
    write_parser = commands.add_parser("write")
    write_parser.add_argument("minutes", nargs="*", help="module=minutes")
    args = parser.parse_args()
    if args.command == "plan":
        print("\n".join(plan(args.budget)))
    else:
        write(args.minutes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
