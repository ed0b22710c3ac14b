"""Application set-up: the bundled font, French Qt dialogs, palette and zoom."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.resources import resource_path
from desktop.ui.theme import COLOURS

APP_NAME = "Vigie Mutuelle"
ORGANISATION = "VigieMutuelle"
FONT_FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf")


def load_fonts() -> str:
    """Register the bundled fonts and return the family name."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            raise RuntimeError(f"cannot load font {name}")
        family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def install_french(app: QApplication) -> QTranslator | None:
    """Qt's own dialogs (print, file) in French, from qtbase_fr.qm."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_fr", folder):
        app.installTranslator(translator)
        return translator
    return None


def palette() -> QPalette:
    pal = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, COLOURS.background),
        (QPalette.ColorRole.Base, COLOURS.background),
        (QPalette.ColorRole.WindowText, COLOURS.text),
        (QPalette.ColorRole.Text, COLOURS.text),
        (QPalette.ColorRole.ButtonText, COLOURS.text),
        (QPalette.ColorRole.Button, COLOURS.background),
        (QPalette.ColorRole.Highlight, COLOURS.primary),
        (QPalette.ColorRole.HighlightedText, COLOURS.primary_text),
    ):
        pal.setColor(role, QColor(colour))
    return pal


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("vigie-mutuelle")  # its icon, on Wayland
    family = load_fonts()
    font = app.font()
    font.setFamily(family)
    app.setFont(font)
    app.setPalette(palette())
    install_french(app)
    return app


def set_window_icon(app: QApplication) -> None:
    """The icon of the window and the taskbar. Set once the window is painted (``QIcon`` and
    its enums cost about 1.5 ms, reading the picture more): until then the system shows the
    same drawing, from the installed program (``build.spec``) or its desktop entry."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource_path("icons", "vigie-mutuelle-256.png"))))


def comfort_settings() -> QSettings:
    """Only comfort settings (zoom) are ever stored, never answers."""
    return QSettings(ORGANISATION, "vigie-mutuelle")
