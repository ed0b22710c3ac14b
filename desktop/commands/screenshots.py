"""``vigie-mutuelle screenshots DIR``: a PNG of every screen, filled with sample answers."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.answers import CheckAnswers

# Sample answers that reach every screen; each screen is shown after these are set.
SAMPLE_CHECK = CheckAnswers(
    has_mutuelle="oui",
    insurer_id="la-mutuelle-generale",
    insurer_typed="mutuelle generale",
    card_reading="almerys",
    had_former_insurer="oui",
    former_insurer_id="mutami",
    former_insurer_typed="mutami",
)
WINDOW_SIZE = (1024, 768)


def run_screenshots(folder: str, zoom_percent: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.main import build_window

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    window = build_window(remember_zoom=False)
    window.zoom.set_factor(zoom_percent / 100)
    window.context.answers.check = SAMPLE_CHECK
    window.resize(*WINDOW_SIZE)
    window.show()
    app = window.zoom.app
    for number, page_id in enumerate(window.pages, 1):
        window.show_page(page_id, remember=page_id != "welcome")
        app.processEvents()
        path = out / f"{number:02d}-{page_id}-{zoom_percent}.png"
        if not window.grab().save(str(path)):
            print(f"Impossible d'écrire {path}")
            return 1
        print(path)
    window.close()
    return 0
