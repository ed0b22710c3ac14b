"""A process that saves a letter again and again through the app's real save path
(``saving.save_pdf`` with the save dialog accepted as proposed), for the fault tests.

Usage: python tests/faults/saver.py FOLDER COUNT MARKER [named]
Prints ``ready`` first, then one JSON line per save: {"path": ..., "marker": ...}.
``named`` turns anonymous temporary files off (systems without O_TMPFILE).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from desktop.core import files
from desktop.ui import saving
from desktop.ui.printing import AutomaticDialogs

SIZE = 4_000_000  # big enough that a write takes a while, so kills land inside it


def letter(marker: str) -> bytes:
    head = f"%PDF-1.7 Lettre de Xanthopoulou {marker}\n".encode()
    return head + b"0123456789abcdef" * (SIZE // 16) + b"\n%%EOF\n"


def main() -> int:
    folder, count, marker = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if "named" in sys.argv[4:]:
        files._O_TMPFILE = 0  # type: ignore[attr-defined]
    data = letter(marker)
    print("ready", flush=True)
    for _ in range(count):
        default = saving.default_save_path("Lettre à ma mutuelle", dt.date(2026, 3, 1), folder)
        result = saving.save_pdf(data, default, AutomaticDialogs())
        print(json.dumps({"path": result.path, "outcome": result.outcome.value}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
