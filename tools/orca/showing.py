"""What Orca is told about the screens: the current one showing, the one just left not.

Run with Debian's /usr/bin/python3 (python3-pyatspi) inside tools/orca/run-with-orca.sh:
    showing.py "QUESTION SHOWN" "QUESTION LEFT"
Each screen is an AT-SPI object named after its question. Exit status 1 (and a line saying
why) when the screen shown is not "showing" and "visible", or the one left still is.
"""

from __future__ import annotations

import sys
import time

import pyatspi  # type: ignore[import-not-found]


def plain(text: str) -> str:
    return " ".join((text or "").replace("\xa0", " ").replace("\u202f", " ").split())


def the_app() -> pyatspi.Accessible:
    for _ in range(50):
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.childCount and "Vigie Mutuelle" in plain(app[0].name):
                return app
        time.sleep(0.1)
    raise SystemExit("showing: the app is not on the accessibility bus")


def screens(node: pyatspi.Accessible, found: dict[str, list[set[str]]], depth: int = 0) -> None:
    if depth > 12:
        return
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is None:
            continue
        if child.getRoleName() == "filler" and child.name:
            states = child.getState()
            flags = {
                name
                for name, state in (
                    ("showing", pyatspi.STATE_SHOWING),
                    ("visible", pyatspi.STATE_VISIBLE),
                )
                if states.contains(state)
            }
            found.setdefault(plain(child.name), []).append(flags)
        screens(child, found, depth + 1)


def main(shown: str, left: str) -> int:
    found: dict[str, list[set[str]]] = {}
    screens(the_app(), found)
    shown, left = plain(shown), plain(left)
    problems = []
    if [flags for flags in found.get(shown, []) if flags >= {"showing", "visible"}] == []:
        problems.append(f"the current screen {shown!r} is not showing: {found.get(shown)}")
    if [flags for flags in found.get(left, []) if flags & {"showing", "visible"}]:
        problems.append(f"the screen left, {left!r}, is still showing: {found.get(left)}")
    if not found.get(left):
        problems.append(f"no screen {left!r} in the tree (built screens: {sorted(found)})")
    for problem in problems:
        print(f"showing: {problem}", file=sys.stderr)
    print(f"showing: {shown!r} showing, {left!r} not" if not problems else "showing: FAILED")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
