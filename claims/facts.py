"""Review by fact: a person's name and the titles the same sentence gives that name are one fact.

"National Security Advisor Tzaji Hanegbi" is two claims to the checker (the name's spelling, and the
title held on the day) but one thing to an editor: a misspelt name makes both wrong. So a verdict given
to one claim of a fact is given to the fact's other claims too, one keystroke for one misspelling, but
only to those still unreviewed whose checker suggestion agrees with that verdict: a title the checker
found wrong stays open for its own look when the name is verified. The review file keeps per-claim
verdicts as before: a fact mark is one verdict per claim, each with its own history line and undo step.
"""

from __future__ import annotations

from collections.abc import Mapping

from factdesk.claims.model import ClaimKind, ReviewedClaim, Verdict
from factdesk.sources.text import fold


def _named(record: ReviewedClaim) -> str | None:
    """The person a claim is about, folded: a person claim's name, a role claim's person."""
    fields = record.claim.fields
    if record.claim.kind is ClaimKind.PERSON:
        return fold(str(fields.get("name") or "")) or None
    if record.claim.kind is ClaimKind.ROLE:
        return fold(str(fields.get("person") or "")) or None
    return None


def fact_partners(records: Mapping[str, ReviewedClaim], claim_id: str) -> list[str]:
    """The other claims of `claim_id`'s fact: its name and that name's titles in the same sentence."""
    record = records[claim_id]
    person = _named(record)
    if person is None or record.orphaned:
        return []
    return [
        other_id
        for other_id, other in records.items()
        if other_id != claim_id
        and not other.orphaned
        and other.claim.sentence == record.claim.sentence
        and other.claim.kind is not record.claim.kind
        and _named(other) == person
    ]


def fact_marks(records: Mapping[str, ReviewedClaim], claim_id: str, verdict: Verdict) -> dict[str, Verdict]:
    """The verdicts a mark on `claim_id` gives the rest of its fact: unreviewed partners the checker agrees on."""
    marks: dict[str, Verdict] = {}
    if verdict is Verdict.UNREVIEWED:
        return marks
    for other_id in fact_partners(records, claim_id):
        other = records[other_id]
        agreed = other.suggestion is not None and other.suggestion.verdict is verdict
        if other.mark.verdict is Verdict.UNREVIEWED and agreed:
            marks[other_id] = verdict
    return marks
