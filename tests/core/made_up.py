"""A made-up list of insurers for rule tests: each rule is then the only reason for an answer."""

from __future__ import annotations

from desktop.core.catalog import Catalog, Evidence, Insurer
from desktop.core.datafile import Source
from desktop.core.search import normalize

SOURCE = Source("https://example.org/notice", "Source inventée pour le test", "2024-02-08")


def evidence(
    kind: str = "insurer_notice",
    operators: tuple[str, ...] = ("viamedis",),
    sources: tuple[Source, ...] = (SOURCE,),
    confidence: str = "high",
) -> Evidence:
    return Evidence(kind, operators, confidence, sources)


def insurer(
    name: str,
    *aliases: str,
    kind: str = "insurer_notice",
    proofs: tuple[Evidence, ...] = (),
    role: str = "insurer",
) -> Insurer:
    """An insurer of this name; ``proofs`` (strongest first) replaces the one of ``kind``."""
    proofs = proofs or (evidence(kind),)
    operators = tuple(dict.fromkeys(op for proof in proofs for op in proof.operators))
    return Insurer(normalize(name).replace(" ", "-"), name, aliases, operators, role, (), proofs)


def made_up(*insurers: Insurer) -> Catalog:
    return Catalog(tuple(insurers), "2026-01-01")
