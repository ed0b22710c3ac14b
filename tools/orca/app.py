"""The real window for the Orca check: the personal details are filled in advance (typing a
whole identity by keyboard under Orca would take minutes); the check itself (has a mutuelle,
its name, the card...) starts empty and is answered by keyboard."""

from __future__ import annotations

import sys

from desktop.commands.samples import sample_answers
from desktop.core.answers import CheckAnswers
from desktop.ui.main import build_window


def main() -> int:
    window = build_window(sys.argv, remember_zoom=False)
    answers = sample_answers()
    answers.check = CheckAnswers()
    window.context.answers = answers
    window.resize(1024, 768)
    window.show()
    return window.zoom.app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
