"""Qt's real save dialog leaves no trace of where the person went in QtProject.conf (shared by
every Qt application): a file that did not exist is gone again, an existing one is put back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.ui import saving
from tests.privacy_session import accept_real_save_dialog

OTHER_APP = "file:///home/quelquun/Images"


def save_into_a_named_folder(tmp_path: Path, qtbot) -> str | None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "Dossier Xanthopoulou"
    folder.mkdir()
    accepted: list[str] = []
    accept_real_save_dialog(folder, accepted)
    chosen = saving.ask_save_path(None, str(tmp_path / "lettre.pdf"))
    assert accepted == ["lettre.pdf"]
    return chosen


def shared_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, saving.QT_SHARED_SETTINGS)


def test_no_qtproject_file_is_left(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = Path(shared_settings().fileName())
    assert not path.exists()
    chosen = save_into_a_named_folder(tmp_path, qtbot)
    assert chosen and chosen.endswith("Dossier Xanthopoulou/lettre.pdf")
    assert not path.exists()


def test_an_existing_qtproject_file_is_put_back(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = shared_settings()
    settings.setValue("FileDialog/history", [OTHER_APP])
    settings.setValue("FileDialog/lastVisited", OTHER_APP)
    settings.setValue("Other/kept", "oui")
    settings.sync()
    path = Path(settings.fileName())
    del settings
    assert save_into_a_named_folder(tmp_path, qtbot)
    text = path.read_text(encoding="utf-8")
    assert "Xanthopoulou" not in text
    after = shared_settings()
    assert after.value("FileDialog/history") in ([OTHER_APP], OTHER_APP)
    assert after.value("FileDialog/lastVisited") == OTHER_APP
    assert after.value("Other/kept") == "oui"
