"""A paste longer than the field is not cut in silence: the field says how long the paste was
and how much was kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

LONG = "Dupont-Moretti de la Grande Maison " * 15  # 525 characters


def test_a_long_paste_says_what_was_cut(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.context.documents = ["lettre-mutuelle"]
    window.show_page("identity")
    row = window.current.rows["person.last_name"]
    QGuiApplication.clipboard().setText(LONG)
    row.field.setFocus()
    qtbot.keyClick(row.field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    kept = row.field.maxLength()
    assert row.field.text() == LONG[:kept]
    assert row.error.isVisible()
    assert f"({len(LONG)} caractères)" in row.error.text()
    assert f"seuls les {kept} premiers" in row.error.text()
    assert "525" in row.field.accessibleDescription()  # heard too


def test_a_short_paste_and_typing_say_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.context.documents = ["lettre-mutuelle"]
    window.show_page("identity")
    row = window.current.rows["person.last_name"]
    QGuiApplication.clipboard().setText("Dupont")
    row.field.setFocus()
    qtbot.keyClick(row.field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(row.field, "x" * 10)
    assert row.field.text() == "Dupont" + "x" * 10
    assert not row.error.isVisible()
