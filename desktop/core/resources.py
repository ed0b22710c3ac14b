"""Find the ``resources/`` folder from a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """Return the folder that holds ``data/``, ``fonts/`` and ``icons/``."""
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if bundle_dir:  # PyInstaller bundle
        return Path(bundle_dir) / "resources"
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if (checkout / "data").is_dir():
        return checkout
    from importlib import resources as importlib_resources  # slow to import: not in a checkout

    installed = importlib_resources.files("vigie_resources")
    return Path(str(installed))


def resource_path(*parts: str) -> Path:
    """Path of one file inside ``resources/``, e.g. ``resource_path("data", "insurers.json")``."""
    return resource_root().joinpath(*parts)
