"""insurers.json is what the importer makes of ../shared/facts, and says no more than the facts."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from desktop.core.catalog import load_catalog
from desktop.core.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
FACTS = Path(os.environ.get("VIGIE_FACTS_DIR", ROOT.parent / "shared" / "facts"))
CATALOG = load_catalog()


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


IMPORTER = _tool("import_insurers")
needs_facts = pytest.mark.skipif(
    not (FACTS / "insurers.csv").is_file(),
    reason=f"facts folder {FACTS} is absent (CI has shared/ beside the clone; "
    "set VIGIE_FACTS_DIR to run this elsewhere)",
)


@needs_facts
def test_shipped_file_is_a_fresh_import_of_the_facts() -> None:
    shipped = resource_path("data", "insurers.json").read_text(encoding="utf-8")
    assert shipped == IMPORTER.render(IMPORTER.build(FACTS)), (
        "resources/data/insurers.json differs from a fresh import: "
        "run python tools/import_insurers.py --facts DIR and review the diff"
    )


def test_importer_says_clearly_when_the_facts_folder_is_missing(tmp_path: Path) -> None:
    out = tmp_path / "insurers.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "import_insurers.py"), "--facts",
         str(tmp_path / "nowhere"), "--out", str(out)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Facts folder not found" in result.stderr and "--facts DIR" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_importer_names_a_missing_file(tmp_path: Path) -> None:
    (tmp_path / "insurers.csv").write_text("name\n", encoding="utf-8")
    message = IMPORTER.missing_facts(tmp_path)
    assert "insurers-more.csv" in message and "--facts DIR" in message


def test_default_facts_folder_is_beside_the_project() -> None:
    assert ROOT.parent / "shared" / "facts" == IMPORTER.DEFAULT_FACTS


@needs_facts
def test_importer_writes_where_asked(tmp_path: Path) -> None:
    out = tmp_path / "insurers.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "import_insurers.py"), "--facts", str(FACTS),
         "--out", str(out)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["insurers"]


@pytest.mark.parametrize(
    ("notes", "period"),
    [
        ("record last modified Oct 2017 - Oct 2018. operateurPrincipal=AL", ("2017-10", "2018-10")),
        ("Cegedim fixture (2016-2017): a sub-perimeter", ("2016", "2017")),
        ("Cegedim fixture (record modified 26 Nov 2018): AMC", ("", "2018-11-26")),
        ("perimeters 'MNFCT' under Almerys client (feeds open 2016-2017).", ("2016", "2017")),
        ("feed open from 1 Jul 2016. 2016-2018 data only.", ("2016", "2018")),
        ("perimeters 'MATHPREV' (AMC 0079001962, from Jan 2017) and", ("", "2017-01")),
        ("Test data without any date", ("", "")),  # never a guessed year
    ],
)
def test_test_data_periods_are_read_from_the_notes(notes: str, period: tuple[str, str]) -> None:
    assert IMPORTER.test_data_period(notes) == period


def test_no_guessed_dates() -> None:
    for insurer in CATALOG.insurers:
        for item in insurer.evidence:
            for source in item.sources:
                if "assurance-logiciel" in source.url or "acuite.fr" in source.url:
                    assert source.date == "", source.url  # the facts give no date
                if "newsassurancespro" in source.url:
                    assert source.date == "2024-02"  # "around 5 Feb": the month only


def test_operator_per_row_mutami_moved_to_actil() -> None:
    mutami = CATALOG.get("mutami")
    assert mutami is not None
    assert [e.kind for e in mutami.evidence] == ["insurer_notice"]
    assert any("Actil" in c.text and c.sources for c in mutami.caveats)


def test_confidence_of_the_facts_is_kept() -> None:
    mieux = CATALOG.get("mutuelle-mieux-etre")
    assert mieux is not None
    assert mieux.strongest.kind == "insurer_page" and mieux.strongest.confidence == "medium-low"


def test_aliases_are_names_a_person_types() -> None:
    harmonie, aesio, malakoff = (
        CATALOG.get(i) for i in ("harmonie-mutuelle", "aesio-mutuelle", "malakoff-humanis")
    )
    assert harmonie and aesio and malakoff
    assert not any("vyv" in a.lower() for a in harmonie.aliases)  # the group fix stays
    assert not any(a.lower().startswith("a\u00e9ma") for a in aesio.aliases)
    assert not any("henner" in a.lower() for a in malakoff.aliases)
    for insurer in CATALOG.insurers:
        for alias in insurer.aliases:
            assert not re.search(r"https?:|www\.|\.(fr|com|net|org)\b", alias), alias


def test_delegated_managers_are_managers() -> None:
    for insurer_id in ("aem-gestion", "actudata", "gfp-plansante", "welcare-axa"):
        insurer = CATALOG.get(insurer_id)
        assert insurer is not None and insurer.role == "manager", insurer_id


def test_caveats_keep_their_sources() -> None:
    for insurer_id, words in (("axa", "autre opérateur"), ("interiale", "SP Santé")):
        insurer = CATALOG.get(insurer_id)
        assert insurer is not None
        caveat = next(c for c in insurer.caveats if words in c.text)
        assert caveat.sources and all(s.url.startswith("http") for s in caveat.sources)


def test_a_2020_merger_document_is_not_evidence_for_2024() -> None:
    adrea = CATALOG.get("adrea-mutuelle")
    assert adrea is not None
    for item in adrea.evidence:
        assert all("droits-salaries" not in s.url for s in item.sources)
    assert any("droits-salaries" in s.url for c in adrea.caveats for s in c.sources)


def test_readme_evidence_table_matches_the_data() -> None:
    tool = _tool("evidence_table")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert tool.with_table(readme, CATALOG) == readme, (
        "README's evidence table is out of date: run python tools/evidence_table.py --write"
    )
