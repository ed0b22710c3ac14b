"""Re-apply, one at a time, the deliberate bugs of issue 16 and run the tests meant to catch them.

Usage (from the repository root, in the dev venv):
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/mutation/manual_mutants.py [NAME ...]

Each mutant is one textual replacement in the product code. The file is restored afterwards
(also on Ctrl+C). A mutant whose text is no longer in the code (the rule was rewritten) is
reported as "not applicable": re-write it for the new code. For the printer-state mutant, set
CUPS_SERVER (and VIGIE_CUPS_QUEUE) as .ci/cups.sh prints, or it is not exercised.
Prints one Markdown table row per mutant: killed or SURVIVED, and the tests that failed. Exit
status 1 unless every mutant was killed (CI stage 60-mutation runs it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


CORE = "desktop/core/"
DOCS = "desktop/documents/"
UI = "desktop/ui/"
T_SEARCH = ("tests/core/test_rules_search.py",)
T_VERDICT = ("tests/core/test_rules_verdict.py",)
T_MONTH = ("tests/core/test_rules_one_month.py",)
T_FIELDS = ("tests/core/test_rules_fields.py",)
T_PAGE = ("tests/documents/test_rules_page.py",)
T_DOCS = ("tests/documents/test_rules_documents.py",)
T_PRINT = ("tests/ui/test_rules_printing.py",)
T_WINDOW = ("tests/ui/test_rules_window.py",)

MUTANTS = (
    Mutant(
        "search: one typed word may be missing from the name",
        CORE + "search.py",
        "return 0.0  # every meaningful word typed must be found",
        "continue",
        T_SEARCH,
    ),
    Mutant(
        "search: prefix score 0.75 -> 0.95",
        CORE + "search.py",
        "PREFIX_SCORE = 0.75",
        "PREFIX_SCORE = 0.95",
        T_SEARCH,
    ),
    Mutant(
        "verdict: group named in Feb 2024 counted as strong",
        CORE + "verdict.py",
        'if strongest.kind == "insurer_notice" or is_confirmed_by_several(strongest):',
        'if strongest.kind in ("insurer_notice", "group_2024") or is_confirmed_by_several(strongest):',
        T_VERDICT,
    ),
    Mutant(
        "verdict: group named in Feb 2024 among the strong kinds",
        CORE + "verdict.py",
        'STRONG_KINDS = ("insurer_notice", "press_2024", "named_by_insurer_2024")',
        'STRONG_KINDS = ("insurer_notice", "press_2024", "named_by_insurer_2024", "group_2024")',
        T_VERDICT,
    ),
    Mutant(
        "verdict: current and former combined with max",
        CORE + "verdict.py",
        "outcome = min(outcomes or [UNKNOWN], key=OUTCOME_RANK.index)",
        "outcome = max(outcomes or [UNKNOWN], key=OUTCOME_RANK.index)",
        T_VERDICT,
    ),
    Mutant(
        "result sheet: no verdict headline",
        DOCS + "resultat.py",
        "        para(verdict.headline, styles.heading),\n",
        "",
        T_DOCS,
    ),
    Mutant(
        "one-month: CNIL allowed on the deadline day",
        CORE + "validation.py",
        "if letter_date(answers, today) <= deadline:",
        "if letter_date(answers, today) < deadline:",
        T_MONTH,
    ),
    Mutant(
        "one-month: deadline = sent + 30 days",
        CORE + "validation.py",
        "return add_one_month(sent + dt.timedelta(days=POST_DAYS))",
        "return sent + dt.timedelta(days=30)",
        T_MONTH,
    ),
    Mutant(
        "one-month: month counted as 30 days after the post",
        CORE + "validation.py",
        "return add_one_month(sent + dt.timedelta(days=POST_DAYS))",
        "return sent + dt.timedelta(days=POST_DAYS + 30)",
        T_MONTH,
    ),
    Mutant(
        "one-month: no days for the post (month from sending)",
        CORE + "validation.py",
        "return add_one_month(sent + dt.timedelta(days=POST_DAYS))",
        "return add_one_month(sent)",
        T_MONTH,
    ),
    Mutant(
        "one-month: delay compared with today",
        CORE + "validation.py",
        "if letter_date(answers, today) <= deadline:",
        "if today <= deadline:",
        T_MONTH,
    ),
    Mutant(
        "plan: CNIL step dated at the start",
        DOCS + "plan_demarches.py",
        "cnil_from = reply_deadline(start)",
        "cnil_from = start",
        T_DOCS,
    ),
    Mutant(
        "plan: CNIL step one month after sending (no days for the post)",
        DOCS + "plan_demarches.py",
        "cnil_from = reply_deadline(start)",
        "cnil_from = reply_deadline(start - dt.timedelta(days=POST_DAYS))",
        T_DOCS,
    ),
    Mutant(
        "NIR: temporary numbers (7/8) not flagged",
        CORE + "fields.py",
        'if value[0] in "78" and len(value) == 15:',
        'if False and value[0] in "78" and len(value) == 15:',
        T_FIELDS,
    ),
    Mutant(
        "postcodes: 96xxx and 99xxx accepted",
        CORE + "fields.py",
        ' or value[:2] == "96" or value[:2] == "99"',
        "",
        T_FIELDS,
    ),
    Mutant(
        "page: fold marks at 110/220 mm",
        DOCS + "page.py",
        "FOLDS_FROM_TOP = (99 * mm, 198 * mm)",
        "FOLDS_FROM_TOP = (110 * mm, 220 * mm)",
        T_PAGE,
    ),
    Mutant(
        "page: checklists in 12 pt",
        DOCS + "page.py",
        "SHEET_SIZE = 16.0",
        "SHEET_SIZE = 12.0",
        T_PAGE,
    ),
    Mutant(
        "page: 'Page 1 sur 1' on one-page documents",
        DOCS + "page.py",
        'if state["_vm_numbered"] and total > 1:',
        'if state["_vm_numbered"] and total >= 1:',
        T_PAGE,
    ),
    Mutant(
        "page: the page to keep numbered like the letter",
        DOCS + "page.py",
        '"_vm_numbered": not self.vm_unnumbered',
        '"_vm_numbered": True',
        T_PAGE,
    ),
    Mutant(
        "printing: 300 dpi cap removed",
        UI + "printing.py",
        "    printer.setResolution(min(printer.resolution(), MAX_PRINT_DPI))\n",
        "",
        T_PRINT,
    ),
    Mutant(
        "printing: landscape pages not turned",
        UI + "printing.py",
        "turn = landscape_page and portrait_paper",
        "turn = False",
        T_PRINT,
    ),
    Mutant(
        "printing: page range from the dialog ignored",
        UI + "printing.py",
        '    """The pages to print, honouring a page range chosen in the dialog."""\n',
        '    """The pages to print, honouring a page range chosen in the dialog."""\n'
        "    return list(range(count))\n",
        T_PRINT,
    ),
    Mutant(
        "printing: stopped check always 'not stopped'",
        UI + "printing.py",
        "    return info.isNull() or info.state() in (QPrinter.PrinterState.Error,)",
        "    return False",
        (*T_PRINT, "tests/ui/test_printing.py"),
    ),
    Mutant(
        "window: closing does not forget the person",
        UI + "wizard.py",
        "        self.context.forget_person()\n        super().closeEvent(event)",
        "        super().closeEvent(event)",
        T_WINDOW,
    ),
    Mutant(
        "window: Escape does not go back",
        UI + "wizard.py",
        "if key == Qt.Key.Key_Escape and self.back_button.isVisible():",
        "if False:",
        T_WINDOW,
    ),
)


def failed_tests(output: str) -> list[str]:
    """``file::test`` (parameters left out, each once) from pytest's "FAILED ... - reason"."""
    names = [
        line.removeprefix("FAILED ").split(" - ", 1)[0].split("[", 1)[0]
        for line in output.splitlines()
        if line.startswith("FAILED ")
    ]
    return list(dict.fromkeys(name.removeprefix("tests/") for name in names))


def run(mutant: Mutant) -> str:
    path = ROOT / mutant.path
    original = path.read_text(encoding="utf-8")
    if original.count(mutant.old) != 1:
        return f"| {mutant.name} | not applicable (code changed) | |"
    try:
        path.write_text(original.replace(mutant.old, mutant.new), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfE", *mutant.tests],
            cwd=ROOT,
            env={**os.environ, "COLUMNS": "1000"},  # pytest cuts summary lines to the width
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        path.write_text(original, encoding="utf-8")
    failed = failed_tests(done.stdout)
    if done.returncode == 0:
        return f"| {mutant.name} | SURVIVED | {', '.join(mutant.tests)} |"
    if not failed:
        return f"| {mutant.name} | error | {done.stdout.strip().splitlines()[-1]} |"
    return f"| {mutant.name} | killed | {'<br>'.join(f'`{name}`' for name in failed)} |"


def main(names: list[str]) -> int:
    chosen = [m for m in MUTANTS if not names or any(n in m.name for n in names)]
    print("| Change | Result | Failing tests |\n|---|---|---|")
    not_killed = 0
    for mutant in chosen:
        row = run(mutant)
        not_killed += "| killed |" not in row  # survived, not applicable or error
        print(row, flush=True)
    return 1 if not_killed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
