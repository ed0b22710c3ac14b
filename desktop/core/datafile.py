"""Load the JSON files of ``resources/data`` and check their shape at load time.

A broken file raises :class:`DataFileError` naming the file and the entry, so a bad edit of the
facts is caught when the app starts (and by the tests), never shown as a wrong answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.french_dates import MONTHS
from desktop.core.resources import resource_path

_DATE = re.compile(r"^(\d{4})(-(\d{2}))?(-(\d{2}))?$")


class DataFileError(ValueError):
    """A data file does not follow its schema."""

    def __init__(self, path: Path, entry: str, problem: str) -> None:
        super().__init__(f"{path.name}: {entry}: {problem}")
        self.path = path
        self.entry = entry
        self.problem = problem


@dataclass(frozen=True)
class Source:
    """Where a fact comes from, and how old it is."""

    url: str
    title: str
    date: str  # "YYYY", "YYYY-MM", "YYYY-MM-DD" or "" when the source is undated
    date_from: str = ""  # start of the period the source covers, when it covers one

    @property
    def date_fr(self) -> str:
        """``8 février 2024``, ``octobre 2017 à octobre 2018`` or ``page non datée``."""
        if self.date_from and self.date:
            return f"{french_partial_date(self.date_from)} à {french_partial_date(self.date)}"
        return french_partial_date(self.date)


@dataclass(frozen=True)
class Fact:
    """One statement shown or printed, in French, with the sources it rests on."""

    text: str
    sources: tuple[Source, ...]


def french_partial_date(value: str) -> str:
    """``"2024-02-08"`` -> ``"8 février 2024"``, ``"2024-02"`` -> ``"février 2024"``."""
    match = _DATE.match(value)
    if not match:
        return "page non datée"
    year, _, month, _, day = match.groups()
    if month is None:
        return year
    name = MONTHS[int(month) - 1]
    if day is None:
        return f"{name} {year}"
    day_text = "1er" if int(day) == 1 else str(int(day))
    return f"{day_text} {name} {year}"


def load_data_file(name: str, schema: str, path: Path | None = None) -> tuple[Path, dict[str, Any]]:
    """Read ``resources/data/NAME`` and check its ``schema`` tag."""
    file_path = path or resource_path("data", name)
    try:
        raw = json.loads(file_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise DataFileError(file_path, "(file)", f"cannot be read: {error}") from error
    if not isinstance(raw, dict) or raw.get("schema") != schema:
        raise DataFileError(file_path, "(file)", f"expected schema {schema!r}")
    return file_path, raw


class Fields:
    """Typed access to one JSON object, raising :class:`DataFileError` with its location."""

    def __init__(self, path: Path, entry: str, raw: object) -> None:
        if not isinstance(raw, dict):
            raise DataFileError(path, entry, "must be an object")
        self.path, self.entry, self.raw = path, entry, raw

    def fail(self, problem: str) -> DataFileError:
        return DataFileError(self.path, self.entry, problem)

    def text(self, key: str, *, optional: bool = False) -> str:
        value = self.raw.get(key, "" if optional else None)
        if not isinstance(value, str) or (not optional and not value.strip()):
            raise self.fail(f"field {key!r} must be a non-empty string")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"field {key!r} must be a list of strings")
        return tuple(value)

    def objects(self, key: str, *, allow_empty: bool = False) -> list[Fields]:
        value = self.raw.get(key)
        if not isinstance(value, list) or (not value and not allow_empty):
            raise self.fail(f"field {key!r} must be a non-empty list")
        prefix = "" if self.entry == "(file)" else f"{self.entry}."
        return [Fields(self.path, f"{prefix}{key}[{i}]", item) for i, item in enumerate(value)]

    def obj(self, key: str) -> Fields:
        return Fields(self.path, f"{self.entry}.{key}", self.raw.get(key))

    def mapping(self, key: str) -> dict[str, Fields]:
        value = self.raw.get(key)
        if not isinstance(value, dict) or not value:
            raise self.fail(f"field {key!r} must be a non-empty object")
        prefix = "" if self.entry == "(file)" else f"{self.entry}."
        return {
            name: Fields(self.path, f"{prefix}{key}.{name}", item) for name, item in value.items()
        }

    def fact(self) -> Fact:
        return Fact(self.text("text"), self.sources())

    def date(self, key: str) -> str:
        """A date ``YYYY[-MM[-DD]]``; absent or null means undated and gives ``""``."""
        if self.raw.get(key) is None:
            return ""
        value = self.text(key, optional=True)
        if value and not _DATE.match(value):
            raise self.fail(f"field {key!r} must be a date YYYY[-MM[-DD]]")
        return value

    def sources(self) -> tuple[Source, ...]:
        items = self.objects("sources")
        result = []
        for item in items:
            url = item.text("url")
            if not url.startswith(("http://", "https://")):
                raise item.fail("url must start with http:// or https://")
            result.append(
                Source(
                    url=url,
                    title=item.text("title"),
                    date=item.date("date"),
                    date_from=item.date("date_from"),
                )
            )
        return tuple(result)
