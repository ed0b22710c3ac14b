"""``vigie-mutuelle check NAME``: look an insurer up, as JSON or a French sentence."""

from __future__ import annotations

import json

from desktop.core.catalog import OPERATOR_NAMES, load_catalog
from desktop.core.search import search


def check_result(query: str) -> dict[str, object]:
    matches = search(load_catalog(), query)
    return {
        "query": query,
        "matches": [
            {
                "name": match.insurer.name,
                "operators": list(match.insurer.operators),
                "evidence": match.insurer.strongest.kind,
                "sources": [
                    {"url": s.url, "title": s.title, "date": s.date}
                    for item in match.insurer.evidence
                    for s in item.sources
                ],
            }
            for match in matches
        ],
    }


def sentence(result: dict[str, object]) -> str:
    matches = result["matches"]
    assert isinstance(matches, list)
    if not matches:
        return (
            f"« {result['query']} » n'est pas dans notre liste. Cela ne veut pas dire que "
            "vous n'êtes pas concerné : regardez votre carte de tiers payant ou appelez "
            "votre mutuelle."
        )
    best = matches[0]
    operators = " et ".join(OPERATOR_NAMES[op] for op in best["operators"])
    if not operators:
        return f"{best['name']} : cette mutuelle dit que ses adhérents n'ont pas été touchés."
    return f"{best['name']} : liée à {operators} (voir les sources avec --json)."


def run_check(query: str, *, as_json: bool) -> int:
    result = check_result(query)
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(sentence(result))
    return 0
