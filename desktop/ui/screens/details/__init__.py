"""The detail screens, in the order they appear; each shows only when a chosen document needs it."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.ui.screens.details.base import DetailPage
from desktop.ui.screens.details.family import FamilyPage
from desktop.ui.screens.details.letters import (
    FirstLetterDatePage,
    InformedDatePage,
    InsurerAddressPage,
    PlacePage,
)
from desktop.ui.screens.details.person import (
    AddressPage,
    BirthPage,
    IdentityPage,
    MemberNumberPage,
    NirPage,
    PhonePage,
)

DETAIL_PAGES: tuple[type[DetailPage], ...] = (
    IdentityPage,
    BirthPage,
    AddressPage,
    PhonePage,
    NirPage,
    MemberNumberPage,
    FamilyPage,
    InsurerAddressPage,
    InformedDatePage,
    FirstLetterDatePage,
    PlacePage,
)
AFTER_DETAILS = "review"  # "Vérifiez vos réponses", when a detail screen was asked
NO_DETAILS = "ready"


def next_detail(after: str, documents: Iterable[str]) -> str:
    """The first detail screen after ``after`` that the chosen documents need, else the
    review of the answers (or "ready" when the documents need no answer)."""
    chosen = list(documents)
    ids = [page.page_id for page in DETAIL_PAGES]
    start = ids.index(after) + 1 if after in ids else 0
    asked = any(page.wanted(chosen) for page in DETAIL_PAGES)
    return next(
        (page.page_id for page in DETAIL_PAGES[start:] if page.wanted(chosen)),
        AFTER_DETAILS if asked else NO_DETAILS,
    )
