"""Application set-up: the bundled font, French Qt dialogs, palette and zoom."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
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


# Which palette roles take which colour of the theme.
PALETTE_ROLES = {
    "background": ("Window", "Base", "Button", "ToolTipBase"),
    "text": ("WindowText", "Text", "ButtonText", "ToolTipText"),
    "panel": ("AlternateBase",),
    "link": ("Link",),
    "primary": ("Highlight",),
    "primary_text": ("HighlightedText",),
}


def palette(c: Colours = COLOURS) -> QPalette:
    """The colours of what the stylesheet does not draw (Qt's dialogs, menus, check marks)."""
    pal = QPalette()
    for colour, roles in PALETTE_ROLES.items():
        for role in roles:
            pal.setColor(getattr(QPalette.ColorRole, role), QColor(getattr(c, colour)))
    for role in PALETTE_ROLES["text"][:3]:  # what cannot be used now
        pal.setColor(
            QPalette.ColorGroup.Disabled,
            getattr(QPalette.ColorRole, role),
            QColor(c.disabled_text),
        )
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
    """Only comfort settings (text size, high contrast) are ever stored, never answers."""
    return QSettings(ORGANISATION, "vigie-mutuelle")
