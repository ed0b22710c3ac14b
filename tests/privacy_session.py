"""A whole session through the real window, run as its own process by test_privacy.py.

It answers the check, chooses the insurer letter, types a distinctive person (name, NIR,
address, a family member) into the detail screens, previews the letter, saves it once on
purpose through Qt's real save dialog (accepted programmatically, in a folder the person made
and named after themselves, ~/Documents/Dossier <name>), changes the text size, and quits.
Usage: python tests/privacy_session.py PERSON.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop.ui.main import build_window
from desktop.ui.printing import SystemDialogs
from desktop.ui.widgets import ChoiceGroup


def click(widget) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    for char in text:  # like a keyboard; QTest has keys for ASCII only
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, field, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def accept_real_save_dialog(folder: Path, accepted: list[str]) -> None:
    """When Qt's save dialog shows, go into ``folder`` and accept the proposed name there."""

    def attempt() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        shown = [dialog for dialog in dialogs if dialog.isVisible()]
        if not shown:
            QTimer.singleShot(20, attempt)
            return
        dialog = shown[0]
        name = Path(dialog.selectedFiles()[0]).name  # the proposed name, kept
        dialog.setDirectory(str(folder))  # the person goes into their folder
        dialog.selectFile(str(folder / name))
        accepted.append(name)
        dialog.accept()

    QTimer.singleShot(20, attempt)


def main() -> int:
    person: dict[str, str] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    window = build_window(remember_zoom=True)
    window.resize(1024, 768)
    window.show()

    def go_on() -> None:
        click(window.continue_button)
        QApplication.processEvents()

    def choose(value: str) -> None:
        click(window.current.findChild(ChoiceGroup).buttons[value])

    go_on()  # Commencer
    choose("oui")
    go_on()
    type_into(window.current.field, "mutuelle generale")
    click(window.current.suggestions.buttons["slot0"])
    go_on()
    choose("almerys")
    go_on()
    choose("non")
    go_on()  # result
    go_on()  # next steps
    go_on()  # did the mutuelle warn her?
    choose("non")
    go_on()  # documents
    click(window.current.buttons["lettre-mutuelle"])
    go_on()
    while window.current.page_id != "ready":
        page = window.current
        if page.page_id == "family" and not window.context.answers.family:
            click(page.add_button)
        for path, row in getattr(page, "rows", {}).items():  # the review screen has none
            if row.isVisibleTo(page) and path in person:
                type_into(row.field, person[path])
        before = page.page_id
        go_on()
        if window.current.page_id == before:
            print("blocked on", before, page.problems(), file=sys.stderr)
            return 1
    click(window.current.view_buttons["lettre-mutuelle"])
    preview = window.current
    assert preview.page_id == "preview", preview.page_id
    folder = Path.home() / "Documents" / f"Dossier {person['person.last_name']}"
    folder.mkdir(parents=True)
    accepted: list[str] = []
    preview.dialogs = SystemDialogs(preview)  # Qt's real save dialog
    accept_real_save_dialog(folder, accepted)
    click(preview.save_button)
    QApplication.processEvents()
    assert accepted, "the save dialog never appeared"
    window.zoom.bigger()  # a comfort setting, the only thing meant to persist
    window.close()
    QApplication.processEvents()
    saved = sorted(str(p) for p in (Path.home() / "Documents").rglob("*.pdf"))
    print(json.dumps({"saved": saved}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
