"""Suggest a verdict for every claim from the store: `check_claims(claims, index, on)`.

The checker proposes, the reviewer decides: each suggestion carries a verdict,
a confidence, a one-line reason and the evidence that decided it.
"""

from __future__ import annotations

import datetime as dt

from factdesk.claims.check.excerpts import check_date, check_quote, check_statement
from factdesk.claims.check.figures import check_quantity
from factdesk.claims.check.people import check_person, check_role
from factdesk.claims.check.votes import check_vote
from factdesk.claims.model import Claim, ClaimKind, Suggestion
from factdesk.sources.index import StoreIndex

__all__ = ["check_claims", "suggest"]


def suggest(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion:
    """The checker's suggestion for one claim, as of the article's date `on`."""
    if claim.kind is ClaimKind.PERSON:
        return check_person(claim, index)
    if claim.kind is ClaimKind.ROLE:
        return check_role(claim, index, on)
    if claim.kind is ClaimKind.VOTE:
        return check_vote(claim, index, on)
    if claim.kind is ClaimKind.QUANTITY:
        return check_quantity(claim, index)
    if claim.kind is ClaimKind.DATE:
        return check_date(claim, index)
    if claim.kind is ClaimKind.QUOTE:
        return check_quote(claim, index)
    return check_statement(claim, index)


def check_claims(claims: list[Claim], index: StoreIndex, on: dt.date | None) -> list[Suggestion]:
    """One suggestion per claim, in the same order."""
    return [suggest(claim, index, on) for claim in claims]
