"""The shipped data files load, follow their schema, and carry a source and a date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.catalog import EVIDENCE_KINDS, OPERATORS, load_catalog, parse_catalog
from desktop.core.datafile import DataFileError, french_partial_date
from desktop.core.incidents import load_incidents, parse_incidents
from tests.core.shipped_data import edited_copy


def test_every_insurer_has_sources_with_dates_and_known_operators() -> None:
    catalog = load_catalog()
    assert len(catalog.insurers) > 150
    for insurer in catalog.insurers:
        assert insurer.evidence, insurer.name
        assert set(insurer.operators) <= set(OPERATORS)
        for evidence in insurer.evidence:
            assert evidence.kind in EVIDENCE_KINDS
            for source in evidence.sources:
                assert source.url.startswith("http")
                assert source.title


def test_known_facts_from_shared_facts_are_kept() -> None:
    catalog = load_catalog()
    lmg = catalog.get("la-mutuelle-generale")
    assert lmg is not None and lmg.operators == ("viamedis", "almerys")
    assert lmg.strongest.kind == "insurer_notice"
    malakoff = catalog.get("malakoff-humanis")
    assert malakoff is not None and "Malakoff Médéric" in malakoff.aliases
    mgen = catalog.get("mgen")
    # MGEN only appears in later (2026) lists and as part of Groupe VYV: never "notice".
    assert mgen is not None and mgen.strongest.kind == "group_2024"
    mhv = catalog.get("mhv")
    assert mhv is not None and mhv.operators == ()


def test_incidents_say_what_was_and_was_not_exposed() -> None:
    incidents = load_incidents()
    assert set(incidents.by_operator) == set(OPERATORS)
    almerys = incidents.by_operator["almerys"]
    exposed = " ".join(f.text for f in almerys.exposed)
    not_exposed = " ".join(f.text for f in almerys.not_exposed)
    assert "sécurité sociale" in exposed
    assert "bancaires" in not_exposed and "adresse postale" in not_exposed
    for incident in incidents.by_operator.values():
        for fact in (incident.how, *incident.exposed, *incident.not_exposed):
            assert fact.sources and all(s.date for s in fact.sources)


def test_broken_insurer_file_names_the_file_and_the_entry(tmp_path: Path) -> None:
    def drop_sources(data: dict) -> None:
        data["insurers"][3]["evidence"][0]["sources"] = []

    path = edited_copy(tmp_path, "insurers.json", drop_sources)
    with pytest.raises(DataFileError) as error:
        parse_catalog(path)
    name = json.loads(path.read_text())["insurers"][3]["name"]
    assert "insurers.json" in str(error.value)
    assert name in str(error.value) and "sources" in str(error.value)


def test_unknown_operator_is_refused(tmp_path: Path) -> None:
    def bad_operator(data: dict) -> None:
        data["insurers"][0]["evidence"][0]["operators"] = ["spsante"]

    with pytest.raises(DataFileError, match="unknown operator"):
        parse_catalog(edited_copy(tmp_path, "insurers.json", bad_operator))


def test_broken_incident_file_is_refused(tmp_path: Path) -> None:
    def bad_date(data: dict) -> None:
        data["incidents"][1]["exposed"][0]["sources"][0]["date"] = "5 février"

    with pytest.raises(DataFileError, match=r"incidents\.json.*date"):
        parse_incidents(edited_copy(tmp_path, "incidents.json", bad_date))


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "insurers.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(DataFileError, match="cannot be read"):
        parse_catalog(path)


@pytest.mark.parametrize(
    ("iso", "french"),
    [
        ("2024-02-08", "8 février 2024"),
        ("2024-02-01", "1er février 2024"),
        ("2026-10", "octobre 2026"),
        ("2024", "2024"),
        ("", "page non datée"),
    ],
)
def test_source_dates_in_french(iso: str, french: str) -> None:
    assert french_partial_date(iso) == french
