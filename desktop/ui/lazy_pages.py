"""Screens built the first time they are shown, not all at start.

The window's ``pages`` is a :class:`LazyPages`: a read-only mapping from page id to screen, in
the wizard's order. Iterating it (or ``in``) gives the ids and builds nothing; looking a page up
imports its module and builds it the first time, then gives the same screen each time. So the
first window costs one screen, and a screen is new when it first appears (screen readers
announce it as such).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.page import Page

# (page id, "package.module:ClassName"): the id is known without importing the screen.
PageSpec = tuple[str, str]


def page_class(where: str) -> type[Page]:
    """The class at ``"package.module:ClassName"``, its module imported now if need be."""
    module, _, name = where.partition(":")
    cls: type[Page] = getattr(importlib.import_module(module), name)
    return cls


class LazyPages(Mapping[str, "Page"]):
    """Page id -> screen; ``build(cls)`` makes a screen and puts it in the window."""

    def __init__(self, specs: Sequence[PageSpec], build: Callable[[type[Page]], Page]) -> None:
        self._where = dict(specs)
        self._build = build
        self._built: dict[str, Page] = {}

    def __getitem__(self, page_id: str) -> Page:
        page = self._built.get(page_id)
        if page is None:
            page = self._build(page_class(self._where[page_id]))
            if page.page_id != page_id:
                raise ValueError(f"{self._where[page_id]} has page_id {page.page_id!r}")
            self._built[page_id] = page
        return page

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._where

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def built(self) -> list[str]:
        """The ids of the screens built so far, in the order they were built."""
        return list(self._built)
