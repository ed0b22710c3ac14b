"""The two breaches: when, how, what was exposed and what was not, with sources."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.core.catalog import OPERATORS
from desktop.core.datafile import Fact, Fields, load_data_file


@dataclass(frozen=True)
class Incident:
    operator: str
    name: str
    discovered: str
    disclosed: str
    how: Fact
    exposed: tuple[Fact, ...]
    not_exposed: tuple[Fact, ...]


@dataclass(frozen=True)
class Incidents:
    overview: Fact
    by_operator: dict[str, Incident]
    compiled_on: str


def parse_incidents(path: Path | None = None) -> Incidents:
    file_path, raw = load_data_file("incidents.json", "vigie-mutuelle/incidents/1", path)
    top = Fields(file_path, "(file)", raw)
    by_operator: dict[str, Incident] = {}
    for item in top.objects("incidents"):
        operator = item.text("operator")
        if operator not in OPERATORS:
            raise item.fail(f"unknown operator {operator!r}")
        by_operator[operator] = Incident(
            operator=operator,
            name=item.text("name"),
            discovered=item.date("discovered"),
            disclosed=item.date("disclosed"),
            how=item.obj("how").fact(),
            exposed=tuple(f.fact() for f in item.objects("exposed")),
            not_exposed=tuple(f.fact() for f in item.objects("not_exposed")),
        )
    missing = set(OPERATORS) - set(by_operator)
    if missing:
        raise top.fail(f"missing incidents for {sorted(missing)}")
    return Incidents(top.obj("overview").fact(), by_operator, top.date("compiled_on"))


@cache
def load_incidents() -> Incidents:
    return parse_incidents()
