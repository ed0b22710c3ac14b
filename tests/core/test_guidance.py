import copy
from pathlib import Path
from typing import Any

import pytest

from desktop.core.datafile import DataFileError
from desktop.core.guidance import load_guidance, parse_guidance
from tests.core.shipped_data import shipped

FACTS = Path("/work/shared/facts/breach-facts.md")


def test_loads_the_bundled_file() -> None:
    guidance = load_guidance()
    assert guidance.addresses["cnil"].lines == ("3 Place de Fontenoy", "TSA 80715")
    assert guidance.addresses["cnil"].city == "Paris Cedex 07"
    assert guidance.addresses["bl2c"].lines[0] == "BL2C 2024/030"
    assert guidance.number("info_escroqueries").number == "0 805 805 817"
    assert {n.id for n in guidance.numbers} >= {"info_escroqueries", "33700", "3646", "17cyber"}
    assert set(guidance.articles) >= {"rgpd_12_3", "rgpd_15", "rgpd_34"}
    assert 8 <= len(guidance.advice) <= 10
    assert guidance.card_tips


def test_every_entry_has_sources() -> None:
    guidance = load_guidance()
    entries: list[Any] = [
        *guidance.addresses.values(),
        *guidance.numbers,
        *guidance.articles.values(),
        *guidance.complaint_facts.values(),
        *guidance.advice,
        *guidance.card_tips,
    ]
    for entry in entries:
        assert entry.sources, entry


@pytest.mark.skipif(not FACTS.exists(), reason="facts file not available")
def test_every_source_url_comes_from_the_facts_file() -> None:
    facts = FACTS.read_text(encoding="utf-8")
    for url in {s["url"] for s in _iter_sources(shipped("guidance.json"))}:
        assert url in facts, url


def _iter_sources(node: object) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = list(node.get("sources", []))
        for key, value in node.items():
            if key != "sources":
                found += _iter_sources(value)
        return found
    if isinstance(node, list):
        return [s for item in node for s in _iter_sources(item)]
    return []


def test_missing_sources_names_file_and_entry() -> None:
    raw = shipped("guidance.json")
    del raw["advice"][2]["sources"]
    with pytest.raises(DataFileError, match=r"guidance\.json.*advice\[2\].*sources"):
        parse_guidance(raw, Path("guidance.json"))


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda r: r["numbers"][0].update(kind="pigeon"), r"numbers\[0\]"),
        (lambda r: r["addresses"]["cnil"].pop("city"), r"addresses\.cnil"),
        (lambda r: r["articles"]["rgpd_15"]["sources"][0].update(date="26/09/2023"), "rgpd_15"),
        (lambda r: r["card_tips"][0]["sources"][0].update(url="cnil.fr"), r"card_tips\[0\]"),
        (lambda r: r.pop("numbers"), "numbers"),
    ],
)
def test_broken_entries_are_named(mutate: Any, where: str) -> None:
    raw = copy.deepcopy(shipped("guidance.json"))
    mutate(raw)
    with pytest.raises(DataFileError, match=where):
        parse_guidance(raw, Path("guidance.json"))


def test_unreadable_file(tmp_path: Path) -> None:
    from desktop.core.guidance import load_guidance_file

    broken = tmp_path / "guidance.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"guidance\.json"):
        load_guidance_file(broken)
