"""An unexpected error shows a kind French message and keeps the app and the answers alive."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from desktop.ui import errors
from tests.ui.helpers import choose, press_continue


def test_error_in_a_slot_shows_a_kind_message_and_keeps_answers(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    previous = errors.install_error_hook(lambda: shown.append(errors.MESSAGE))
    try:
        press_continue(qtbot, window)
        choose(qtbot, window, "oui")

        def broken() -> str:
            raise RuntimeError("Dupont 1 48 02 42 218 004 22")  # personal data in the error

        monkeypatch.setattr(window.current, "next_page", broken)
        with qtbot.capture_exceptions() as captured:
            qtbot.mouseClick(window.continue_button, Qt.MouseButton.LeftButton)
        for kind, error, tb in captured:
            sys.excepthook(kind, error, tb)
    finally:
        sys.excepthook = previous
    assert shown == [errors.MESSAGE]
    assert "Vos réponses sont toujours là" in shown[0]
    assert "Dupont" not in shown[0] and "Traceback" not in shown[0]
    assert window.isVisible()
    assert window.current.page_id == "has_mutuelle"
    assert window.current.choice.value() == "oui"


def test_hook_replaces_and_restores_excepthook() -> None:
    original = sys.excepthook
    previous = errors.install_error_hook(lambda: None)
    assert sys.excepthook is not original and previous is original
    sys.excepthook = previous
