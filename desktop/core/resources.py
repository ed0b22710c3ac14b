"""Find the ``resources/`` folder: one rule in a checkout, an installed wheel and a frozen bundle.

The folder is the ``vigie_resources`` package (``setup.py`` maps ``resources/`` to that name):
an editable install finds it in the checkout, a wheel installs it into site-packages, and
``build.spec`` puts it into the PyInstaller bundle under the same name. Nothing is ever written
there: an installed copy may be read-only.
"""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path

PACKAGE = "vigie_resources"


def resource_root() -> Path:
    """Return the folder that holds ``data/``, ``fonts/`` and ``icons/``."""
    try:
        return Path(str(importlib_resources.files(PACKAGE)))
    except ModuleNotFoundError:  # a checkout used without `pip install -e .`
        return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one file inside ``resources/``, e.g. ``resource_path("data", "insurers.json")``."""
    return resource_root().joinpath(*parts)
