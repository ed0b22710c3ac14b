"""The data files as the app reads them, checked against the raw JSON (mutation testing runs only
core tests): every field read from its own key, the evidence sorted strongest first, how old the
list is, and a broken file refused naming the file, the entry and the problem."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core import catalog as catalog_module
from desktop.core import guidance as guidance_module
from desktop.core.catalog import EVIDENCE_KINDS, load_catalog, parse_catalog
from desktop.core.datafile import DataFileError, Fields, Source, load_data_file
from desktop.core.guidance import NUMBER_KINDS, load_guidance, load_guidance_file
from desktop.core.resources import resource_path
from tests.core.shipped_data import Edit, edited_copy, shipped


def sources_of(raw: list[dict[str, Any]]) -> tuple[Source, ...]:
    return tuple(
        Source(s["url"], s["title"], s.get("date") or "", s.get("date_from") or "") for s in raw
    )


# --- insurers.json ------------------------------------------------------------------------------


def test_every_insurer_is_read_from_its_own_fields() -> None:
    raw = shipped("insurers.json")
    catalog = parse_catalog()
    assert catalog.compiled_on == raw["compiled_on"] == "2026-11-25"
    assert [i.id for i in catalog.insurers] == [r["id"] for r in raw["insurers"]]
    for insurer, entry in zip(catalog.insurers, raw["insurers"], strict=True):
        assert insurer.name == entry["name"]
        assert insurer.aliases == tuple(entry["aliases"])
        assert insurer.operators == tuple(entry["operators"])
        assert insurer.role == entry["role"]
        assert [(c.text, c.sources) for c in insurer.caveats] == [
            (c["text"], sources_of(c["sources"])) for c in entry["caveats"]
        ]
        written = sorted(entry["evidence"], key=lambda e: EVIDENCE_KINDS.index(e["kind"]))
        assert [(e.kind, e.operators, e.confidence, e.sources) for e in insurer.evidence] == [
            (e["kind"], tuple(e["operators"]), e["confidence"], sources_of(e["sources"]))
            for e in written
        ]


def test_the_strongest_evidence_comes_first_whatever_the_file_order(tmp_path: Path) -> None:
    raw = shipped("insurers.json")
    index, entry = next(
        (i, e) for i, e in enumerate(raw["insurers"]) if len({x["kind"] for x in e["evidence"]}) > 1
    )

    def reverse(data: dict[str, Any]) -> None:
        evidence = data["insurers"][index]["evidence"]
        evidence.sort(key=lambda e: EVIDENCE_KINDS.index(e["kind"]), reverse=True)

    insurer = parse_catalog(edited_copy(tmp_path, "insurers.json", reverse)).insurers[index]
    ranks = [EVIDENCE_KINDS.index(e.kind) for e in insurer.evidence]
    assert ranks == sorted(ranks) and ranks[0] < ranks[-1]
    assert insurer.strongest is insurer.evidence[0]
    assert insurer.strongest.kind == min(
        (x["kind"] for x in entry["evidence"]), key=EVIDENCE_KINDS.index
    )


def test_the_latest_date_of_an_evidence_is_its_newest_source() -> None:
    insurer = next(
        i for i in load_catalog().insurers if len({s.date for s in i.strongest.sources}) > 1
    )
    dates = [s.date for s in insurer.strongest.sources]
    assert insurer.strongest.latest_date == max(dates)
    assert insurer.strongest.latest_date != min(dates)


def test_get_finds_an_insurer_by_id_or_answers_none() -> None:
    catalog = load_catalog()
    for insurer in catalog.insurers[::20]:
        assert catalog.get(insurer.id) is insurer
    assert catalog.get("mutuelle-inconnue") is None
    assert catalog.get("") is None


def test_the_catalog_is_read_once() -> None:
    assert load_catalog() is load_catalog()


def catalog_error(tmp_path: Path, edit: Edit) -> DataFileError:
    with pytest.raises(DataFileError) as caught:
        parse_catalog(edited_copy(tmp_path, "insurers.json", edit))
    return caught.value


def first(data: dict[str, Any]) -> dict[str, Any]:
    return data["insurers"][0]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("edit", "entry", "problem"),
    [
        (
            lambda d: first(d)["evidence"][0].update(kind="rumeur"),
            "evidence[0]",
            "unknown evidence kind 'rumeur'",
        ),
        (
            lambda d: first(d)["evidence"][0].update(operators=["spsante"]),
            "evidence[0]",
            "unknown operator in ('spsante',)",
        ),
        (lambda d: first(d).update(role="assureur"), "", "unknown role 'assureur'"),
        (
            lambda d: first(d).update(operators=["viamedis", "almerys"]),
            "",
            "operators must be exactly those named by the evidence",
        ),
        (
            lambda d: first(d)["evidence"][0].pop("confidence"),
            "evidence[0]",
            "field 'confidence' must be a non-empty string",
        ),
    ],
    ids=["kind", "operator", "role", "operators", "confidence"],
)
def test_a_broken_insurer_is_refused_with_its_name_entry_and_problem(
    tmp_path: Path, edit: Edit, entry: str, problem: str
) -> None:
    error = catalog_error(tmp_path, edit)
    name = shipped("insurers.json")["insurers"][0]["name"]
    where = f"insurer {name!r}" + (f".{entry}" if entry else "")
    assert (error.path.name, error.entry, error.problem) == ("insurers.json", where, problem)
    assert str(error) == f"insurers.json: {where}: {problem}"


def test_an_insurer_without_a_name_is_called_by_a_question_mark(tmp_path: Path) -> None:
    def nameless(data: dict[str, Any]) -> None:
        del first(data)["name"]

    error = catalog_error(tmp_path, nameless)
    assert (error.entry, error.problem) == (
        "insurer '?'",
        "field 'name' must be a non-empty string",
    )


def test_a_duplicate_id_is_refused(tmp_path: Path) -> None:
    def duplicate(data: dict[str, Any]) -> None:
        data["insurers"][5]["id"] = data["insurers"][2]["id"]

    error = catalog_error(tmp_path, duplicate)
    raw = shipped("insurers.json")["insurers"]
    assert error.path.name == "insurers.json"
    assert error.entry == f"insurer {raw[5]['name']!r}"
    assert error.problem == f"duplicate id {raw[2]['id']!r}"


def test_the_date_of_the_list_is_checked(tmp_path: Path) -> None:
    error = catalog_error(tmp_path, lambda d: d.update(compiled_on="novembre 2026"))
    assert (error.entry, error.problem) == (
        "(file)",
        "field 'compiled_on' must be a date YYYY[-MM[-DD]]",
    )
    undated = parse_catalog(edited_copy(tmp_path, "insurers.json", lambda d: d.pop("compiled_on")))
    assert undated.compiled_on == ""


def test_an_empty_list_of_insurers_is_refused(tmp_path: Path) -> None:
    error = catalog_error(tmp_path, lambda d: d.update(insurers=[]))
    assert (error.entry, error.problem) == ("(file)", "field 'insurers' must be a non-empty list")


def test_the_catalog_s_networks_and_kinds_are_the_facts() -> None:
    assert catalog_module.OPERATORS == ("viamedis", "almerys")
    assert catalog_module.OPERATOR_NAMES == {"viamedis": "Viamedis", "almerys": "Almerys"}
    breached = [name for name, was_breached in catalog_module.OTHER_NETWORKS if was_breached]
    assert breached == ["Viamedis", "Almerys"]
    assert catalog_module.ROLES == ("insurer", "broker", "manager")
    assert EVIDENCE_KINDS[0] == "insurer_notice"
    assert EVIDENCE_KINDS[-1] == "insurer_says_not_affected"


# --- guidance.json ------------------------------------------------------------------------------


def read_from(parsed: object, entry: dict[str, Any], texts: str, optional: str = "") -> None:
    """``parsed`` holds the entry's texts (an optional one absent is "") and its sources."""
    for key in texts.split():
        assert getattr(parsed, key) == entry[key], key
    for key in optional.split():
        assert getattr(parsed, key) == entry.get(key, ""), key
    assert parsed.sources == sources_of(entry["sources"])  # type: ignore[attr-defined]


def test_every_address_number_and_article_is_read_from_its_own_fields() -> None:
    raw = shipped("guidance.json")
    guidance = load_guidance()
    assert list(guidance.addresses) == list(raw["addresses"])
    for key, entry in raw["addresses"].items():
        address = guidance.addresses[key]
        assert (address.id, address.lines) == (key, tuple(entry["lines"]))
        read_from(address, entry, "label name_line postal_code city", "note")
    assert [n.id for n in guidance.numbers] == [n["id"] for n in raw["numbers"]]
    for number, entry in zip(guidance.numbers, raw["numbers"], strict=True):
        read_from(number, entry, "name number kind what", "cost hours caution")
        assert guidance.number(entry["id"]) is number
    for key, entry in raw["articles"].items():
        assert guidance.articles[key].id == key
        read_from(guidance.articles[key], entry, "title summary")
    assert {k: (f.text, f.sources) for k, f in guidance.complaint_facts.items()} == {
        k: (f["text"], sources_of(f["sources"])) for k, f in raw["complaint_facts"].items()
    }
    for name in ("advice", "card_tips"):
        assert [(f.text, f.sources) for f in getattr(guidance, name)] == [
            (f["text"], sources_of(f["sources"])) for f in raw[name]
        ]


def test_an_unknown_number_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="numero-inconnu"):
        load_guidance().number("numero-inconnu")


def test_optional_texts_may_be_left_out(tmp_path: Path) -> None:
    def bare(data: dict[str, Any]) -> None:
        for key in ("cost", "hours", "caution"):
            data["numbers"][0].pop(key, None)
        data["addresses"]["cnil"].pop("note", None)

    guidance = load_guidance_file(edited_copy(tmp_path, "guidance.json", bare))
    number = guidance.numbers[0]
    assert (number.cost, number.hours, number.caution) == ("", "", "")
    assert guidance.addresses["cnil"].note == ""


def test_the_guidance_is_read_once_and_is_read_only() -> None:
    guidance = load_guidance()
    assert load_guidance() is guidance
    with pytest.raises(TypeError):
        guidance.addresses["autre"] = guidance.addresses["cnil"]  # type: ignore[index]
    with pytest.raises(TypeError):
        guidance.articles["autre"] = next(iter(guidance.articles.values()))  # type: ignore[index]
    with pytest.raises(TypeError):
        guidance.complaint_facts["autre"] = guidance.advice[0]  # type: ignore[index]


def guidance_error(tmp_path: Path, edit: Edit) -> DataFileError:
    with pytest.raises(DataFileError) as caught:
        load_guidance_file(edited_copy(tmp_path, "guidance.json", edit))
    return caught.value


@pytest.mark.parametrize(
    ("edit", "entry", "problem"),
    [
        (
            lambda d: d["numbers"][1].update(kind="fax"),
            "numbers[1]",
            f"unknown kind 'fax'; expected one of {sorted(NUMBER_KINDS)}",
        ),
        (
            lambda d: d["addresses"]["cnil"].update(lines="3 place"),
            "addresses.cnil",
            "field 'lines' must be a list of strings",
        ),
        (
            lambda d: d["articles"][next(iter(d["articles"]))].pop("summary"),
            "articles.{first_article}",
            "field 'summary' must be a non-empty string",
        ),
        (
            lambda d: d["advice"][2].update(text="  "),
            "advice[2]",
            "field 'text' must be a non-empty string",
        ),
        (lambda d: d.update(card_tips=[]), "(file)", "field 'card_tips' must be a non-empty list"),
        (
            lambda d: d.update(complaint_facts={}),
            "(file)",
            "field 'complaint_facts' must be a non-empty object",
        ),
        (
            lambda d: d["addresses"]["bl2c"]["sources"][0].update(url="www.exemple.fr"),
            "addresses.bl2c.sources[0]",
            "url must start with http:// or https://",
        ),
        (lambda d: d.update(schema="vigie-mutuelle/guidance/2"), "(file)", None),
    ],
    ids=["kind", "lines", "summary", "advice", "card_tips", "facts", "url", "schema"],
)
def test_a_broken_guidance_entry_is_refused_naming_it(
    tmp_path: Path, edit: Edit, entry: str, problem: str | None
) -> None:
    error = guidance_error(tmp_path, edit)
    first_article = next(iter(shipped("guidance.json")["articles"]))
    assert error.path.name == "guidance.json"
    assert error.entry == entry.format(first_article=first_article)
    assert error.problem == (problem or "expected schema 'vigie-mutuelle/guidance/1'")
    assert guidance_module.SCHEMA == "vigie-mutuelle/guidance/1"
    assert {"telephone", "sms", "site", "urgence"} == NUMBER_KINDS


# --- datafile.py ---------------------------------------------------------------------------------


def test_a_missing_file_says_it_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    with pytest.raises(DataFileError) as caught:
        load_data_file("absent.json", "x/1", path)
    error = caught.value
    assert (error.path, error.entry) == (path, "(file)")
    assert error.problem.startswith("cannot be read: ")
    assert "absent.json" in error.problem
    assert isinstance(error.__cause__, OSError)


@pytest.mark.parametrize("content", ["[]", '{"schema": "x/2"}', "{}", '"x/1"'])
def test_a_file_of_another_schema_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "data.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_data_file("data.json", "x/1", path)
    assert str(caught.value) == "data.json: (file): expected schema 'x/1'"


def test_the_shipped_file_is_found_by_name_and_read_as_utf8(tmp_path: Path) -> None:
    path, raw = load_data_file("guidance.json", "vigie-mutuelle/guidance/1")
    assert path == resource_path("data", "guidance.json")
    assert raw == shipped("guidance.json")
    accented = tmp_path / "accents.json"
    accented.write_bytes('{"schema": "x/1", "ville": "Orléans"}'.encode())
    assert load_data_file("accents.json", "x/1", accented)[1]["ville"] == "Orléans"


def fields(raw: object, entry: str = "assureur 'X'") -> Fields:
    return Fields(Path("/données/insurers.json"), entry, raw)


def problem(call: Callable[[], object]) -> str:
    with pytest.raises(DataFileError) as caught:
        call()
    return f"{caught.value.entry}: {caught.value.problem}"


@pytest.mark.parametrize("raw", [[], "texte", None, 3])
def test_fields_must_be_an_object(raw: object) -> None:
    assert problem(lambda: fields(raw)) == "assureur 'X': must be an object"


def test_text_fields() -> None:
    entry = fields({"nom": "Mutuelle", "vide": " ", "nombre": 3, "rien": None})
    assert entry.text("nom") == "Mutuelle"
    assert entry.text("absent", optional=True) == ""
    assert entry.text("vide", optional=True) == " "
    for key in ("vide", "absent", "nombre", "rien"):
        assert problem(lambda key=key: entry.text(key)) == (
            f"assureur 'X': field {key!r} must be a non-empty string"
        )
    assert problem(lambda: entry.text("nombre", optional=True)) == (
        "assureur 'X': field 'nombre' must be a non-empty string"
    )


def test_list_of_texts_fields() -> None:
    entry = fields({"noms": ["a", "b"], "mixte": ["a", 2], "texte": "a"})
    assert entry.texts("noms") == ("a", "b")
    assert entry.texts("absent") == ()
    for key in ("mixte", "texte"):
        assert problem(lambda key=key: entry.texts(key)) == (
            f"assureur 'X': field {key!r} must be a list of strings"
        )


def test_list_of_objects_names_each_item() -> None:
    top = fields({"liste": [{"a": 1}, {"a": 2}], "vide": []}, entry="(file)")
    items = top.objects("liste")
    assert [item.entry for item in items] == ["liste[0]", "liste[1]"]
    assert [item.raw for item in items] == [{"a": 1}, {"a": 2}]
    assert all(item.path == top.path for item in items)
    assert top.objects("vide", allow_empty=True) == []
    for key in ("vide", "absent"):
        assert problem(lambda key=key: top.objects(key)) == (
            f"(file): field {key!r} must be a non-empty list"
        )
    inner = fields({"liste": [{"a": 1}]}).objects("liste")
    assert inner[0].entry == "assureur 'X'.liste[0]"
    assert problem(lambda: fields({"liste": [3]}).objects("liste")) == (
        "assureur 'X'.liste[0]: must be an object"
    )


def test_mappings_and_objects_name_their_keys() -> None:
    top = fields({"carte": {"a": {"x": 1}, "b": {"x": 2}}, "vide": {}, "objet": {"y": 1}}, "(file)")
    mapping = top.mapping("carte")
    assert list(mapping) == ["a", "b"]
    assert [m.entry for m in mapping.values()] == ["carte.a", "carte.b"]
    assert mapping["b"].raw == {"x": 2}
    for key in ("vide", "absent", "objet_absent"):
        assert problem(lambda key=key: top.mapping(key)) == (
            f"(file): field {key!r} must be a non-empty object"
        )
    assert fields({"carte": {"a": {}}}).mapping("carte")["a"].entry == "assureur 'X'.carte.a"
    assert top.obj("objet").entry == "(file).objet"
    assert top.obj("objet").raw == {"y": 1}
    assert problem(lambda: top.obj("absent")) == "(file).absent: must be an object"


@pytest.mark.parametrize("value", ["2024", "2024-02", "2024-02-08", ""])
def test_dates_of_every_precision(value: str) -> None:
    assert fields({"date": value}).date("date") == value


def test_absent_or_null_dates_are_undated() -> None:
    assert fields({}).date("date") == ""
    assert fields({"date": None}).date("date") == ""


@pytest.mark.parametrize("value", ["08/02/2024", "2024-2-8", "février 2024", "24", "2024-02-08T10"])
def test_other_dates_are_refused(value: str) -> None:
    assert problem(lambda: fields({"date": value}).date("date")) == (
        "assureur 'X': field 'date' must be a date YYYY[-MM[-DD]]"
    )


def test_sources_keep_url_title_and_both_dates() -> None:
    entry = fields(
        {
            "sources": [
                {"url": "https://a.fr/", "title": "A", "date": "2024-02-08"},
                {"url": "http://b.fr/", "title": "B", "date": "2018-10", "date_from": "2017-10"},
            ]
        }
    )
    assert entry.sources() == (
        Source("https://a.fr/", "A", "2024-02-08", ""),
        Source("http://b.fr/", "B", "2018-10", "2017-10"),
    )
    assert entry.sources()[1].date_fr == "octobre 2017 à octobre 2018"
    assert entry.sources()[0].date_fr == "8 février 2024"
    assert Source("https://c.fr/", "C", "", "2017").date_fr == "page non datée"


@pytest.mark.parametrize("url", ["ftp://a.fr/", "a.fr", "file:///etc/passwd", "https:a"])
def test_a_source_must_be_a_web_address(url: str) -> None:
    entry = fields(
        {"sources": [{"url": "https://ok.fr/", "title": "ok"}, {"url": url, "title": "T"}]}
    )
    assert problem(entry.sources) == (
        "assureur 'X'.sources[1]: url must start with http:// or https://"
    )


def test_a_fact_is_its_text_and_its_sources() -> None:
    fact = fields(
        {"text": "Le NIR a été exposé.", "sources": [{"url": "https://a.fr/", "title": "A"}]}
    ).fact()
    assert fact.text == "Le NIR a été exposé."
    assert fact.sources == (Source("https://a.fr/", "A", "", ""),)


def test_a_data_file_error_keeps_its_parts() -> None:
    error = DataFileError(Path("/a/b.json"), "entrée", "problème")
    assert str(error) == "b.json: entrée: problème"
    assert (error.path, error.entry, error.problem) == (Path("/a/b.json"), "entrée", "problème")
    assert isinstance(error, ValueError)
    failed = fields({}).fail("cassé")
    assert (failed.path, failed.entry, failed.problem) == (
        Path("/données/insurers.json"),
        "assureur 'X'",
        "cassé",
    )


def test_data_files_are_read_as_utf8_whatever_the_system_s_encoding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows' default encoding (cp1252) would turn "é" into "Ã©": the files are read as UTF-8
    by name, never with the system's default."""
    asked: list[object] = []
    real_read_text = Path.read_text

    def recording(self: Path, encoding: object = None, errors: object = None) -> str:
        asked.append(encoding)
        return real_read_text(self, encoding="cp1252" if encoding is None else encoding)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", recording)
    _, raw = load_data_file("guidance.json", "vigie-mutuelle/guidance/1")
    assert asked == ["utf-8"]
    path = resource_path("data", "guidance.json")
    assert raw == json.loads(path.read_bytes().decode("utf-8"))
