"""desktop/ui/voice.py: say and stop reach the engine one at a time (speech-dispatcher's client
deadlocks otherwise). An engine double stands in for speech-dispatcher's timing, which Qt's mock
engine does not have: its states change only when the test says the engine's events arrived."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

QTextToSpeech = pytest.importorskip("PySide6.QtTextToSpeech").QTextToSpeech
State = QTextToSpeech.State


class SlowEngine(QObject):
    """Like speech-dispatcher: ``say`` and ``stop`` return at once, the state follows later."""

    stateChanged = Signal(object)  # noqa: N815 (Qt's name)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []
        self._state = State.Ready

    def state(self) -> State:
        return self._state

    def say(self, text: str) -> None:
        assert self._state == State.Ready and not self.pending(), self.calls
        self.calls.append(f"say {text}")

    def stop(self) -> None:
        self.calls.append("stop")

    def setRate(self, rate: float) -> None:
        self.calls.append(f"rate {rate}")

    def pending(self) -> bool:
        return bool(self.calls) and self.calls[-1].startswith("say") and self._state == State.Ready

    def arrive(self, state: State) -> None:
        self._state = state
        self.stateChanged.emit(state)


@pytest.fixture
def voice(qtbot):  # type: ignore[no-untyped-def]
    from desktop.ui.voice import Voice

    return Voice(SlowEngine())  # type: ignore[arg-type]


def test_a_stop_before_the_text_began_waits_for_it(voice) -> None:  # type: ignore[no-untyped-def]
    engine = voice.engine
    voice.say("un", 0.0)
    voice.stop()  # speech-dispatcher has not said it began
    assert engine.calls == ["rate 0.0", "say un"]
    engine.arrive(State.Speaking)
    assert engine.calls[-1] == "stop"
    engine.arrive(State.Ready)
    assert voice.waiting == ""


def test_a_new_text_stops_the_old_one_and_waits_for_ready(voice, qtbot) -> None:  # type: ignore[no-untyped-def]
    engine = voice.engine
    voice.say("un", 0.0)
    engine.arrive(State.Speaking)
    voice.say("deux", -0.25)  # a slower speed
    voice.say("trois", -0.5)  # and slower again before the engine answered
    assert engine.calls == ["rate 0.0", "say un", "stop"]
    with qtbot.assertNotEmitted(voice.finished):
        engine.arrive(State.Ready)  # the stop's answer: not the end of a reading
    assert engine.calls[-2:] == ["rate -0.5", "say trois"]
    engine.arrive(State.Speaking)
    with qtbot.waitSignal(voice.finished, timeout=100):
        engine.arrive(State.Ready)  # said to its end


def test_an_engine_that_never_answers_fails_kindly(voice, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    voice._answer.setInterval(50)
    with qtbot.waitSignal(voice.failed, timeout=2000):
        voice.say("un", 0.0)  # no Speaking ever comes
    assert voice.waiting == ""
