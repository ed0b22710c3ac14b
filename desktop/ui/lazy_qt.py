"""``Qt``, the namespace of Qt's enums, made the first time code names one of them.

PySide6 creates every enum class of the ``Qt`` namespace (about 115 of them, some 17 ms of CPU)
the moment ``from PySide6.QtCore import Qt`` runs, or the moment a Qt call returns one of its
enums. The modules on the way to the first window import the stand-in below instead:
``Qt.Key.Key_Return`` reads the same, and the real namespace is made when code that runs later
(a key press, another screen) first names one of its enums. What runs before the first window
is shown sets such enums by their names, through Qt's properties (:func:`set_enum`).
``tests/test_startup_imports.py`` checks that the namespace is not made before the first window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, Qt
else:

    class _Namespace:
        """Looks each name up in the real ``Qt`` once, then keeps it."""

        def __getattr__(self, name: str) -> Any:
            from PySide6 import QtCore

            value = getattr(QtCore.Qt, name)
            setattr(self, name, value)
            return value

    Qt = _Namespace()

__all__ = ["Qt", "set_enum"]


def set_enum(target: QObject, name: str, key: str) -> None:
    """Set an enum property by its key, ``set_enum(label, "textFormat", "PlainText")``: Qt
    reads the key itself, so the ``Qt`` namespace is not needed. A misspelled property or key
    raises (Qt only returns False)."""
    if not target.setProperty(name, key):
        raise ValueError(f"{type(target).__name__}: {name} = {key!r} refused by Qt")
