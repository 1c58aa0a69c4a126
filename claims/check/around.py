"""The excerpts about the words around a claim in its sentence, not the whole sentence.

A long sentence tells of several things ("X hosted the two-day summit, which ended ... with an agreement
to hold new talks within five months"); the words around a figure or a date say which excerpt gives it
better than the sentence as a whole does. Figures and dates both look there.
"""

from __future__ import annotations

from factdesk.claims.check.figure_places import WINDOW
from factdesk.claims.model import Claim
from factdesk.sources.index import ExcerptMatch, StoreIndex


def excerpts_around(claim: Claim, index: StoreIndex, *, limit: int, cutoff: float) -> list[ExcerptMatch]:
    """Excerpts scoring `cutoff` or more against the `WINDOW` characters either side of the claim's words."""
    span = claim.span_in_sentence()
    if span is None:
        return []
    around = claim.sentence[max(0, span[0] - WINDOW) : span[1] + WINDOW]
    return [match for match in index.find_excerpts(around, limit=limit) if match.score >= cutoff]
