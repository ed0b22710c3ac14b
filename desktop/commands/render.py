"""``vigie-mutuelle render KIND --answers FILE.json --out FILE.pdf``.

Bad answers: exit status 2, one French line per problem on stderr, no traceback, and no file
written, not even a partial one. The PDF comes from the same ``render`` as in the window.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.core.answers import Answers, AnswersFormatError
from desktop.core.files import write_atomically
from desktop.core.validation import InvalidAnswers

BAD_INPUT = 2


def _fail(lines: list[str]) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return BAD_INPUT


def run_render(kind: str, answers_file: str, out_file: str) -> int:
    from desktop.documents import KINDS, render

    if kind not in KINDS:
        return _fail([f"Document inconnu « {kind} ». Choisissez parmi : {', '.join(KINDS)}."])
    try:
        raw = json.loads(Path(answers_file).read_text(encoding="utf-8"))
    except OSError:
        return _fail([f"Impossible de lire le fichier de réponses « {answers_file} »."])
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        where = f" (ligne {error.lineno})" if isinstance(error, json.JSONDecodeError) else ""
        return _fail([f"Le fichier de réponses n'est pas du JSON valide{where}."])
    try:
        answers = Answers.from_dict(raw)
        data = render(kind, answers)
    except AnswersFormatError as error:
        return _fail([str(error)])
    except InvalidAnswers as error:
        return _fail([f"{problem.field} : {problem.message}" for problem in error.problems])
    out = Path(out_file)
    try:
        write_atomically(out, data)
    except OSError:
        return _fail([f"Impossible d'écrire « {out_file} » : vérifiez le dossier choisi."])
    print(f"Document écrit : {out}")
    return 0
