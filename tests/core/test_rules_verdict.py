"""The verdict's headline is never stronger than the evidence (kill-the-mutant tests).

Written against what stays true while the verdict's wording is redesigned (issue 8):
- a group named in February 2024 is not evidence about one member: no "probablement", but
  "peut-être" (not "nous ne savons pas");
- with a current and a former mutuelle, the headline is the one of the stronger evidence,
  whichever of the two holds it.
"""

from __future__ import annotations

import pytest

from desktop.core.answers import CheckAnswers
from desktop.core.catalog import load_catalog
from desktop.core.verdict import HEADLINES, POSSIBLE, assess

CATALOG = load_catalog()


def insurer_id(kind: str) -> str:
    """The first insurer whose strongest evidence is of this kind."""
    return next(i.id for i in CATALOG.insurers if i.strongest.kind == kind)


def current(kind: str) -> CheckAnswers:
    return CheckAnswers(has_mutuelle="oui", insurer_id=insurer_id(kind), card_reading="aucun")


def test_a_group_named_in_2024_is_not_probable() -> None:
    # Whatever its own wording becomes (issue 8), it is not the "probablement" of a notice.
    verdict = assess(current("group_2024"), CATALOG)
    assert "probablement" not in verdict.headline
    assert verdict.headline != assess(current("insurer_notice"), CATALOG).headline
    # Nor is it "we do not know": the group was named in February 2024, so "peut-être".
    assert verdict.headline == HEADLINES[POSSIBLE]


def test_the_insurers_own_notice_is_probable() -> None:
    assert "probablement" in assess(current("insurer_notice"), CATALOG).headline


@pytest.mark.parametrize("weak", ["group_2024", "operator_list_later", "white_label"])
@pytest.mark.parametrize("strong_is_former", [False, True])
def test_current_and_former_take_the_stronger_headline(weak: str, strong_is_former: bool) -> None:
    strong = insurer_id("insurer_notice")
    now, before = (insurer_id(weak), strong) if strong_is_former else (strong, insurer_id(weak))
    both = CheckAnswers(
        has_mutuelle="oui",
        insurer_id=now,
        card_reading="aucun",
        had_former_insurer="oui",
        former_insurer_id=before,
    )
    alone = assess(current("insurer_notice"), CATALOG)
    assert assess(both, CATALOG).headline == alone.headline
    assert "probablement" in alone.headline
