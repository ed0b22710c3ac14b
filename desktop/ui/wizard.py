"""The main window: a top bar (text size, erase all), one screen at a time, Back and Continue."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.forgetting import forget_screens
from desktop.ui.lazy_pages import LazyPages, PageSpec
from desktop.ui.page import RESTART, Page, WizardContext
from desktop.ui.widgets import BigButton, Text, set_role
from desktop.ui.zoom import Zoom

_SCREENS = "desktop.ui.screens."
# The screens in the wizard's order; each is imported and built the first time it is shown.
PAGES: tuple[PageSpec, ...] = tuple(
    (page_id, _SCREENS + where)
    for page_id, where in (
        ("welcome", "welcome:WelcomePage"),
        ("has_mutuelle", "has_mutuelle:HasMutuellePage"),
        ("insurer_name", "insurer_name:InsurerNamePage"),
        ("card", "card:CardPage"),
        ("former", "former:FormerPage"),
        ("former_name", "insurer_name:FormerInsurerNamePage"),
        ("result", "result:ResultPage"),
        ("sources", "sources:SourcesPage"),
        ("next_steps", "next_steps:NextStepsPage"),
        ("documents", "documents:DocumentsPage"),
        # The detail screens, in the order of details.DETAIL_PAGES (a test checks it).
        ("identity", "details.person:IdentityPage"),
        ("birth", "details.person:BirthPage"),
        ("address", "details.person:AddressPage"),
        ("phone", "details.person:PhonePage"),
        ("nir", "details.person:NirPage"),
        ("member_number", "details.person:MemberNumberPage"),
        ("family", "details.family:FamilyPage"),
        ("insurer_address", "details.letters:InsurerAddressPage"),
        ("informed_date", "details.letters:InformedDatePage"),
        ("first_letter_date", "details.letters:FirstLetterDatePage"),
        ("place", "details.letters:PlacePage"),
        ("ready", "ready:ReadyPage"),
        ("finish", "ready:FinishPage"),
        ("preview", "preview:PreviewPage"),
    )
)
MIN_WIDTH, MIN_HEIGHT = 800, 600


class TopBar(QFrame):
    """App name, "Tout effacer" (helper's mode) and the text size, always visible."""

    def __init__(self, zoom: Zoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "topbar")
        layout = QHBoxLayout(self)
        title = Text("Vigie Mutuelle", "subheading", self)
        layout.addWidget(title, 1)
        self.erase = BigButton(
            "Tout effacer",
            "nav",
            "Terminer et tout effacer : efface toutes les réponses et revient au début",
            self,
        )
        layout.addWidget(self.erase)
        layout.addSpacing(16)
        self.smaller = BigButton("A−", "nav", "Texte plus petit", self)
        self.smaller.setAccessibleName("Texte plus petit")
        self.size_label = Text("", parent=self)
        self.bigger = BigButton("A+", "nav", "Texte plus grand", self)
        self.bigger.setAccessibleName("Texte plus grand")
        for button in (self.smaller, self.bigger):
            button.setSizePolicy(
                button.sizePolicy().horizontalPolicy().Fixed, button.sizePolicy().verticalPolicy()
            )
        self.size_title = Text("Taille du texte :", parent=self)
        layout.addWidget(self.size_title)
        layout.addWidget(self.smaller)
        layout.addWidget(self.size_label)
        layout.addWidget(self.bigger)
        self.zoom = zoom
        self.smaller.clicked.connect(zoom.smaller)
        self.bigger.clicked.connect(zoom.bigger)
        zoom.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        self.size_label.setText(f"{self.zoom.percent} %")
        self.size_label.setAccessibleName(f"Taille du texte : {self.zoom.percent} %")
        # At the largest sizes the buttons' own names say it; the words would not fit.
        self.size_title.setVisible(self.zoom.percent < 175)
        self.smaller.setEnabled(self.zoom.percent > 100)
        self.bigger.setEnabled(self.zoom.percent < 200)


class ScreenStack(QWidget):
    """One screen shown at a time. Hidden screens take no room (a QStackedWidget sizes itself,
    height-for-width included, to the tallest screen, so short screens scrolled into blanks)."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def addWidget(self, widget: QWidget) -> None:
        widget.hide()
        self._layout.addWidget(widget)

    def currentWidget(self) -> QWidget | None:
        return self._current

    def setCurrentWidget(self, widget: QWidget) -> None:
        if self._current is not None and self._current is not widget:
            self._current.hide()
        self._current = widget
        widget.show()


class MainWindow(QMainWindow):
    def __init__(self, zoom: Zoom, context: WizardContext | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Vigie Mutuelle")
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.context = context or WizardContext()
        self.zoom = zoom
        self.history: list[str] = []

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.top_bar = TopBar(zoom, central)
        outer.addWidget(self.top_bar)

        self.stack = ScreenStack()
        self.pages = LazyPages(PAGES, self.add_page)  # built on first show
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(32, 24, 32, 24)
        holder_layout.addWidget(self.stack)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(holder)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll, 1)

        nav = QFrame(central)
        set_role(nav, "topbar")
        nav_layout = QHBoxLayout(nav)
        nav_layout.setContentsMargins(32, 12, 32, 12)
        self.back_button = BigButton("Retour", "nav", "Revenir à la question précédente", nav)
        self.continue_button = BigButton("Continuer", "primary", "", nav)
        nav_layout.addWidget(self.back_button)
        nav_layout.addStretch(1)
        nav_layout.addWidget(self.continue_button)
        outer.addWidget(nav)
        self.setCentralWidget(central)

        self.back_button.clicked.connect(self.go_back)
        self.top_bar.erase.clicked.connect(self.erase_all)
        self.continue_button.clicked.connect(self.go_next)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, zoom.bigger),
            ("Ctrl+=", zoom.bigger),
            (QKeySequence.StandardKey.ZoomOut, zoom.smaller),
            ("Ctrl+0", zoom.reset),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.show_page("welcome", remember=False)

    # Pages -----------------------------------------------------------------------------
    def add_page(self, page_type: type[Page]) -> Page:
        """Build a screen and put it in the window (``self.pages`` calls this on first show)."""
        page = page_type(self.context, self.jump)
        self.stack.addWidget(page)
        return page

    @property
    def current(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, page_id: str, *, remember: bool = True) -> None:
        if page_id == RESTART:  # "Terminer et tout effacer"
            self.restart()
            return
        if remember:
            self.history.append(self.current.page_id)
        page = self.pages[page_id]
        page.errors.show_errors([])
        page.enter()
        self.stack.setCurrentWidget(page)
        self.continue_button.setText(page.continue_text)
        self.continue_button.setAccessibleName(page.continue_text)
        self.back_button.setVisible(page.show_back and bool(self.history))
        self.scroll.verticalScrollBar().setValue(0)
        self.setWindowTitle(f"{page.heading.text()} – Vigie Mutuelle")
        target = page.first_focus() or self.continue_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        # The view stays at the top, on the question; Tab scrolls to each control it reaches.

    def jump(self, page_id: str) -> None:
        """Go to a page from a button inside a screen (e.g. "Je ne la trouve pas")."""
        self.show_page(page_id)

    def go_next(self) -> None:
        page = self.current
        page.store()
        problems = page.problems()
        if problems:
            page.errors.show_errors(problems)
            self.scroll.verticalScrollBar().setValue(0)
            page.errors.setFocus(Qt.FocusReason.OtherFocusReason)
            QApplication.beep()
            return
        self.show_page(page.next_page())

    def go_back(self) -> None:
        if not self.history:
            return
        self.current.store()  # nothing typed is lost when going back
        self.show_page(self.history.pop(), remember=False)

    def ask_erase(self) -> bool:
        """Ask before erasing everything (replaced by a stub in tests)."""
        box = QMessageBox(self)
        box.setWindowTitle("Tout effacer ?")
        box.setIcon(QMessageBox.Icon.Question)
        box.setText("Voulez-vous effacer toutes les réponses et revenir au début ?")
        box.setInformativeText("Rien n'est gardé. Les documents déjà enregistrés restent.")
        yes = box.addButton("Oui, tout effacer", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Non, continuer", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def erase_all(self) -> None:
        if self.ask_erase():
            self.restart()

    def restart(self) -> None:
        """Forget every answer and go back to the welcome screen (helper's mode)."""
        self.context.forget_person()
        # Fields, error lines and the last document, on the screens built so far.
        forget_screens(self.pages[page_id] for page_id in self.pages.built())
        self.history.clear()
        self.show_page("welcome", remember=False)

    # Keyboard --------------------------------------------------------------------------
    def tab_chain(self) -> list[QWidget]:
        """Reading order for Tab: the screen, then Retour and Continuer, then the top bar.

        Computed each time, so controls a screen creates later (a family member's row, a
        rebuilt result) take their place in the order they are read.
        """

        def reachable(root: QWidget) -> list[QWidget]:
            widgets = [
                widget
                for widget in root.findChildren(QWidget)
                if widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not isinstance(widget, QScrollArea | QScrollBar)
            ]

            def place(widget: QWidget) -> tuple[int, int]:
                corner = widget.mapTo(root, QPoint(0, 0))
                return corner.y(), corner.x()

            return sorted(widgets, key=place)  # top to bottom, then left to right

        nav = [b for b in (self.back_button, self.continue_button) if b.isVisibleTo(self)]
        return [*reachable(self.current), *nav, *reachable(self.top_bar)]

    def focusNextPrevChild(self, next: bool) -> bool:
        chain = self.tab_chain()
        if not chain:
            return super().focusNextPrevChild(next)
        focused = QApplication.focusWidget()
        index = chain.index(focused) if focused in chain else -1
        target = chain[(index + (1 if next else -1)) % len(chain)]
        target.setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        self.scroll.ensureWidgetVisible(target)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                if focused.isCheckable():
                    focused.click()
                    self.go_next()
                else:
                    focused.click()
                return
            self.go_next()
            return
        if event.key() == Qt.Key.Key_Escape and self.back_button.isVisible():
            self.go_back()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.forget_person()
        super().closeEvent(event)
