"""The engine's ``say`` and ``stop``, one at a time (read aloud, desktop/ui/read_aloud.py).

speech-dispatcher's client library deadlocks when ``say`` or ``stop`` is called while its own
events are still on their way (a new text sent while the last one is being spoken, then a
stop: the window froze, in a test clicking "Écouter" and changing screens quickly; Godot met
the same, godotengine/godot#110481). So a text is sent only when the engine is Ready and no
call is waiting for its answer, a stop only once the text has begun (Speaking), and the rate
is set just before a text is sent. Imported only after QtTextToSpeech was.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

State = QTextToSpeech.State
ANSWER_WAIT_MS = 5000  # an engine that has not begun or stopped by then is said to have failed


class Voice(QObject):
    """``say(text, rate)`` replaces what is being said; ``stop()`` stops. ``finished`` when a
    text was said to its end, ``failed`` when the engine gives an error or no answer."""

    finished = Signal()
    failed = Signal()

    def __init__(self, engine: QTextToSpeech) -> None:
        super().__init__(engine)
        self.engine = engine
        self.waiting = ""  # "start" (a text was sent) or "stop" (a stop was sent)
        self._next: tuple[str, float] | None = None  # the text to send once the engine is free
        self._stop_once_begun = False
        self._answer = QTimer(self)
        self._answer.setSingleShot(True)
        self._answer.setInterval(ANSWER_WAIT_MS)
        self._answer.timeout.connect(self._no_answer)
        engine.stateChanged.connect(self._changed)

    def say(self, text: str, rate: float) -> None:
        self._next = (text, rate)
        self._stop_once_begun = False
        self._run()

    def stop(self) -> None:
        self._next = None
        if self.waiting == "start":
            self._stop_once_begun = True
        elif not self.waiting and self.engine.state() in (State.Speaking, State.Paused):
            self._send_stop()

    def _send(self, what: str) -> None:
        self.waiting = what
        self._answer.start()

    def _send_stop(self) -> None:
        self._send("stop")
        self.engine.stop()

    def _run(self) -> None:
        if self.waiting or self._next is None:
            return
        if self.engine.state() in (State.Speaking, State.Paused):
            self._send_stop()  # the new text goes once the old one has stopped
            return
        (text, rate), self._next = self._next, None
        self.engine.setRate(rate)
        self._send("start")
        self.engine.say(text)

    def _changed(self, state: State) -> None:
        if state == State.Error:
            self._reset()
            self.failed.emit()
            return
        if state == State.Speaking and self.waiting == "start":
            self._reset()
            if self._stop_once_begun:
                self._stop_once_begun = False
                self._send_stop()
            else:
                self._run()  # a newer text (a new speed) stops this one first
        elif state == State.Ready and self.waiting != "start":
            stopped = self.waiting == "stop"
            self._reset()
            if self._next is not None:
                self._run()
            elif not stopped:
                self.finished.emit()

    def _reset(self) -> None:
        self.waiting = ""
        self._answer.stop()

    def _no_answer(self) -> None:
        self._reset()
        self._next = None
        self.failed.emit()
