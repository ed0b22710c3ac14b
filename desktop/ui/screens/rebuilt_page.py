"""A screen whose content depends on the answers and is rebuilt each time it appears."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.datafile import Source
from desktop.core.plain_words import explain_first
from desktop.core.verdict import Verdict, assess
from desktop.ui.page import Page
from desktop.ui.widgets import Text, source_line


class RebuiltPage(Page):
    explains_words = True  # not on the sources screen: titles are quoted as published

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.content = self._new_content()
        self.body.addWidget(self.content)

    def _new_content(self) -> QWidget:
        content = QWidget(self)
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.setSpacing(12)
        return content

    def verdict(self) -> Verdict:
        return assess(self.answers.check, self.context.catalog)

    def enter(self) -> None:
        old = self.content
        self.content = self._new_content()
        self.body.replaceWidget(old, self.content)
        old.hide()  # gone from the screen now (a screen built on first show has never laid it out)
        old.deleteLater()
        self.build()
        if self.explains_words:
            self.explain_words()

    def explain_words(self) -> None:
        """The first difficult word of the screen gets its plain words (not in the names of
        the sources, quoted as their publishers wrote them)."""
        labels = [
            label
            for label in self.content.findChildren(Text)
            if label.property("role") != "source" and label.text()
        ]
        for label, text in zip(
            labels, explain_first([label.text() for label in labels]), strict=True
        ):
            if text != label.text():
                label.setText(text)

    def build(self) -> None:
        raise NotImplementedError

    def add(self, widget: QWidget) -> QWidget:
        self.content_layout.addWidget(widget)
        return widget

    def add_text(self, text: str, role: str = "") -> Text:
        label = Text(text, role, self.content)
        self.content_layout.addWidget(label)
        return label

    def add_sources(self, sources: tuple[Source, ...]) -> None:
        if sources:
            self.add_text(source_line(sources), "source")
