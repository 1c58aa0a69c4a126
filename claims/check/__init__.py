"""Suggest a verdict for every claim from the store: `check_claims(claims, index, on)`.

The checker proposes, the reviewer decides: each suggestion carries a verdict,
a confidence, a one-line reason and the evidence that decided it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from factdesk.claims.check.currency_conversions import check_converted
from factdesk.claims.check.dates import check_date
from factdesk.claims.check.excerpts import check_statement
from factdesk.claims.check.people import check_person, check_role
from factdesk.claims.check.quotes import check_quote
from factdesk.claims.check.votes import check_vote
from factdesk.claims.model import Claim, ClaimKind, Suggestion
from factdesk.sources.index import StoreIndex

__all__ = ["check_claims", "suggest"]


Checker = Callable[[Claim, StoreIndex, "dt.date | None"], Suggestion]

# How each kind is checked: every ClaimKind has one (tests/extract/test_kinds.py checks).
CHECKERS: dict[ClaimKind, Checker] = {
    ClaimKind.PERSON: lambda claim, index, on: check_person(claim, index),
    ClaimKind.ROLE: check_role,
    ClaimKind.VOTE: check_vote,
    ClaimKind.QUANTITY: check_converted,
    ClaimKind.DATE: check_date,
    ClaimKind.QUOTE: lambda claim, index, on: check_quote(claim, index),
    ClaimKind.STATEMENT: lambda claim, index, on: check_statement(claim, index, on),
}


def suggest(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion:
    """The checker's suggestion for one claim, as of the article's date `on`."""
    return CHECKERS[claim.kind](claim, index, on)


def check_claims(claims: list[Claim], index: StoreIndex, on: dt.date | None) -> list[Suggestion]:
    """One suggestion per claim, in the same order."""
    return [suggest(claim, index, on) for claim in claims]
