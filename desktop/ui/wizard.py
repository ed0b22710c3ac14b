"""The main window: a top bar (text size, erase all), one screen at a time, Back and Continue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.lazy_pages import LazyPages, PageSpec
from desktop.ui.lazy_qt import Qt, set_enum
from desktop.ui.page import RESTART, WORDS_BUTTON, WORDS_PAGE, Page, WizardContext
from desktop.ui.progress import progress_text
from desktop.ui.theme import SIZES, px
from desktop.ui.widgets import BigButton, Text, set_role, tell_focused
from desktop.ui.zoom import Zoom

if TYPE_CHECKING:
    from desktop.ui.read_aloud import ReadAloud

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
        ("result_why", "result:ResultWhyPage"),
        ("sources", "sources:SourcesPage"),
        (WORDS_PAGE, "words:WordsPage"),
        ("next_steps", "next_steps:NextStepsPage"),
        ("warned", "warned:WarnedPage"),
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
        ("review", "review:ReviewPage"),
        ("ready", "ready:ReadyPage"),
        ("finish", "ready:FinishPage"),
        ("preview", "preview:PreviewPage"),
    )
)
MIN_WIDTH, MIN_HEIGHT = 800, 600
CONTRAST = "Contraste élevé"
# "Écouter" (read aloud, desktop/ui/read_aloud.py, imported on first use): the button is always
# shown, first in the top bar, never folded into "Menu".
LISTEN = "Écouter"
LISTEN_SHORTCUT = "Ctrl+L"
LISTEN_HELP = f"Lire l'écran à voix haute ({LISTEN_SHORTCUT})"


class TopBar(QFrame):
    """ "Écouter", app name, "Mots difficiles", "Tout effacer", "Contraste élevé" and the text
    size, on one compact row.

    When the row does not fit (large text, small window), the words "Taille du texte" go
    first, then "Mots difficiles", "Tout effacer" and "Contraste élevé" fold into a "Menu"
    button, then the app's name goes (the window's title still says it). "Écouter" stays.
    Nothing is ever cut.
    """

    def __init__(self, zoom: Zoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "topbar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 4)
        self.listen = BigButton(LISTEN, "nav", LISTEN_HELP, self)
        self.listen.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.listen)
        self.title = Text("Vigie Mutuelle", "subheading", self)
        self.title.setWordWrap(False)
        layout.addWidget(self.title)
        layout.addStretch(1)
        self.words = BigButton(WORDS_BUTTON, "nav", "Voir l'explication des mots difficiles", self)
        self.erase = BigButton(
            "Tout effacer",
            "nav",
            "Terminer et tout effacer : efface toutes les réponses et revient au début",
            self,
        )
        self.menu_button = BigButton("Menu", "nav", "Mots difficiles, Tout effacer", self)
        self.menu = QMenu(self.menu_button)
        self.menu.setAccessibleName("Menu")
        self.words_action = self.menu.addAction(WORDS_BUTTON)
        self.erase_action = self.menu.addAction("Tout effacer")
        self.menu_button.setMenu(self.menu)
        self.smaller = BigButton("A−", "nav", "Texte plus petit", self)
        self.smaller.setAccessibleName("Texte plus petit")
        self.size_label = Text("", parent=self)
        self.size_label.setWordWrap(False)
        self.bigger = BigButton("A+", "nav", "Texte plus grand", self)
        self.bigger.setAccessibleName("Texte plus grand")
        self.size_title = Text("Taille du texte :", parent=self)
        self.size_title.setWordWrap(False)
        self._add_contrast(zoom)
        for widget in (
            self.words,
            self.erase,
            self.contrast,
            self.menu_button,
            self.size_title,
            self.smaller,
            self.size_label,
            self.bigger,
        ):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(widget)
        self.zoom = zoom
        self.smaller.clicked.connect(zoom.smaller)
        self.bigger.clicked.connect(zoom.bigger)
        zoom.changed.connect(self.refresh)
        zoom.changed.connect(self._say_size)
        self._said_percent = zoom.percent
        self.refresh()

    def _add_contrast(self, zoom: Zoom) -> None:
        """ "Contraste élevé": a toggle, and the same in the Menu when the row is folded."""
        self.contrast = BigButton(CONTRAST, "nav", "Texte clair sur fond noir", self)
        self.contrast.setCheckable(True)
        self.contrast.setChecked(zoom.high_contrast)
        self.contrast_action = self.menu.addAction(CONTRAST)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(zoom.high_contrast)
        self.menu_button.setAccessibleDescription(f"{WORDS_BUTTON}, Tout effacer, {CONTRAST}")
        self.contrast.toggled.connect(zoom.set_high_contrast)
        self.contrast_action.toggled.connect(zoom.set_high_contrast)
        zoom.contrast_changed.connect(self._show_contrast)

    def _show_contrast(self, on: bool) -> None:
        for control in (self.contrast, self.contrast_action):
            if control.isChecked() != on:
                control.setChecked(on)
        # The toggle says its own state ("coché"); from the Menu, the focus is back on
        # "Menu" once it has closed: that button says the change.
        QTimer.singleShot(0, self, lambda: self._say_contrast(on))

    def _say_contrast(self, on: bool) -> None:
        if QApplication.focusWidget() is not self.contrast:
            tell_focused(f"{CONTRAST} : {'activé' if on else 'désactivé'}")

    def _say_size(self, *_: object) -> None:
        """The new text size is said where the focus is (it does not move)."""
        if self.zoom.percent != self._said_percent:
            self._said_percent = self.zoom.percent
            tell_focused(self.size_label.accessibleName())

    def refresh(self, *_: object) -> None:
        self.size_label.setText(f"{self.zoom.percent} %")
        size = f"Taille du texte : {self.zoom.percent} %"
        self.size_label.setAccessibleName(size)
        focused = QApplication.focusWidget()
        for button, usable in (
            (self.smaller, self.zoom.percent > 100),
            (self.bigger, self.zoom.percent < 200),
        ):
            # The new size is said by the button just pressed (its description changes).
            button.setAccessibleDescription(size)
            if not usable and button is focused:
                # A button at its end is disabled: the focus stays in the size controls.
                other = self.bigger if button is self.smaller else self.smaller
                other.setFocus()  # Qt.FocusReason.OtherFocusReason
            button.setEnabled(usable)
        if self.isVisible():  # else its first resize arranges it, once it has its width
            self.arrange()
            QTimer.singleShot(0, self, self.arrange)  # once the new style has given new sizes

    def arrange(self) -> None:
        """Show as much as fits in one row, in the order described above."""
        layout = self.layout()
        margins = layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        gap = layout.spacing()

        def width(*widgets: QWidget) -> int:
            return sum(w.sizeHint().width() + gap for w in widgets)

        size = width(self.listen, self.smaller, self.size_label, self.bigger)
        title = width(self.title)
        full = width(self.words, self.erase, self.contrast)
        steps = (
            (True, True, False, True),  # everything
            (True, True, False, False),  # without "Taille du texte :"
            (True, False, True, False),  # folded into "Menu"
            (False, False, True, False),  # and without the app's name
        )
        for show_title, unfolded, folded, size_words in steps:
            needed = (
                size
                + (title if show_title else 0)
                + (full if unfolded else 0)
                + (width(self.menu_button) if folded else 0)
                + (width(self.size_title) if size_words else 0)
            )
            if needed <= room:
                break
        self.title.setVisible(show_title)
        self.words.setVisible(unfolded)
        self.erase.setVisible(unfolded)
        self.contrast.setVisible(unfolded)
        self.menu_button.setVisible(folded)
        self.size_title.setVisible(size_words)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()


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


class ScreenScroll(QScrollArea):
    """The scroll area around the screens. Tab is the window's (see ``MainWindow.reveal``):
    QScrollArea would centre a tall box on Tab, putting its top out of view."""

    def focusNextPrevChild(self, next: bool) -> bool:
        parent = self.parentWidget()
        return parent.focusNextPrevChild(next) if parent else False


def reading_place(widget: QWidget, root: QWidget) -> tuple[int, int]:
    """Where a widget starts on the screen: top to bottom, then left to right."""
    corner = widget.mapTo(root, QPoint(0, 0))
    return corner.y(), corner.x()


class MainWindow(QMainWindow):
    # Once, just after the window's first paint: for work that must not delay the window.
    first_painted = Signal()

    def __init__(self, zoom: Zoom, context: WizardContext | None = None) -> None:
        super().__init__()
        self._painted = False
        self.setWindowTitle("Vigie Mutuelle")
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.context = context or WizardContext()
        self.zoom = zoom
        self.history: list[str] = []
        self.read_aloud: ReadAloud | None = None  # built when "Écouter" is first used

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
        holder_layout.setContentsMargins(32, 12, 32, 24)
        holder_layout.addWidget(self.stack)
        self.scroll = ScreenScroll()
        self.scroll.setWidgetResizable(True)
        set_enum(self.scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")  # see lazy_qt
        self.scroll.setWidget(holder)
        set_enum(self.scroll, "focusPolicy", "NoFocus")
        outer.addWidget(self.scroll, 1)

        nav = QFrame(central)
        set_role(nav, "topbar")
        nav_layout = QHBoxLayout(nav)
        nav_layout.setContentsMargins(16, 4, 16, 4)
        self.back_button = BigButton("Retour", "nav", "Revenir à la question précédente", nav)
        self.continue_button = BigButton("Continuer", "primary", "", nav)
        for button in (self.back_button, self.continue_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        nav_layout.addWidget(self.back_button)
        nav_layout.addStretch(1)
        nav_layout.addWidget(self.continue_button)
        outer.addWidget(nav)
        self.setCentralWidget(central)

        self.back_button.clicked.connect(self.go_back)
        self.top_bar.erase.clicked.connect(self.erase_all)
        self.top_bar.erase_action.triggered.connect(self.erase_all)
        self.top_bar.words.clicked.connect(self.show_words)
        self.top_bar.words_action.triggered.connect(self.show_words)
        self.top_bar.listen.clicked.connect(self.listen)
        self.continue_button.clicked.connect(self.go_next)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, zoom.bigger),
            ("Ctrl+=", zoom.bigger),
            (QKeySequence.StandardKey.ZoomOut, zoom.smaller),
            ("Ctrl+0", zoom.reset),
            (LISTEN_SHORTCUT, self.listen),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        zoom.changed.connect(self._fit_scroll_steps)
        self._fit_scroll_steps()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.show_page("welcome", remember=False)

    # Pages -----------------------------------------------------------------------------
    def add_page(self, page_type: type[Page]) -> Page:
        """Build a screen and put it in the window (``self.pages`` calls this on first show)."""
        page = page_type(self.context, self.jump)
        set_pages = getattr(page, "set_pages", None)
        if callable(set_pages):  # the review reads the labels of the screens she went through
            set_pages(self.pages)
        self.stack.addWidget(page)
        return page

    @property
    def current(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, page_id: str, *, remember: bool = True) -> None:
        if page_id == RESTART:  # "Terminer et tout effacer"
            self.erase_all()
            return
        if remember:
            self.history.append(self.current.page_id)
        if self.read_aloud is not None:
            self.read_aloud.stop()  # what it was reading is gone
        page = self.pages[page_id]
        page.errors.show_errors([])
        page.enter()
        page.show_progress(*progress_text(page_id, self.context))
        self.stack.setCurrentWidget(page)
        self.continue_button.setText(page.continue_text)
        self.continue_button.setAccessibleName(page.continue_text)
        self.back_button.setVisible(page.show_back and bool(self.history))
        self.scroll.verticalScrollBar().setValue(0)
        self.setWindowTitle(f"{page.heading.text()} – Vigie Mutuelle")
        # The question (or the group of answers, or the first field) has the focus, never an
        # answer: nothing looks chosen, and Enter cannot choose. The view stays at the top.
        self._arriving = True
        target = page.first_focus() or page.heading
        page.announce_arrival(target)
        target.setFocus()  # Qt.FocusReason.OtherFocusReason
        self._arriving = False

    def jump(self, page_id: str) -> None:
        """Go to a page from a button inside a screen (e.g. "Je ne la trouve pas")."""
        self.show_page(page_id)

    def show_words(self) -> None:
        """The "Mots difficiles" screen, from any screen; "Revenir" comes back here."""
        if self.current.page_id != WORDS_PAGE:
            self.current.store()
            self.show_page(WORDS_PAGE)

    def listen(self) -> None:
        """ "Écouter" reads the screen aloud; "Arrêter" stops."""
        self.reader().toggle()

    def reader(self) -> ReadAloud:
        if self.read_aloud is None:
            from desktop.ui.read_aloud import ReadAloud

            self.read_aloud = ReadAloud(self.top_bar.listen, lambda: self.current, self.place_bar)
        return self.read_aloud

    def place_bar(self, bar: QWidget) -> None:
        """The read-aloud bar, above the screen, inside the scroll area."""
        layout = self.scroll.widget().layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, bar)

    def go_next(self) -> None:
        page = self.current
        page.store()
        if page.returns:  # "Revenir": a side screen (sources, difficult words)
            self.go_back()
            return
        problems = page.problems()
        if problems:
            target = page.show_problems(problems)
            if target is page.errors:
                self.scroll.verticalScrollBar().setValue(0)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, self, self.reveal_focus)  # once the message is laid out
            QApplication.beep()
            return
        target = page.next_page()
        if self.context.return_to and page.page_id != self.context.return_to:
            target, self.context.return_to = self.context.return_to, ""  # after "Modifier"
        self.show_page(target)

    def go_back(self) -> None:
        if not self.history:
            return
        self.context.return_to = ""
        self.current.store()  # nothing typed is lost when going back
        self.show_page(self.history.pop(), remember=False)

    def ask_erase(self) -> bool:
        """Ask before erasing everything (replaced by a stub in tests). Enter and Escape
        mean "Non": erasing is never the default."""
        from PySide6.QtWidgets import QMessageBox  # its enums cost about 1.5 ms: not at start

        box = QMessageBox(self)
        box.setWindowTitle("Tout effacer ?")
        box.setIcon(QMessageBox.Icon.Question)
        box.setText("Voulez-vous effacer toutes les réponses et revenir au début ?")
        box.setInformativeText("Rien n'est gardé. Les documents déjà enregistrés restent.")
        yes = box.addButton("Oui, tout effacer", QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton("Non, continuer", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self.erase_box = box  # for tests
        box.exec()
        return box.clickedButton() is yes

    def erase_all(self) -> None:
        if self.ask_erase():
            self.restart()

    def restart(self) -> None:
        """Forget every answer and go back to the welcome screen (helper's mode)."""
        from desktop.ui.forgetting import forget_screens  # its Qt classes are not needed at start

        self.context.forget_person()
        # Fields, error lines and the last document, on the screens built so far.
        forget_screens(self.pages[page_id] for page_id in self.pages.built())
        self.history.clear()
        self.show_page("welcome", remember=False)

    # Scrolling -------------------------------------------------------------------------
    def _fit_scroll_steps(self, *_: object) -> None:
        """An arrow key scrolls two lines of text, whatever the text size."""
        line = px(SIZES.body, self.zoom.factor) * 3 // 2
        self.scroll.verticalScrollBar().setSingleStep(2 * line)

    def reveal(self, widget: QWidget) -> None:
        """Bring a widget of the screen into view (its top first when it is taller than
        the view)."""
        if not (self.current.isAncestorOf(widget) and widget.isVisible()):
            return
        margin = px(SIZES.spacing, self.zoom.factor)
        bar = self.scroll.verticalScrollBar()
        top = widget.mapTo(self.scroll.widget(), QPoint(0, 0)).y()
        bottom = top + widget.height()
        # The viewport's height (the scroll area has no frame and no horizontal bar). Not
        # ``viewport()``: its first call costs about 16 ms (PySide looks up a Python type for
        # the widget Qt made), and the first focus is revealed before the first paint.
        view = self.scroll.contentsRect().height()
        if top - margin < bar.value() or bottom - top + 2 * margin > view:
            bar.setValue(top - margin)
        elif bottom + margin > bar.value() + view:
            bar.setValue(bottom + margin - view)

    def reveal_focus(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None:
            self.reveal(focused)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The focus is always in view, except on arrival (the view stays on the question)."""
        if new is not None and not getattr(self, "_arriving", False):
            self.reveal(new)

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
                and not isinstance(widget, ScreenScroll | QScrollBar)
            ]
            return sorted(widgets, key=lambda widget: reading_place(widget, root))

        nav = [b for b in (self.back_button, self.continue_button) if b.isVisibleTo(self)]
        bar = reachable(self.read_aloud.bar) if self.read_aloud is not None else []
        return [*reachable(self.current), *nav, *reachable(self.top_bar), *bar]

    def focusNextPrevChild(self, next: bool) -> bool:
        chain = self.tab_chain()
        if not chain:
            return super().focusNextPrevChild(next)
        focused = QApplication.focusWidget()
        if focused in chain:
            index = chain.index(focused)
        elif focused is not None and self.current.isAncestorOf(focused):
            # The question or the group of answers (not Tab stops themselves): go on from
            # where they are on the screen.
            here = reading_place(focused, self.current)
            page_part = [w for w in chain if self.current.isAncestorOf(w)]
            before = [w for w in page_part if reading_place(w, self.current) <= here]
            index = len(before) - 1 if next else len(before)
        else:
            index = -1
        target = chain[(index + (1 if next else -1)) % len(chain)]
        target.setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter continues. On a button that is not an answer ("Imprimer", "Pourquoi ?",
            # "Je ne la trouve pas", the "Contraste élevé" setting) it presses that button; it
            # never chooses an answer.
            focused = QApplication.focusWidget()
            if (
                isinstance(focused, QPushButton)
                and focused.isEnabled()
                and (not focused.isCheckable() or focused is self.top_bar.contrast)
                and focused.window() is self
            ):
                focused.click()
                return
            self.go_next()
            return
        if key == Qt.Key.Key_Escape and self.back_button.isVisible():
            self.go_back()
            return
        bar = self.scroll.verticalScrollBar()
        steps = {
            Qt.Key.Key_PageDown: bar.pageStep(),
            Qt.Key.Key_PageUp: -bar.pageStep(),
            Qt.Key.Key_Down: bar.singleStep(),
            Qt.Key.Key_Up: -bar.singleStep(),
            Qt.Key.Key_Home: -bar.maximum(),
            Qt.Key.Key_End: bar.maximum(),
        }
        if key in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            bar.setValue(bar.value() + steps[key])  # a screen of text scrolls by keyboard
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: it runs once this paint is done and shown, before the next event.
            QTimer.singleShot(0, self, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.read_aloud is not None:
            self.read_aloud.stop()
        self.context.forget_person()
        super().closeEvent(event)
