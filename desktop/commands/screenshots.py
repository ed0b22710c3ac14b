"""``vigie-mutuelle screenshots DIR``: a PNG of every screen, filled with sample answers."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.commands.samples import fill_with_samples

WINDOW_SIZE = "1024x768"


def parse_size(text: str) -> tuple[int, int] | None:
    """``800x600`` -> (800, 600); None when it is not two numbers."""
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) != 2 or not all(part.strip().isdigit() for part in parts):
        return None
    return int(parts[0]), int(parts[1])


def run_screenshots(folder: str, zoom_percent: int, size: str = WINDOW_SIZE) -> int:
    window_size = parse_size(size)
    if window_size is None:
        print(f"Taille de fenêtre incomprise : {size} (exemple : 800x600)")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.main import build_window

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    window = build_window(remember_zoom=False)
    window.zoom.set_factor(zoom_percent / 100)
    fill_with_samples(window.context)
    window.resize(*window_size)
    window.show()
    app = window.zoom.app
    for number, page_id in enumerate(window.pages, 1):
        window.show_page(page_id, remember=page_id != "welcome")
        app.processEvents()
        path = out / f"{number:02d}-{page_id}-{zoom_percent}-{window_size[0]}x{window_size[1]}.png"
        if not window.grab().save(str(path)):
            print(f"Impossible d'écrire {path}")
            return 1
        print(path)
    window.close()
    return 0
