"""The README's table of evidence counts, made from resources/data/insurers.json.

    python tools/evidence_table.py          # print the table
    python tools/evidence_table.py --write  # put it into README.md between its markers

tests/core/test_import.py fails when the README's table differs from the data.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.catalog import EVIDENCE_KINDS, Catalog, load_catalog  # noqa: E402
from desktop.core.verdict import insurer_outcome  # noqa: E402

README = ROOT / "README.md"
START, END = "<!-- evidence-table -->", "<!-- /evidence-table -->"
KIND_TEXT = {
    "insurer_notice": "the insurer's own notice to its members (Feb 2024)",
    "press_2024": "named by the press as a client (Feb 2024)",
    "named_by_insurer_2024": "named as a client on another mutuelle's notice (Feb 2024)",
    "group_2024": "its group named as a client (Feb 2024)",
    "insurer_page": "its own page names an operator, not explicitly",
    "operator_list_later": "a later client list (2024 figures, Oct 2026 portal list)",
    "white_label": "a white-label portal supplied by Viamedis (Oxantis)",
    "undated_page": "an undated, probably old page of its own",
    "old_test_data": "2016–2019 test data (Cegedim fixture)",
    "insurer_says_not_affected": "says its members were not affected",
}
OUTCOME_TEXT = {
    "probable": "probablement",
    "press": "cité dans la presse, pas confirmé",
    "possible": "peut-être",
    "unknown": "nous ne savons pas",
}


def table(catalog: Catalog) -> str:
    """Insurers counted by their strongest evidence, and the verdict each count leads to."""
    rows: Counter[tuple[str, str]] = Counter()
    by_operator: Counter[tuple[str, str, str]] = Counter()
    for insurer in catalog.insurers:
        key = (insurer.strongest.kind, insurer_outcome(insurer))
        rows[key] += 1
        for op in insurer.operators:
            by_operator[(*key, op)] += 1
    lines = [
        "| strongest evidence | verdict shown | insurers | Viamedis | Almerys |",
        "|---|---|---:|---:|---:|",
    ]
    for kind, outcome in sorted(rows, key=lambda k: (EVIDENCE_KINDS.index(k[0]), k[1])):
        lines.append(
            f"| {KIND_TEXT[kind]} | {OUTCOME_TEXT[outcome]} | {rows[(kind, outcome)]} | "
            f"{by_operator[(kind, outcome, 'viamedis')]} | {by_operator[(kind, outcome, 'almerys')]} |"
        )
    lines.append(f"| **all** | | **{len(catalog.insurers)}** | | |")
    return "\n".join(lines)


def with_table(readme: str, catalog: Catalog) -> str:
    before, rest = readme.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{table(catalog)}\n{END}{after}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update README.md in place")
    args = parser.parse_args()
    catalog = load_catalog()
    if args.write:
        README.write_text(with_table(README.read_text(encoding="utf-8"), catalog), "utf-8")
        print(f"updated {README}")
    else:
        print(table(catalog))
    return 0


if __name__ == "__main__":
    sys.exit(main())
