"""Addresses, useful numbers, legal articles and advice from ``resources/data/guidance.json``.

Every entry carries its sources; the file is checked when loaded and a broken entry is
reported with the file and the entry named.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from desktop.core.datafile import Fact, Fields, Source, load_data_file

SCHEMA = "vigie-mutuelle/guidance/1"
NUMBER_KINDS = frozenset({"telephone", "sms", "site", "urgence"})


@dataclass(frozen=True)
class PostalAddress:
    id: str
    label: str
    name_line: str
    lines: tuple[str, ...]
    postal_code: str
    city: str
    note: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class UsefulNumber:
    id: str
    name: str
    number: str
    kind: str  # one of NUMBER_KINDS
    cost: str
    hours: str
    what: str
    caution: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    summary: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Guidance:
    addresses: Mapping[str, PostalAddress]
    numbers: tuple[UsefulNumber, ...]
    articles: Mapping[str, Article]
    complaint_facts: Mapping[str, Fact]
    advice: tuple[Fact, ...]
    card_tips: tuple[Fact, ...]

    def number(self, number_id: str) -> UsefulNumber:
        for entry in self.numbers:
            if entry.id == number_id:
                return entry
        raise KeyError(number_id)


def parse_guidance(raw: object, path: Path) -> Guidance:
    """Check and convert the parsed JSON; raises :class:`DataFileError`."""
    top = Fields(path, "(file)", raw)
    addresses = {
        key: PostalAddress(
            id=key,
            label=r.text("label"),
            name_line=r.text("name_line"),
            lines=r.texts("lines"),
            postal_code=r.text("postal_code"),
            city=r.text("city"),
            note=r.text("note", optional=True),
            sources=r.sources(),
        )
        for key, r in top.mapping("addresses").items()
    }
    numbers = []
    for r in top.objects("numbers"):
        entry = UsefulNumber(
            id=r.text("id"),
            name=r.text("name"),
            number=r.text("number"),
            kind=r.text("kind"),
            cost=r.text("cost", optional=True),
            hours=r.text("hours", optional=True),
            what=r.text("what"),
            caution=r.text("caution", optional=True),
            sources=r.sources(),
        )
        if entry.kind not in NUMBER_KINDS:
            raise r.fail(f"unknown kind {entry.kind!r}; expected one of {sorted(NUMBER_KINDS)}")
        numbers.append(entry)
    articles = {
        key: Article(id=key, title=r.text("title"), summary=r.text("summary"), sources=r.sources())
        for key, r in top.mapping("articles").items()
    }
    return Guidance(
        addresses=MappingProxyType(addresses),
        numbers=tuple(numbers),
        articles=MappingProxyType(articles),
        complaint_facts=MappingProxyType(
            {key: r.fact() for key, r in top.mapping("complaint_facts").items()}
        ),
        advice=tuple(r.fact() for r in top.objects("advice")),
        card_tips=tuple(r.fact() for r in top.objects("card_tips")),
    )


def load_guidance_file(path: Path) -> Guidance:
    file_path, raw = load_data_file(path.name, SCHEMA, path)
    return parse_guidance(raw, file_path)


@cache
def load_guidance() -> Guidance:
    """The bundled guidance, loaded and checked once."""
    file_path, raw = load_data_file("guidance.json", SCHEMA)
    return parse_guidance(raw, file_path)
