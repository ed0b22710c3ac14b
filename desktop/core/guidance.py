"""Addresses, useful numbers, legal articles and advice from ``resources/data/guidance.json``.

Every entry carries its sources; the file is checked when loaded and a broken entry is
reported with the file and the entry named.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desktop.core.resources import resource_path

_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
NUMBER_KINDS = frozenset({"telephone", "sms", "site", "urgence"})


class GuidanceError(ValueError):
    """``guidance.json`` is missing or does not follow its schema."""


@dataclass(frozen=True)
class Source:
    url: str
    title: str
    date: str | None  # "YYYY-MM-DD" or "YYYY-MM"; None when the facts give no date


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
class Tip:
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Guidance:
    addresses: Mapping[str, PostalAddress]
    numbers: tuple[UsefulNumber, ...]
    articles: Mapping[str, Article]
    complaint_facts: Mapping[str, Tip]
    advice: tuple[Tip, ...]
    card_tips: tuple[Tip, ...]

    def number(self, number_id: str) -> UsefulNumber:
        for entry in self.numbers:
            if entry.id == number_id:
                return entry
        raise KeyError(number_id)


class _Reader:
    """Reads one entry, naming the file and the entry in every error."""

    def __init__(self, path: Path, where: str, raw: object) -> None:
        self.path = path
        self.where = where
        if not isinstance(raw, dict):
            self.fail("doit être un objet { … }")
        self.raw: dict[str, Any] = raw  # type: ignore[assignment]

    def fail(self, problem: str) -> None:
        raise GuidanceError(f"{self.path} : l'entrée « {self.where} » {problem}.")

    def text(self, key: str, *, allow_empty: bool = False) -> str:
        value = self.raw.get(key)
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            self.fail(f"doit avoir un texte « {key} »")
        return str(value)

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.fail(f"doit avoir une liste de textes « {key} »")
        return tuple(value)  # type: ignore[arg-type]

    def sources(self) -> tuple[Source, ...]:
        raw = self.raw.get("sources")
        if not isinstance(raw, list) or not raw:
            self.fail("doit avoir au moins une source dans « sources »")
        result = []
        for index, item in enumerate(raw):  # type: ignore[arg-type]
            reader = _Reader(self.path, f"{self.where}.sources[{index}]", item)
            url = reader.text("url")
            if not url.startswith(("http://", "https://")):
                reader.fail("doit avoir une adresse « url » qui commence par http:// ou https://")
            date = reader.raw.get("date")
            if date is not None and not (isinstance(date, str) and _DATE.match(date)):
                reader.fail("doit avoir une « date » AAAA-MM-JJ, AAAA-MM ou null")
            result.append(Source(url=url, title=reader.text("title"), date=date))
        return tuple(result)


def _section(path: Path, raw: dict[str, Any], key: str, kind: type) -> Any:
    value = raw.get(key)
    if not isinstance(value, kind) or not value:
        raise GuidanceError(f"{path} : la section « {key} » manque ou est vide.")
    return value


def parse_guidance(raw: object, path: Path) -> Guidance:
    """Check and convert the parsed JSON; raises :class:`GuidanceError`."""
    if not isinstance(raw, dict):
        raise GuidanceError(f"{path} : le fichier doit contenir un objet JSON {{ … }}.")
    addresses = {}
    for key, item in _section(path, raw, "addresses", dict).items():
        r = _Reader(path, f"addresses.{key}", item)
        addresses[key] = PostalAddress(
            id=key,
            label=r.text("label"),
            name_line=r.text("name_line"),
            lines=r.texts("lines"),
            postal_code=r.text("postal_code"),
            city=r.text("city"),
            note=r.text("note", allow_empty=True),
            sources=r.sources(),
        )
    numbers = []
    for index, item in enumerate(_section(path, raw, "numbers", list)):
        r = _Reader(path, f"numbers[{index}]", item)
        entry = UsefulNumber(
            id=r.text("id"),
            name=r.text("name"),
            number=r.text("number"),
            kind=r.text("kind"),
            cost=r.text("cost", allow_empty=True),
            hours=r.text("hours", allow_empty=True),
            what=r.text("what"),
            caution=r.text("caution", allow_empty=True),
            sources=r.sources(),
        )
        if entry.kind not in NUMBER_KINDS:
            r.fail(f"a un « kind » inconnu ({entry.kind}) ; attendu : {sorted(NUMBER_KINDS)}")
        numbers.append(entry)
    articles = {}
    for key, item in _section(path, raw, "articles", dict).items():
        r = _Reader(path, f"articles.{key}", item)
        articles[key] = Article(
            id=key, title=r.text("title"), summary=r.text("summary"), sources=r.sources()
        )
    facts = {
        key: _tip(path, f"complaint_facts.{key}", item)
        for key, item in _section(path, raw, "complaint_facts", dict).items()
    }
    return Guidance(
        addresses=MappingProxyType(addresses),
        numbers=tuple(numbers),
        articles=MappingProxyType(articles),
        complaint_facts=MappingProxyType(facts),
        advice=_tips(path, raw, "advice"),
        card_tips=_tips(path, raw, "card_tips"),
    )


def _tip(path: Path, where: str, item: object) -> Tip:
    reader = _Reader(path, where, item)
    return Tip(text=reader.text("text"), sources=reader.sources())


def _tips(path: Path, raw: dict[str, Any], key: str) -> tuple[Tip, ...]:
    items = _section(path, raw, key, list)
    return tuple(_tip(path, f"{key}[{index}]", item) for index, item in enumerate(items))


def load_guidance_file(path: Path) -> Guidance:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GuidanceError(f"{path} : lecture impossible ({error}).") from error
    return parse_guidance(raw, path)


@cache
def load_guidance() -> Guidance:
    """The bundled guidance, loaded and checked once."""
    return load_guidance_file(resource_path("data", "guidance.json"))
