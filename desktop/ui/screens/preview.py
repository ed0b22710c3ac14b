"""The chosen document, page by page, with one big "Imprimer" button and "Enregistrer".

The PDF bytes are made once when the screen appears; the preview, the printer and the saved
file all get exactly those bytes. Every failure is told in the page, in plain French, with a
way forward; the answers are never touched here, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QWidget

from desktop.core.answers import Answers
from desktop.core.validation import InvalidAnswers
from desktop.ui import printing, saving
from desktop.ui.page import Page
from desktop.ui.pdf_view import PdfPageView
from desktop.ui.printing import Outcome, PrintDialogs, PrintResult, SaveResult, SystemDialogs
from desktop.ui.widgets import BigButton, Panel, Text, set_role
from desktop.ui.zoom import Zoom

Action = tuple[str, Callable[[], None]]

INTRO = "Voici votre document, tel qu'il sortira de l'imprimante."
CHECK_PRINTER = "Vérifiez qu'elle est allumée, branchée, avec du papier, puis réessayez."
# The first or last page: the button that cannot be used looks greyed, with a dashed edge.
BACK = "Appuyez sur « Retour » pour vérifier vos réponses : elles sont gardées."
BACK_TO_CHOOSE = "Appuyez sur « Retour » pour en choisir un."
SAVE_INSTEAD = (
    "Vous pouvez aussi l'enregistrer pour l'imprimer ailleurs (chez un proche, à la mairie)."
)


def render_document(kind: str, answers: Answers) -> bytes:
    from desktop.documents import render

    return render(kind, answers)


def document_title(kind: str) -> str:
    from desktop.documents import KINDS

    return KINDS.get(kind, "Votre document")


class MessagePanel(Panel):
    """What just happened, in big letters, with the buttons that lead on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("panel", parent)
        self.lines: list[Text] = []
        self.actions: list[BigButton] = []
        self.detail = ""  # technical reason, never shown (tests, bug reports)
        self.hide()

    def say(
        self,
        lines: Sequence[str],
        actions: Sequence[Action] = (),
        *,
        warning: bool = False,
        big: bool = False,
        detail: str = "",
    ) -> None:
        self.clear()
        set_role(self, "warning" if warning else "panel")
        self.style().unpolish(self)
        self.style().polish(self)
        for number, line in enumerate(lines):
            self.lines.append(self.add_text(line, "subheading" if big or number == 0 else ""))
        for text, slot in actions:
            button = BigButton(text, "nav", parent=self)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.body.addWidget(button)
            self.actions.append(button)
        self.setAccessibleName(lines[0] if lines else "")
        self.setAccessibleDescription(" ".join(lines[1:]))
        self.detail = detail
        self.show()

    def clear(self) -> None:
        for widget in (*self.lines, *self.actions):
            self.body.removeWidget(widget)
            widget.hide()  # gone from the screen now, deleted when the event loop can
            widget.deleteLater()
        self.lines, self.actions = [], []
        self.detail = ""
        self.hide()

    def text(self) -> str:
        return "\n".join(label.text() for label in self.lines)


class PreviewPage(Page):
    page_id = "preview"
    heading_text = "Votre document"
    continue_text = "Mes autres documents"

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.dialogs: PrintDialogs = SystemDialogs(self)
        self.today: Callable[[], dt.date] = dt.date.today
        self.pdf: bytes = b""
        self.document: QPdfDocument | None = None
        self._zoom: Zoom | None = None
        self._watching = False

        self.intro = Text(INTRO, parent=self)
        self.print_button = BigButton("Imprimer", "primary", "Imprimer ce document", self)
        self.save_button = BigButton(
            "Enregistrer", "nav", "Enregistrer ce document sur cet ordinateur", self
        )
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(lambda: self.save_document())
        actions = QHBoxLayout()
        actions.addWidget(self.print_button, 2)
        actions.addWidget(self.save_button, 1)
        self.message = MessagePanel(self)

        self.page_label = Text("", "subheading", self)
        self.previous_button = BigButton("Page précédente", "nav", "Voir la page d'avant", self)
        self.next_button = BigButton("Page suivante", "nav", "Voir la page d'après", self)
        self.turning = QGridLayout()
        self.turning.setHorizontalSpacing(16)
        self.turning_rows = 0
        self.view = PdfPageView(self)
        self.previous_button.clicked.connect(self.view.previous_page)
        self.next_button.clicked.connect(self.view.next_page)
        self.view.page_changed.connect(self.show_page_number)
        for keys, slot in (
            ("Ctrl+PgDown", self.view.next_page),
            ("Ctrl+PgUp", self.view.previous_page),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.body.addWidget(self.intro)
        self.body.addLayout(actions)
        self.body.addWidget(self.message)
        self.body.addLayout(self.turning)
        self.arrange_turning()
        self.body.addWidget(self.view)

    def outer_scroll(self) -> QScrollArea | None:
        """The window's scroll area around every screen, if any."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        return widget

    def fit_view(self) -> None:
        """Make the page view as tall as the whole page at its width: the screen scrolls to
        show it (PageDown, the arrows, the wheel), it is never a thin strip."""
        scroll = self.outer_scroll()
        if scroll is None or not self.view.isVisible():
            return
        if not self._watching:
            scroll.viewport().installEventFilter(self)
            self._watching = True
        self.view.refresh()
        self.view.setFixedHeight(
            max(self.view.paper_height(), self.view.minimumSizeHint().height())
        )

    def show_message(self) -> None:
        """Refit the page view below the message, and scroll the message into sight."""
        self.fit_view()
        scroll = self.outer_scroll()
        if scroll is not None and self.message.isVisible():
            scroll.ensureWidgetVisible(self.message, 0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            QTimer.singleShot(0, self, self.fit_view)  # dropped if the page is gone
        return False

    # Showing the document -----------------------------------------------------------------
    def enter(self) -> None:
        self.follow_zoom()
        self.message.clear()
        kind = self.context.preview_kind
        self.heading.setText(document_title(kind))
        self.setAccessibleName(self.heading.text())
        self.close_document()
        if not kind:
            self.show_missing([], ["Aucun document n'est choisi.", BACK_TO_CHOOSE])
            return
        try:
            self.pdf = render_document(kind, self.answers)
            self.document = printing.open_pdf(self.pdf, self)
        except InvalidAnswers as error:
            missing = [problem.message for problem in error.problems]
            self.show_missing(missing, ["Il manque des informations pour ce document.", BACK])
            return
        except Exception as error:  # the document could not be made: say so, keep everything
            self.show_missing([], ["Ce document n'a pas pu être préparé.", BACK], str(error))
            return
        self.set_ready(True)
        self.view.set_document(self.document)
        QTimer.singleShot(0, self, self.fit_view)  # dropped if the page is gone

    def close_document(self) -> None:
        self.pdf = b""
        self.view.set_document(None)
        if self.document is not None:
            self.document.deleteLater()
            self.document = None

    def show_missing(self, problems: list[str], lines: list[str], detail: str = "") -> None:
        """No document to show: what to fix (at the top) and how to go back to it."""
        self.set_ready(False)
        self.errors.show_errors(problems)
        self.message.say(lines, warning=True, detail=detail)

    def set_ready(self, ready: bool) -> None:
        for widget in (self.intro, self.print_button, self.save_button, self.view):
            widget.setVisible(ready)
        if not ready:
            for widget in (self.page_label, self.previous_button, self.next_button):
                widget.hide()

    def arrange_turning(self) -> None:
        """[Page précédente] Page 1 sur 2 [Page suivante] on one line when it fits, else the
        page number above the two buttons, else (large text in a small window) the number
        and the two buttons one under the other: never wider than the window."""
        label_width = self.page_label.fontMetrics().horizontalAdvance("Page 00 sur 00")
        buttons = self.previous_button.sizeHint().width() + self.next_button.sizeHint().width()
        gap = self.turning.horizontalSpacing()
        if buttons + label_width + 4 * gap < self.width():
            rows = 1
        elif buttons + 2 * gap < self.width():
            rows = 2
        else:
            rows = 3
        if rows == self.turning_rows and self.turning.count():
            return
        self.turning_rows = rows
        for widget in (self.previous_button, self.page_label, self.next_button):
            self.turning.removeWidget(widget)
        if rows == 1:
            self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.turning.addWidget(self.previous_button, 0, 0)
            self.turning.addWidget(self.page_label, 0, 1)
            self.turning.addWidget(self.next_button, 0, 2)
        else:
            self.page_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            self.turning.addWidget(self.page_label, 0, 0, 1, 2)
            self.turning.addWidget(self.previous_button, 1, 0, 1, 1 if rows == 2 else 2)
            self.turning.addWidget(self.next_button, *((1, 1) if rows == 2 else (2, 0, 1, 2)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange_turning()
        QTimer.singleShot(0, self, self.fit_view)  # dropped if the page is gone

    def show_page_number(self, index: int, count: int) -> None:
        if count == 0:
            return
        text = f"Page {index + 1} sur {count}"
        self.page_label.setText(text)
        # The page's words are in its name (Tab reaches the view): the image is read as the
        # letter itself. Orca does not read the description of a view like this one.
        words = self.view.page_text(index).replace("\n", ". ")
        self.view.setAccessibleName(f"{text} du document, tel qu'il sera imprimé : {words}")
        several = count > 1
        self.page_label.setVisible(True)
        self.previous_button.setVisible(several)
        self.next_button.setVisible(several)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)

    def follow_zoom(self) -> None:
        """Scale the page with the application's text size."""
        zoom = getattr(self.window(), "zoom", None)
        if isinstance(zoom, Zoom) and zoom is not self._zoom:
            self._zoom = zoom
            zoom.changed.connect(lambda *_: self.follow_zoom())
        if self._zoom is not None:
            self.view.set_zoom(self._zoom.factor)
        self.arrange_turning()
        QTimer.singleShot(0, self, self.fit_view)  # dropped if the page is gone

    def first_focus(self) -> QWidget | None:
        return self.print_button if self.print_button.isVisible() else None

    def next_page(self) -> str:
        return "ready"

    @property
    def title(self) -> str:
        return document_title(self.context.preview_kind)

    # Printing ------------------------------------------------------------------------------
    def print_document(self) -> None:
        if not self.pdf:
            return
        self.message.clear()
        try:
            result = printing.print_pdf(self.pdf, self.title, self.dialogs)
        except Exception as error:  # never lose the page because the printer system failed
            result = PrintResult(Outcome.FAILED, detail=str(error))
        self.tell_print(result)

    def tell_print(self, result: PrintResult) -> None:
        retry: Action = ("Réessayer", self.print_document)
        save: Action = ("Enregistrer à la place", self.save_document)
        name = f" « {result.printer_name} »" if result.printer_name else ""
        if result.outcome is Outcome.DONE:
            copies = f", en {result.copies} exemplaires" if result.copies > 1 else ""
            self.say(
                [
                    f"C'est parti : le document va à l'imprimante{name}{copies}.",
                    "Les feuilles vont sortir dans un instant.",
                ]
            )
        elif result.outcome is Outcome.CANCELLED:
            self.say(["Impression annulée : rien n'a été imprimé.", "Vous pouvez réessayer."])
        elif result.outcome is Outcome.NO_PRINTER:
            self.say(
                ["Cet ordinateur ne trouve aucune imprimante.", CHECK_PRINTER, SAVE_INSTEAD],
                [retry, save],
                warning=True,
            )
        elif result.outcome is Outcome.PRINTER_STOPPED:
            self.say(
                [f"L'imprimante{name} est arrêtée ou en panne.", CHECK_PRINTER, SAVE_INSTEAD],
                [retry, save],
                warning=True,
            )
        else:
            self.say(
                ["L'impression n'a pas pu se faire.", CHECK_PRINTER, SAVE_INSTEAD],
                [retry, save],
                warning=True,
                detail=result.detail,
            )

    # Saving --------------------------------------------------------------------------------
    def save_document(self) -> None:
        if not self.pdf:
            return
        self.message.clear()
        default = saving.default_save_path(self.title, self.today())
        try:
            result = saving.save_pdf(self.pdf, default, self.dialogs)
        except Exception as error:
            result = SaveResult(Outcome.FAILED, str(default), str(error))
        self.tell_save(result)

    def tell_save(self, result: SaveResult) -> None:
        path = Path(result.path)
        if result.outcome is Outcome.DONE:
            self.say(
                [
                    "Le document est enregistré.",
                    f"Dans le dossier : {path.parent}",
                    f"Sous le nom : {path.name}",
                ],
                big=True,
            )
        elif result.outcome is Outcome.CANCELLED:
            self.say(["Rien n'a été enregistré.", "Vous pouvez réessayer quand vous voulez."])
        else:
            self.say(
                [
                    "Impossible d'enregistrer dans ce dossier.",
                    "Il est peut-être protégé ou plein. Choisissez un autre dossier, "
                    "par exemple « Documents ».",
                ],
                [("Choisir un autre dossier", self.save_document)],
                warning=True,
                detail=result.detail,
            )

    def say(
        self,
        lines: list[str],
        actions: list[Action] | None = None,
        *,
        warning: bool = False,
        big: bool = False,
        detail: str = "",
    ) -> None:
        self.message.say(lines, actions or [], warning=warning, big=big, detail=detail)
        QTimer.singleShot(0, self, self.show_message)
        target = self.message.actions[0] if self.message.actions else self.message
        target.setFocus(Qt.FocusReason.OtherFocusReason)
