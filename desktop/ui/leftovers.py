"""Remove what killed saves left behind, once the window is shown (see ``remove_leftovers``)."""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths as Paths

from desktop.core.files import remove_leftovers


def clean_leftovers() -> None:
    """Remove what killed saves left in the usual places."""
    for location in (Paths.StandardLocation.DocumentsLocation, Paths.StandardLocation.HomeLocation):
        folder = Paths.writableLocation(location)
        if folder:
            remove_leftovers(folder)
