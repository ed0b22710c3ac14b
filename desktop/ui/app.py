"""Application set-up: the bundled font, French Qt dialogs, palette and zoom."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.resources import resource_path
from desktop.ui.theme import COLOURS, Colours

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


def palette(c: Colours = COLOURS) -> QPalette:
    """The colours of what the stylesheet does not draw (Qt's dialogs, menus, check marks)."""
    pal = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, c.background),
        (QPalette.ColorRole.Base, c.background),
        (QPalette.ColorRole.AlternateBase, c.panel),
        (QPalette.ColorRole.WindowText, c.text),
        (QPalette.ColorRole.Text, c.text),
        (QPalette.ColorRole.ButtonText, c.text),
        (QPalette.ColorRole.Button, c.background),
        (QPalette.ColorRole.ToolTipBase, c.background),
        (QPalette.ColorRole.ToolTipText, c.text),
        (QPalette.ColorRole.Link, c.link),
        (QPalette.ColorRole.Highlight, c.primary),
        (QPalette.ColorRole.HighlightedText, c.primary_text),
    ):
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    return pal


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    # The icon of the window and the taskbar (the installers use the same drawing).
    app.setWindowIcon(QIcon(str(resource_path("icons", "vigie-mutuelle-256.png"))))
    app.setDesktopFileName("vigie-mutuelle")
    family = load_fonts()
    font = app.font()
    font.setFamily(family)
    app.setFont(font)
    app.setPalette(palette())
    install_french(app)
    return app


def comfort_settings() -> QSettings:
    """Only comfort settings (text size, high contrast) are ever stored, never answers."""
    return QSettings(ORGANISATION, "vigie-mutuelle")
