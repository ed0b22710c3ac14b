"""``vigie-mutuelle render KIND --answers FILE.json --out FILE.pdf``.

Bad answers: exit status 2, one French line per problem on stderr, no traceback, and no file
written, not even a partial one. The PDF comes from the same ``render`` as in the window.
"""

from __future__ import annotations

import sys

from desktop.commands.safe_io import out_problem, shown, write_pdf
from desktop.core.answers import AnswersFormatError
from desktop.core.answers_file import read_answers_file
from desktop.core.validation import InvalidAnswers

BAD_INPUT = 2


def _fail(lines: list[str]) -> int:
    for line in lines:
        print(shown(line), file=sys.stderr)
    return BAD_INPUT


def run_render(kind: str, answers_file: str, out_file: str, *, force: bool = False) -> int:
    from desktop.documents import KINDS, render

    if kind not in KINDS:
        return _fail([f"Document inconnu « {kind} ». Choisissez parmi : {', '.join(KINDS)}."])
    refused = out_problem(out_file, force=force)
    if refused:
        return _fail([refused])
    try:
        answers = read_answers_file(answers_file)
        data = render(kind, answers)
    except AnswersFormatError as error:
        return _fail([str(error)])
    except InvalidAnswers as error:
        return _fail([f"{problem.field} : {problem.message}" for problem in error.problems])
    refused = write_pdf(out_file, data, force=force)
    if refused:
        return _fail([refused])
    print(shown(f"Document écrit : {out_file}"))
    return 0
