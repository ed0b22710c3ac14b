"""Saving from the preview screen: a clear name in Documents, written whole or not at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from desktop.core.files import write_atomically
from desktop.ui import saving
from desktop.ui.saving import default_save_path, file_title
from tests.ui.test_preview import open_preview, said


@pytest.fixture(autouse=True)
def own_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Each test has its own home, so its own (real, QStandardPaths) Documents folder."""
    home = tmp_path / "maison"
    (home / "Documents").mkdir(parents=True)  # as on a usual computer
    monkeypatch.setenv("HOME", str(home))
    return home


def documents() -> Path:
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location))


def test_saves_in_documents_with_a_clear_name(window, click, own_home) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    click(page.save_button)
    expected = documents() / "Lettre à ma mutuelle - 25-11-2026.pdf"
    assert documents() == own_home / "Documents"
    assert page.dialogs.asked_save == [str(expected)]  # the dialog is pre-filled with it
    assert expected.read_bytes() == page.pdf  # the very bytes that were previewed
    person = window.context.answers.person
    assert person.last_name not in expected.name and person.first_name not in expected.name
    assert said(page).splitlines() == [
        "Le document est enregistré.",
        f"Dans le dossier : {documents()}",
        f"Sous le nom : {expected.name}",
    ]
    assert all(line.property("role") == "subheading" for line in page.message.lines)
    assert sorted(p.name for p in documents().iterdir()) == [expected.name]  # no temp left


def test_a_second_save_does_not_overwrite_the_first(window, click) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    click(page.save_button)
    click(page.save_button)
    names = sorted(p.name for p in documents().iterdir())
    assert names == [
        "Lettre à ma mutuelle - 25-11-2026 (2).pdf",
        "Lettre à ma mutuelle - 25-11-2026.pdf",
    ]


def test_cancel_saves_nothing(window, click, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    page.dialogs.save_to = None
    before = sorted(documents().iterdir()) if documents().exists() else []
    click(page.save_button)
    assert said(page).startswith("Rien n'a été enregistré.")
    assert (sorted(documents().iterdir()) if documents().exists() else []) == before


@pytest.mark.parametrize("where", ["file-as-folder", "read-only-system"])
def test_an_unwritable_folder_offers_another(window, click, tmp_path, where: str) -> None:  # type: ignore[no-untyped-def]
    if where == "file-as-folder":
        blocker = tmp_path / "pas-un-dossier"
        blocker.write_text("un fichier, pas un dossier")
        bad = blocker / "lettre.pdf"
    else:
        bad = Path("/proc/vigie-mutuelle-lettre.pdf")  # read-only even for root
    page = open_preview(window)
    page.dialogs.save_to = str(bad)
    answers_before = window.context.answers.to_dict()
    click(page.save_button)
    assert said(page).startswith("Impossible d'enregistrer dans ce dossier.")
    assert page.message.detail  # the system's reason is kept for a bug report, not shown
    assert not bad.exists()
    assert window.context.answers.to_dict() == answers_before
    [another] = page.message.actions
    assert another.text() == "Choisir un autre dossier"
    assert window.focusWidget() is another
    good = tmp_path / "ailleurs.pdf"
    page.dialogs.save_to = str(good)
    click(another)
    assert good.read_bytes() == page.pdf
    assert said(page).startswith("Le document est enregistré.")
    assert page.dialogs.asked_save[-1].startswith(str(documents()))


def test_pdf_is_added_to_a_name_typed_without_it(window, click, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_preview(window)
    page.dialogs.save_to = str(tmp_path / "ma lettre")
    click(page.save_button)
    assert (tmp_path / "ma lettre.pdf").read_bytes() == page.pdf


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(own_home, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = own_home / "lettre.pdf"
    target.write_bytes(b"%PDF ancienne version")

    def full_disk(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full_disk)
    with pytest.raises(OSError):
        write_atomically(str(target), b"%PDF nouvelle version")
    assert target.read_bytes() == b"%PDF ancienne version"
    monkeypatch.undo()
    write_atomically(str(target), b"%PDF nouvelle")
    assert target.read_bytes() == b"%PDF nouvelle"
    assert sorted(p.name for p in own_home.iterdir() if p.is_file()) == ["lettre.pdf"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Lettre à ma mutuelle (mes données)", "Lettre à ma mutuelle"),
        ("Plainte à la CNIL (sans réponse de la mutuelle)", "Plainte à la CNIL"),
        ('Appels : "faux" conseillers / banque ?', "Appels - -faux- conseillers - banque -"),
        ("(rien)", "Document"),
    ],
)
def test_file_titles_are_short_and_safe(title: str, expected: str) -> None:
    assert file_title(title) == expected


def test_default_path_in_a_missing_documents_folder(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    documents, home = tmp_path / "Documents", tmp_path / "home"
    home.mkdir()
    where = {
        saving.Paths.StandardLocation.DocumentsLocation: documents,
        saving.Paths.StandardLocation.HomeLocation: home,
    }
    monkeypatch.setattr(saving.Paths, "writableLocation", lambda location: str(where[location]))
    path = default_save_path("Fiche anti-arnaques", dt.date(2026, 1, 5))
    assert path == home / "Fiche anti-arnaques - 05-01-2026.pdf"
    assert not documents.exists()  # made only if she saves there herself


def test_save_dialog_is_french_big_and_shows_the_whole_name(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shiboken6

    from desktop.ui.saving import dialog_memory_restored, save_dialog
    from desktop.ui.theme import SIZES

    window.zoom.set_factor(2.0)
    name = "Lettre à ma mutuelle - 25-11-2026.pdf"
    with dialog_memory_restored():  # as the app does: Qt keeps no folder of hers
        dialog = save_dialog(window, str(tmp_path / name))
        check_french_big_whole_name(dialog, name, 2 * SIZES.body - 1)
        dialog.close()
        shiboken6.delete(dialog)


def check_french_big_whole_name(dialog, name: str, pixel_size: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

    dialog.show()
    QApplication.processEvents()
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    assert "Dossier" in texts and "Nom du fichier" in texts and "Type de fichier" in texts
    for english in ("Look in", "Files of type", "File name"):
        assert english not in texts
    field = next(f for f in dialog.findChildren(QLineEdit) if f.isVisible() and f.text())
    assert field.text() == name
    assert field.fontMetrics().horizontalAdvance(name) < field.width()  # not cut
    assert QFontInfo(field.font()).pixelSize() >= pixel_size  # the app's text size
