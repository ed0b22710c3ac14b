"""What is read from resources/data/incidents.json, and how a damaged copy is refused: the
dates and names the app states about the two breaches come from here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.catalog import OPERATORS
from desktop.core.datafile import DataFileError
from desktop.core.incidents import parse_incidents
from tests.core.shipped_data import shipped


def test_each_incident_is_read_as_written() -> None:
    raw = shipped("incidents.json")
    incidents = parse_incidents()
    assert incidents.compiled_on == raw["compiled_on"]
    assert incidents.overview.text == raw["overview"]["text"]
    assert set(incidents.by_operator) == set(OPERATORS)
    for item in raw["incidents"]:
        incident = incidents.by_operator[item["operator"]]
        assert incident.operator == item["operator"]
        assert incident.name == item["name"]
        assert incident.discovered == item["discovered"]
        assert incident.disclosed == item["disclosed"]


def write(tmp_path: Path, raw: dict) -> Path:  # type: ignore[type-arg]
    path = tmp_path / "incidents.json"
    path.write_text(json.dumps(raw), "utf-8")
    return path


def test_an_unknown_operator_is_named(tmp_path: Path) -> None:
    raw = shipped("incidents.json")
    raw["incidents"][0]["operator"] = "inconnu"
    with pytest.raises(DataFileError) as raised:
        parse_incidents(write(tmp_path, raw))
    assert raised.value.problem == "unknown operator 'inconnu'"


def test_a_missing_operator_is_named(tmp_path: Path) -> None:
    raw = shipped("incidents.json")
    left_out = raw["incidents"].pop()
    with pytest.raises(DataFileError) as raised:
        parse_incidents(write(tmp_path, raw))
    assert raised.value.problem == f"missing incidents for [{left_out['operator']!r}]"
    assert raised.value.entry == "(file)"


def test_a_damaged_top_level_date_is_refused(tmp_path: Path) -> None:
    raw = shipped("incidents.json")
    raw["compiled_on"] = "hier"
    with pytest.raises(DataFileError) as raised:
        parse_incidents(write(tmp_path, raw))
    assert raised.value.entry == "(file)" and "compiled_on" in raised.value.problem


def test_a_damaged_discovery_date_is_refused(tmp_path: Path) -> None:
    raw = shipped("incidents.json")
    raw["incidents"][0]["discovered"] = "bientôt"
    with pytest.raises(DataFileError) as raised:
        parse_incidents(write(tmp_path, raw))
    assert "discovered" in raised.value.problem
