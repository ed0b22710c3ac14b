"""The insurer catalog: who used Viamedis or Almerys, according to which source, and when."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.core.datafile import DataFileError, Fact, Fields, Source, load_data_file

OPERATORS = ("viamedis", "almerys")
OPERATOR_NAMES = {"viamedis": "Viamedis", "almerys": "Almerys"}
# Names printed on tiers-payant cards that are not insurers: the two breached operators, then the
# other operators and care networks the facts name (breach-facts.md §2 and §8, insurers-more.md
# sources 2 and 4). True for the breached ones.
OTHER_NETWORKS: tuple[tuple[str, bool], ...] = (
    ("Viamedis", True),
    ("Almerys", True),
    ("SP Santé", False),
    ("Actil", False),
    ("iSanté", False),
    ("Oxantis", False),
    ("Santéclair", False),
    ("Kalixia", False),
    ("Carte Blanche", False),
    ("Itelis", False),
    ("Sévéane", False),
    ("Korelio", False),
    ("Terciane", False),
)

# Evidence kinds, strongest first (see shared/facts/README.md).
EVIDENCE_KINDS = (
    "insurer_notice",  # the insurer told its members
    "press_2024",  # named as a client in February 2024
    "named_by_insurer_2024",  # named as a client in February 2024 by another insurer's notice
    "group_2024",  # its group was named as a client in February 2024
    "insurer_page",  # the insurer's own page names an operator, but not explicitly
    "operator_list_later",  # works with the operator later (2024 figures, 2026 portal lists)
    "white_label",  # a portal supplied by the operator (Oxantis), 2026
    "undated_page",  # an undated, probably old page of the insurer names the operator
    "old_test_data",  # 2016-2019 test data
    "insurer_says_not_affected",  # the insurer says its members were not affected
)
ROLES = ("insurer", "broker", "manager")


@dataclass(frozen=True)
class Evidence:
    kind: str
    operators: tuple[str, ...]
    confidence: str
    sources: tuple[Source, ...]

    @property
    def latest_date(self) -> str:
        return max(source.date for source in self.sources)


@dataclass(frozen=True)
class Insurer:
    id: str
    name: str
    aliases: tuple[str, ...]
    operators: tuple[str, ...]
    role: str
    caveats: tuple[Fact, ...]  # what limits the evidence, each with its sources
    evidence: tuple[Evidence, ...]

    @property
    def strongest(self) -> Evidence:
        return self.evidence[0]


@dataclass(frozen=True)
class Catalog:
    insurers: tuple[Insurer, ...]
    compiled_on: str

    def get(self, insurer_id: str) -> Insurer | None:
        return next((ins for ins in self.insurers if ins.id == insurer_id), None)


def _evidence(fields: Fields) -> Evidence:
    kind = fields.text("kind")
    if kind not in EVIDENCE_KINDS:
        raise fields.fail(f"unknown evidence kind {kind!r}")
    operators = fields.texts("operators")
    if any(op not in OPERATORS for op in operators):
        raise fields.fail(f"unknown operator in {operators!r}")
    return Evidence(kind, operators, fields.text("confidence"), fields.sources())


def _insurer(fields: Fields) -> Insurer:
    evidence = tuple(_evidence(item) for item in fields.objects("evidence"))
    evidence = tuple(sorted(evidence, key=lambda e: EVIDENCE_KINDS.index(e.kind)))
    role = fields.text("role")
    if role not in ROLES:
        raise fields.fail(f"unknown role {role!r}")
    operators = fields.texts("operators")
    claimed = {op for item in evidence for op in item.operators}
    if set(operators) != claimed:
        raise fields.fail("operators must be exactly those named by the evidence")
    return Insurer(
        id=fields.text("id"),
        name=fields.text("name"),
        aliases=fields.texts("aliases"),
        operators=operators,
        role=role,
        caveats=tuple(item.fact() for item in fields.objects("caveats", allow_empty=True)),
        evidence=evidence,
    )


def parse_catalog(path: Path | None = None) -> Catalog:
    file_path, raw = load_data_file("insurers.json", "vigie-mutuelle/insurers/2", path)
    top = Fields(file_path, "(file)", raw)
    insurers = []
    seen: set[str] = set()
    for item in top.objects("insurers"):
        name = item.raw.get("name", "?")
        insurer = _insurer(Fields(item.path, f"insurer {name!r}", item.raw))
        if insurer.id in seen:
            raise DataFileError(file_path, f"insurer {name!r}", f"duplicate id {insurer.id!r}")
        seen.add(insurer.id)
        insurers.append(insurer)
    return Catalog(tuple(insurers), top.date("compiled_on"))


@cache
def load_catalog() -> Catalog:
    """The catalog shipped in resources/data (read once)."""
    return parse_catalog()
