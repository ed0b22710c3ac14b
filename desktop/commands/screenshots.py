"""``vigie-mutuelle screenshots DIR``: a PNG of every screen, filled with sample answers."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.commands.safe_io import fail, shown
from desktop.commands.samples import fill_with_samples

WINDOW_SIZE = "1024x768"
ZOOMS = range(100, 201)


def parse_size(text: str) -> tuple[int, int] | None:
    """``800x600`` -> (800, 600); None when it is not two numbers."""
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) != 2 or not all(part.strip().isdigit() for part in parts):
        return None
    return int(parts[0]), int(parts[1])


def folder_problem(out: Path) -> str:
    """Why the images cannot go into ``out`` (French), or ``""``; the folder is made if needed."""
    if out.exists() and not out.is_dir():
        return f"« {out} » existe et n'est pas un dossier : donnez le nom d'un dossier."
    try:
        out.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError):
        return f"Impossible de créer le dossier « {out} »."
    if not os.access(out, os.W_OK | os.X_OK):
        return f"Impossible d'écrire dans le dossier « {out} » : il est protégé."
    return ""


def run_screenshots(
    folder: str, zoom_percent: int, size: str = WINDOW_SIZE, *, high_contrast: bool = False
) -> int:
    if zoom_percent not in ZOOMS:
        return fail("--zoom : donnez une taille entre 100 et 200.")
    window_size = parse_size(size)
    if window_size is None:
        return fail(f"--size : taille de fenêtre incomprise ({size}) ; exemple : 800x600.")
    out = Path(folder)
    problem = folder_problem(out)
    if problem:
        return fail(problem)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.main import build_window

    window = build_window(remember_zoom=False)
    window.zoom.set_factor(zoom_percent / 100)
    window.zoom.set_high_contrast(high_contrast)
    fill_with_samples(window.context)
    window.resize(*window_size)
    window.show()
    app = window.zoom.app
    for number, page_id in enumerate(window.pages, 1):
        window.show_page(page_id, remember=page_id != "welcome")
        app.processEvents()
        look = "-contrast" if high_contrast else ""
        name = f"{number:02d}-{page_id}-{zoom_percent}-{window_size[0]}x{window_size[1]}{look}"
        path = out / f"{name}.png"
        if path.is_symlink() or not window.grab().save(str(path)):
            window.close()
            return fail(f"Impossible d'écrire l'image « {path} ».")
        print(shown(str(path)))
    window.close()
    return 0
