"""Read aloud ("Écouter"): the current screen said in French by the computer's own voice.

Imported the first time "Écouter" (or Ctrl+L) is used, never at start; QtTextToSpeech
(PySide6-Addons) is imported then too, and its absence is said kindly, never a crash. The
engine is the system's: speech-dispatcher on Linux, the Windows voices (WinRT, then SAPI),
macOS's. A French voice is chosen (fr_FR first, then any French); without one, "Écouter" says
so and what to do instead of reading French with a foreign voice.

While it speaks, the button says "Arrêter" and a bar above the screen offers "Plus lent" and
"Plus vite"; the speed is kept only until the window closes (the remembered settings are the
text size and the contrast).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from desktop.ui.spoken_text import spoken_parts
from desktop.ui.widgets import BigButton, Text, announce, set_role
from desktop.ui.wizard import LISTEN, LISTEN_HELP, LISTEN_SHORTCUT

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

STOP = "Arrêter"
STOP_HELP = f"Arrêter la lecture à voix haute ({LISTEN_SHORTCUT})"
# The speeds offered, slowest first; "normale" is where every run starts.
SPEEDS: tuple[tuple[str, float], ...] = (
    ("très lente", -0.5),
    ("lente", -0.25),
    ("normale", 0.0),
    ("rapide", 0.25),
    ("très rapide", 0.5),
)
NORMAL = 2
# Qt's engine plugins in the order we want them; "mock" (Qt's test engine) is never chosen
# unless a test asks for it.
ENGINES = ("speechd", "winrt", "sapi", "darwin", "macos", "flite", "android")
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)

NO_MODULE = (
    "La lecture à voix haute n'est pas installée avec ce programme. "
    "Tout le reste fonctionne. Pour lire plus facilement, agrandissez le texte avec « A+ »."
)
NO_VOICE = "La lecture à voix haute n'est pas possible : cet ordinateur n'a pas de voix installée."
NO_FRENCH = "La lecture à voix haute n'est pas possible : cet ordinateur n'a pas de voix française."
VOICE_FAILED = (
    "La voix de l'ordinateur ne répond pas : la lecture s'est arrêtée. "
    "Vous pouvez réessayer avec « Écouter »."
)
WHAT_TO_DO = {
    "win32": "Un proche peut en ajouter une : Paramètres, Heure et langue, Voix, "
    "« Ajouter des voix », Français (France).",
    "darwin": "Un proche peut en ajouter une : Réglages Système, Accessibilité, "
    "Contenu énoncé, Voix du système, Français.",
}
WHAT_TO_DO_LINUX = "Un proche peut installer les paquets speech-dispatcher et espeak-ng."
MEANWHILE = "En attendant, vous pouvez agrandir le texte avec « A+ »."


def what_to_do(platform: str = sys.platform) -> str:
    """How to get a French voice on this kind of computer, in plain words."""
    return f"{WHAT_TO_DO.get(platform, WHAT_TO_DO_LINUX)} {MEANWHILE}"


def speed_words(index: int) -> str:
    return f"Vitesse : {SPEEDS[index][0]}"


def system_engines() -> list[str]:
    """The engine plugins read aloud would try, in its order, that load here (imports
    QtTextToSpeech: ImportError where PySide6-Addons is missing)."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    available = QTextToSpeech.availableEngines()
    return [name for name in ENGINES if name in available]


def choose_locale(available: Sequence[QLocale], wanted: QLocale) -> QLocale | None:
    """``wanted`` itself when the engine has it, else the same language elsewhere (French of
    Belgium, Switzerland, Canada), else None."""
    if wanted in available:
        return wanted
    return next((loc for loc in available if loc.language() == wanted.language()), None)


class ReadAloudBar(QFrame):
    """At the top of the screen while speaking (or to say why it cannot): the speed and its
    buttons, or the message. It scrolls with the screen, so a long message is never cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "topbar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 4)
        self.message = Text("", parent=self)
        layout.addWidget(self.message, 1)
        self.slower = BigButton("Plus lent", "nav", "Lire plus lentement", self)
        self.faster = BigButton("Plus vite", "nav", "Lire plus vite", self)
        for button in (self.slower, self.faster):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(button)
        self.hide()

    def show_speed(self, index: int) -> None:
        self.message.setText(speed_words(index))
        for button in (self.slower, self.faster):
            button.setAccessibleDescription(speed_words(index))
            button.show()
        self.slower.setEnabled(index > 0)
        self.faster.setEnabled(index < len(SPEEDS) - 1)
        self._appear()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.slower.hide()
        self.faster.hide()
        self._appear()

    def _appear(self) -> None:
        self.show()
        QTimer.singleShot(0, self, self._into_view)  # once laid out

    def _into_view(self) -> None:
        """Scrolled to, if she had scrolled down (the bar is at the top of the screen)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(self, 0, 0)


class ReadAloud(QObject):
    """The "Écouter" button's behaviour: read the current screen, stop, change the speed.

    ``button`` is the top bar's "Écouter"; ``bar`` is put in the window by ``place_bar``;
    ``current_page`` gives the screen to read. ``engines`` and ``language`` are the engine
    plugins to try (by default ``ENGINES``, read when the engine is made) and the voice's language (tests use Qt's "mock" engine, which has English
    voices only).
    """

    def __init__(
        self,
        button: BigButton,
        current_page: Callable[[], QWidget],
        place_bar: Callable[[QWidget], None],
        *,
        engines: Sequence[str] | None = None,
        language: QLocale = FRENCH,
    ) -> None:
        super().__init__(button)
        self.button = button
        self.current_page = current_page
        self.engines = tuple(engines) if engines is not None else None
        self.language = language
        self.bar = ReadAloudBar()
        place_bar(self.bar)
        self.bar.slower.clicked.connect(lambda: self.change_speed(-1))
        self.bar.faster.clicked.connect(lambda: self.change_speed(+1))
        self.speed = NORMAL
        self.engine: Any = None  # a QTextToSpeech once the first reading asks for it
        self.voice: Any = None  # its say and stop, one at a time (desktop/ui/voice.py)
        self.problem = ""  # why there is no voice, once known
        self.parts: list[str] = []  # the sentences being read
        self.reading = 0  # which of them the voice is at (for engines that say their words)
        self._starts: list[int] = []  # where each sentence starts in the text being said
        self.speaking = False
        self._first = 0  # the sentence the text being said starts with

    # The engine ---------------------------------------------------------------------------
    def _engine(self) -> Any:
        """The engine, created on first use; None (and ``problem`` says why) without one."""
        if self.engine is not None or self.problem:
            return self.engine
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # a Python where PySide6-Addons is not installed
            self.problem = NO_MODULE
            return None
        available = QTextToSpeech.availableEngines()
        wanted = self.engines if self.engines is not None else ENGINES
        name = next((n for n in wanted if n in available), None)
        engine = QTextToSpeech(name, self) if name else None
        if engine is None or engine.state() == QTextToSpeech.State.Error:
            self.problem = f"{NO_VOICE} {what_to_do()}"
            return None
        locale = choose_locale(engine.availableLocales(), self.language)
        if locale is not None:
            engine.setLocale(locale)  # its voice becomes the locale's first voice
        if locale is None or engine.locale() != locale or not engine.availableVoices():
            self.problem = f"{NO_FRENCH} {what_to_do()}"
            return None
        from desktop.ui.voice import Voice

        self.voice = Voice(engine)
        self.voice.finished.connect(self._finished)
        self.voice.failed.connect(self._failed)
        engine.sayingWord.connect(self._saying_word)
        self.engine = engine
        return engine

    # Reading ------------------------------------------------------------------------------
    def toggle(self) -> None:
        """ "Écouter" reads the screen; "Arrêter" stops."""
        if self.speaking:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        engine = self._engine()
        if engine is None:
            self._say_problem(self.problem)
            return
        self.parts = spoken_parts(self.current_page())
        if not self.parts:
            return
        self.speaking = True
        self._show_speaking(True)
        self._say_from(0)

    def _say_from(self, index: int) -> None:
        """Say the sentences from ``index`` to the end as one text: its end is the end of the
        reading (speech-dispatcher stalls on a queue of sentences given at once)."""
        self.reading = index
        self._starts = []
        text = ""
        for part in self.parts[index:]:
            self._starts.append(len(text))
            text += part + " "
        self._first = index
        self.voice.say(text.rstrip(), SPEEDS[self.speed][1])

    def _saying_word(self, _word: str, _utterance: int, start: int, _length: int) -> None:
        """Follow the voice sentence by sentence (the engines that say where they are)."""
        begun = [i for i, begin in enumerate(self._starts) if begin <= start]
        if begun:
            self.reading = self._first + begun[-1]

    def stop(self) -> None:
        """Stop now (also when the screen changes: the words read would be the old screen's)."""
        if not self.speaking:
            self.bar.hide()
            return
        self.speaking = False
        if self.engine is not None:
            self.voice.stop()
        self._show_speaking(False)

    def change_speed(self, step: int) -> None:
        """One speed slower or faster; while reading, the current sentence starts again at
        the new speed."""
        self.speed = max(0, min(len(SPEEDS) - 1, self.speed + step))
        self.bar.show_speed(self.speed)
        announce(self.bar.message, self.bar.message.text())
        if self.speaking:  # the new speed is set as the text is sent again
            self._say_from(self.reading)

    def _finished(self) -> None:
        """All of it was said."""
        if self.speaking:
            self.speaking = False
            self._show_speaking(False)

    def _failed(self) -> None:
        if self.speaking:
            self.speaking = False
            self._show_speaking(False)
            self._say_problem(f"{VOICE_FAILED} {MEANWHILE}")

    # What she sees ------------------------------------------------------------------------
    def _show_speaking(self, speaking: bool) -> None:
        text, help_text = (STOP, STOP_HELP) if speaking else (LISTEN, LISTEN_HELP)
        self.button.setText(text)
        self.button.setAccessibleName(text)
        self.button.setAccessibleDescription(help_text)
        if speaking:
            self.bar.show_speed(self.speed)
            return
        if self.bar.isAncestorOf(QApplication.focusWidget()):
            self.button.setFocus(Qt.FocusReason.OtherFocusReason)  # the focus is not lost
        self.bar.hide()

    def _say_problem(self, message: str) -> None:
        """In the bar, in the button's description, and to a screen reader."""
        self.bar.show_message(message)
        self.button.setAccessibleDescription(message)
        announce(self.button, message)
