"""A bare PySide6 window, frozen by build.spec exactly like the app (VIGIE_BARE_WINDOW=1), so
that the installer benchmark can put the app's time to a shown window next to Qt's own floor."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    window.setCentralWidget(QLabel("Bonjour"))
    window.resize(1024, 768)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
