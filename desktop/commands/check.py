"""``vigie-mutuelle check NAME``: look an insurer up, as JSON or in the window's own words."""

from __future__ import annotations

import json

from desktop.core.answers import CheckAnswers
from desktop.core.catalog import Catalog, Insurer, load_catalog
from desktop.core.search import AMBIGUOUS, OPERATOR, Lookup, lookup
from desktop.core.verdict import assess, evidence_sentence


def _match_json(insurer: Insurer, catalog: Catalog) -> dict[str, object]:
    verdict = assess(CheckAnswers(has_mutuelle="oui", insurer_id=insurer.id), catalog)
    return {
        "name": insurer.name,
        "operators": list(insurer.operators),
        "evidence": insurer.strongest.kind,
        "outcome": verdict.outcome,
        "sources": [
            {"url": s.url, "title": s.title, "date": s.date}
            for item in insurer.evidence
            for s in item.sources
        ],
    }


def check_result(query: str) -> dict[str, object]:
    """Every match, best first; ``answer`` says found, ambiguous, operator or nothing."""
    catalog = load_catalog()
    found = lookup(catalog, query)
    result: dict[str, object] = {
        "query": query,
        "answer": found.kind,
        "matches": [_match_json(m.insurer, catalog) for m in found.matches],
    }
    if found.operator is not None:
        result["message"] = found.operator.message
    return result


def _insurer_lines(insurer: Insurer, catalog: Catalog) -> list[str]:
    verdict = assess(CheckAnswers(has_mutuelle="oui", insurer_id=insurer.id), catalog)
    return [
        f"{insurer.name} : {verdict.headline}",
        evidence_sentence(insurer, insurer.strongest, former=False),
        verdict.next_step,
    ]


def sentence(found: Lookup, catalog: Catalog) -> str:
    """What the window would say about this name, in French."""
    if found.kind == OPERATOR and found.operator is not None:
        return found.operator.message
    if not found.matches:
        return (
            f"« {found.query} » n'est pas dans notre liste. Cela ne veut pas dire que "
            "vous n'êtes pas concerné : regardez votre carte de tiers payant ou appelez "
            "votre mutuelle."
        )
    if found.kind == AMBIGUOUS:
        lines = ["Plusieurs noms sont proches de ce que vous avez tapé. Lequel est le vôtre ?"]
        for match in found.close:
            lines += ["", *_insurer_lines(match.insurer, catalog)]
    else:
        lines = _insurer_lines(found.matches[0].insurer, catalog)
    return "\n".join([*lines, "(Les sources et leurs dates : ajoutez --json.)"])


def run_check(query: str, *, as_json: bool) -> int:
    if as_json:
        print(json.dumps(check_result(query), ensure_ascii=False, indent=2))
    else:
        print(sentence(lookup(load_catalog(), query), load_catalog()))
    return 0
