"""French spacing of what the window shows, found by mutation testing (mutmut survivors)."""

from __future__ import annotations

import pytest

from desktop.core.french_text import NBSP, french_spacing


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("« Retour »", f"«{NBSP}Retour{NBSP}»"),
        ("«   Retour   »", f"«{NBSP}Retour{NBSP}»"),
        ("Vraiment ?", f"Vraiment{NBSP}?"),
        ("Attention !", f"Attention{NBSP}!"),
        ("Note : ceci ; cela", f"Note{NBSP}: ceci{NBSP}; cela"),
        ("100 %", f"100{NBSP}%"),
        ("Sans espace: ici?", "Sans espace: ici?"),
        ("Rien à changer.", "Rien à changer."),
        ("", ""),
    ],
)
def test_no_line_break_inside_quotes_or_before_punctuation(typed: str, shown: str) -> None:
    assert french_spacing(typed) == shown
