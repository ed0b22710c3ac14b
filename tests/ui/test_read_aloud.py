"""Read aloud ("Écouter"): what it says on each kind of screen, and the real button driving Qt's
own "mock" text-to-speech engine (shipped in PySide6-Addons' plugins/texttospeech).

Qt's mock engine has English, Norwegian and Finnish voices only: the tests that speak ask it
for its British English voice (the words it receives are the French text all the same); with
the app's own setting (a French voice) the same engine gives the "no French voice" message.
"""

from __future__ import annotations

import re
import sys

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desktop.commands.samples import fill_with_samples
from desktop.core.verdict import assess
from desktop.ui.read_aloud import (
    NO_FRENCH,
    NO_MODULE,
    NORMAL,
    SPEEDS,
    STOP,
    VOICE_FAILED,
    ReadAloud,
    speed_words,
    what_to_do,
)
from desktop.ui.spoken_text import NOTHING_CHOSEN, clean, spoken_parts
from desktop.ui.widgets import Text
from desktop.ui.wizard import LISTEN, LISTEN_SHORTCUT
from tests.ui.helpers import choose, clipped_widgets

QTextToSpeech = pytest.importorskip("PySide6.QtTextToSpeech").QTextToSpeech
MOCK_VOICE = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def words(text: str) -> list[str]:
    """The words as the mock engine cuts them (at every character that is not an ASCII letter,
    digit or underscore: QRegularExpression's \\W)."""
    return [w for w in re.split(r"\W+", text, flags=re.ASCII) if w]


def with_mock(window, language: QLocale = MOCK_VOICE) -> ReadAloud:  # type: ignore[no-untyped-def]
    """The window's read-aloud, on Qt's mock engine (built as the window builds it)."""
    window.read_aloud = ReadAloud(
        window.top_bar.listen,
        lambda: window.current,
        window.place_bar,
        engines=("mock",),
        language=language,
    )
    return window.read_aloud


def heard(qtbot, reader: ReadAloud, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The first ``count`` words the engine says."""
    said: list[str] = []
    reader.engine.sayingWord.connect(lambda word, *_: said.append(word))
    qtbot.waitUntil(lambda: len(said) >= count, timeout=5000)
    return said[:count]


# What is said ---------------------------------------------------------------------------------
def test_a_question_is_said_with_its_help_and_numbered_answers(window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("has_mutuelle")
    page = window.current
    parts = spoken_parts(page)
    assert parts[0] == clean(page.heading.text())  # the question first
    assert parts[1] == "Ou une complémentaire santé, même par votre employeur."  # its hint
    answers = [p for p in parts if p.startswith("Réponse ")]
    assert answers == [
        "Réponse 1 sur 3 : Oui.",
        "Réponse 2 sur 3 : Non.",
        "Réponse 3 sur 3 : Je ne sais pas.",
    ]
    assert parts.index(NOTHING_CHOSEN) == parts.index(answers[-1]) + 1
    assert any(p.startswith("Une mutuelle, ou complémentaire santé, rembourse") for p in parts)
    assert not any(p.startswith("Partie 1 sur 3") for p in parts)  # not the progress line


def test_the_chosen_answer_is_said(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("has_mutuelle")
    choose(qtbot, window, "non")
    parts = spoken_parts(window.current)
    assert "Vous avez choisi : Non." in parts
    assert NOTHING_CHOSEN not in parts


def test_the_result_is_said(window) -> None:  # type: ignore[no-untyped-def]
    fill_with_samples(window.context)
    window.show_page("result")
    verdict = assess(window.context.answers.check, window.context.catalog)
    text = " ".join(spoken_parts(window.current))
    assert text.startswith("Votre résultat.")
    for sentence in (verdict.headline, verdict.explanation, verdict.next_step):
        assert clean(sentence)[:40] in text


def test_the_advice_and_numbers_are_said_without_the_sources(window) -> None:  # type: ignore[no-untyped-def]
    fill_with_samples(window.context)
    window.show_page("next_steps")
    text = " ".join(spoken_parts(window.current))
    guidance = window.context.guidance
    assert clean(guidance.advice[0].text) in text
    assert all(number.number in text for number in guidance.numbers)
    assert "Source :" not in text and "Sources :" not in text


def test_ticked_documents_and_typed_words_are_said(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("documents")
    page = window.current
    first = next(b for b in page.buttons.values() if b.isVisible())
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    parts = spoken_parts(page)
    title = clean(first.title.text())
    assert any(p.startswith(title) and p.endswith("Choisi.") for p in parts)
    shown = [b for b in page.buttons.values() if b.isVisibleTo(page)]
    assert sum(p.endswith("Pas choisi.") for p in parts) == len(shown) - 1
    window.show_page("insurer_name")
    window.current.field.setText("Malakoff")
    assert "Vous avez écrit : Malakoff." in spoken_parts(window.current)


# The button and the engine --------------------------------------------------------------------
def test_ecouter_speaks_the_screen_and_arreter_stops_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("has_mutuelle")
    reader = with_mock(window)
    button = window.top_bar.listen
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert reader.engine is not None and reader.engine.engine() == "mock"
    assert reader.engine.state() == QTextToSpeech.State.Speaking
    assert button.text() == STOP and button.accessibleName() == STOP
    assert reader.bar.isVisible() and reader.bar.faster.isVisible()
    expected = words(" ".join(spoken_parts(window.current)))
    assert heard(qtbot, reader, 12) == expected[:12]  # the question, then its hint
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # "Arrêter"
    assert reader.engine.state() == QTextToSpeech.State.Ready
    assert button.text() == LISTEN
    assert not reader.bar.isVisible()


def test_the_shortcut_starts_and_stops(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = with_mock(window)
    modifiers = Qt.KeyboardModifier.ControlModifier
    assert LISTEN_SHORTCUT == "Ctrl+L"
    qtbot.keyClick(window, Qt.Key.Key_L, modifiers)
    assert reader.engine.state() == QTextToSpeech.State.Speaking
    assert heard(qtbot, reader, 3) == words(window.current.heading.text())[:3]
    qtbot.keyClick(window, Qt.Key.Key_L, modifiers)
    assert reader.engine.state() == QTextToSpeech.State.Ready
    assert window.top_bar.listen.text() == LISTEN


def test_a_whole_reading_ends_on_ecouter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    short = QWidget()
    QVBoxLayout(short).addWidget(Text("Bonjour. Au revoir.", parent=short))
    reader = ReadAloud(
        window.top_bar.listen,
        lambda: short,
        window.place_bar,
        engines=("mock",),
        language=MOCK_VOICE,
    )
    window.read_aloud = reader
    qtbot.mouseClick(window.top_bar.listen, Qt.MouseButton.LeftButton)
    assert window.top_bar.listen.text() == STOP
    qtbot.waitUntil(lambda: window.top_bar.listen.text() == LISTEN, timeout=5000)
    assert reader.engine.state() == QTextToSpeech.State.Ready
    assert not reader.bar.isVisible()


def test_the_speed_changes_the_engine_rate_and_goes_on_reading(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("has_mutuelle")
    reader = with_mock(window)
    qtbot.mouseClick(window.top_bar.listen, Qt.MouseButton.LeftButton)
    assert clean(reader.bar.message.text()) == speed_words(NORMAL) == "Vitesse : normale"
    assert reader.engine.rate() == 0.0
    qtbot.mouseClick(reader.bar.slower, Qt.MouseButton.LeftButton)
    assert reader.engine.rate() == SPEEDS[1][1] < 0
    assert clean(reader.bar.message.text()) == "Vitesse : lente"
    assert reader.engine.state() == QTextToSpeech.State.Speaking  # still reading
    assert window.top_bar.listen.text() == STOP
    assert heard(qtbot, reader, 2) == words(spoken_parts(window.current)[reader.reading])[:2]
    for _ in SPEEDS:
        qtbot.mouseClick(reader.bar.faster, Qt.MouseButton.LeftButton)
    assert reader.engine.rate() == SPEEDS[-1][1] > 0
    assert not reader.bar.faster.isEnabled() and reader.bar.slower.isEnabled()
    assert reader.bar in [w.parentWidget() for w in window.tab_chain()]  # reached by Tab


def test_changing_screen_stops_the_reading(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = with_mock(window)
    qtbot.mouseClick(window.top_bar.listen, Qt.MouseButton.LeftButton)
    window.go_next()
    assert window.current.page_id == "has_mutuelle"
    assert reader.engine.state() == QTextToSpeech.State.Ready
    assert window.top_bar.listen.text() == LISTEN


def test_without_a_french_voice_the_button_says_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = with_mock(window, QLocale(QLocale.Language.French, QLocale.Country.France))
    button = window.top_bar.listen
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert reader.engine is None
    message = clean(reader.bar.message.text())
    assert message.startswith(clean(NO_FRENCH))
    assert clean(what_to_do()) in message
    assert reader.bar.isVisible() and not reader.bar.slower.isVisible()
    assert button.text() == LISTEN and NO_FRENCH in button.accessibleDescription()
    window.go_next()  # the message goes with the screen
    assert not reader.bar.isVisible()


def test_without_qttexttospeech_the_button_says_so(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails
    qtbot.mouseClick(window.top_bar.listen, Qt.MouseButton.LeftButton)  # the real lazy path
    reader = window.read_aloud
    assert reader is not None and reader.engine is None
    assert clean(reader.bar.message.text()) == clean(NO_MODULE)
    assert window.top_bar.listen.text() == LISTEN


def test_what_to_do_names_each_system() -> None:
    assert "Heure et langue" in what_to_do("win32")
    assert "speech-dispatcher" in what_to_do("linux")
    assert "Contenu énoncé" in what_to_do("darwin")


def test_the_button_keeps_the_focus_when_the_bar_goes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = with_mock(window)
    qtbot.mouseClick(window.top_bar.listen, Qt.MouseButton.LeftButton)
    reader.bar.slower.setFocus()
    qtbot.mouseClick(window.top_bar.listen, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is window.top_bar.listen


def test_at_200_percent_in_800x600_ecouter_and_the_speed_bar_are_whole(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.zoom.set_factor(2.0)
    window.resize(800, 600)
    window.show_page("has_mutuelle")
    reader = with_mock(window)
    # By the shortcut: the focus stays on the screen (with the focus on the button: below).
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        QApplication.processEvents()
    listen = window.top_bar.listen
    assert listen.text() == STOP
    assert window.top_bar.menu_button.isVisible()  # the bar is folded, "Écouter" is not
    for widget in (listen, reader.bar.slower, reader.bar.faster, reader.bar.message):
        assert widget.isVisible()
        left = widget.mapTo(window, QPoint(0, 0)).x()
        assert left >= 0 and left + widget.width() <= window.width(), widget.accessibleName()
    assert listen.height() >= 48
    assert clipped_widgets(window) == []


def test_a_voice_that_stops_answering_is_said(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = with_mock(window)
    qtbot.mouseClick(window.top_bar.listen, Qt.MouseButton.LeftButton)
    reader.voice.failed.emit()  # what desktop/ui/voice.py says when the engine gives no answer
    assert window.top_bar.listen.text() == LISTEN
    assert clean(reader.bar.message.text()).startswith(clean(VOICE_FAILED))
    assert not reader.bar.slower.isVisible()


@pytest.mark.parametrize("percent", [100, 125, 150, 200])
def test_ecouter_pressed_with_the_focus_on_it_stays_whole(qtbot, window, percent) -> None:  # type: ignore[no-untyped-def]
    """Tab to "Écouter", Space: its words become "Arrêter" while it has the focus ring, which
    is thicker than its border; the button must still get all the room it asks for."""
    window.zoom.set_factor(percent / 100)
    window.resize(800, 600)
    window.show_page("has_mutuelle")
    with_mock(window)
    listen = window.top_bar.listen
    listen.setFocus()
    qtbot.keyClick(listen, Qt.Key.Key_Space)
    for _ in range(3):
        QApplication.processEvents()
    assert listen.text() == STOP and listen.hasFocus()
    assert clipped_widgets(window) == []
