"""Difficult words are explained in plain words on the screen where they appear, and the
event has one name on screens: "le piratage"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from desktop.commands.samples import fill_with_samples
from desktop.core.plain_words import EXPLAINED_BY, is_explained, shows
from desktop.ui.page import WORDS_PAGE
from tests.ui.helpers import visible_texts

OTHER_NAMES = re.compile(r"\b(volée?s?|exposée?s?|piratée?s?|fuite|attaques?)\b", re.IGNORECASE)
INSURERS = ["mutaero", ""]  # a known mutuelle (a verdict with sources), and an unknown one


def every_screen_text(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    texts = {}
    for page_id in list(window.pages):
        if page_id in (WORDS_PAGE, "sources"):  # the glossary; the sources, quoted as published
            continue
        window.show_page(page_id, remember=page_id != "welcome")
        QApplication.processEvents()
        lines = visible_texts(window.current).splitlines()
        # The names of the sources are quoted as their publishers wrote them.
        texts[page_id] = "\n".join(line for line in lines if not line.startswith("Source"))
    return texts


@pytest.fixture(params=INSURERS)
def screens(request, window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    fill_with_samples(window.context)
    window.context.answers.check.insurer_id = request.param
    return every_screen_text(window)


def test_each_difficult_word_is_explained_on_its_screen(screens: dict[str, str]) -> None:
    problems = [
        f"{page_id}: « {word} » is not explained"
        for page_id, text in screens.items()
        for word in EXPLAINED_BY
        if shows(text, word) and not is_explained(text, word)
    ]
    assert problems == [], "\n".join(problems)


def test_one_word_for_the_event(screens: dict[str, str]) -> None:
    problems = [
        f"{page_id}: {m.group(0)!r}"
        for page_id, text in screens.items()
        for m in OTHER_NAMES.finditer(text)
    ]
    assert problems == [], "\n".join(problems)
