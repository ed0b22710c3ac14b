"""Find the ``resources/`` folder: one rule in a checkout, an installed wheel and a frozen bundle.

The folder is the ``vigie_resources`` package (``setup.py`` maps ``resources/`` to that name):
an editable install finds it in the checkout, a wheel installs it into site-packages, and
``build.spec`` puts it into the PyInstaller bundle under the same name. Nothing is ever written
there: an installed copy may be read-only. ``importlib.util`` is already loaded at start-up,
unlike ``importlib.resources`` (15 to 35 ms to import).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

PACKAGE = "vigie_resources"


def resource_root() -> Path:
    """Return the folder that holds ``data/``, ``fonts/`` and ``icons/``."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    # A checkout used without `pip install -e .`:
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one file inside ``resources/``, e.g. ``resource_path("data", "insurers.json")``."""
    return resource_root().joinpath(*parts)
