"""A vote told in shares with no record of it in the store: its shares are figures a source may give.

"members rejected an earlier tentative agreement by 94.6%": the store may hold no record of that earlier
ballot, but a union's release giving "94.6% voted to reject" bears the figure out or contradicts it, as
it would a figure in any other sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from factdesk.claims.check.figures import check_quantity
from factdesk.claims.model import Claim, ClaimKind, Suggestion, Verdict
from factdesk.sources.index import StoreIndex


def shares_as_figures(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion | None:
    """Each share of the claim's tally checked as a figure of its sentence; the first a source contradicts or,
    failing that, bears out; None when no source says either."""
    tally = claim.fields.get("tally")
    if not isinstance(tally, dict) or not tally.get("percent"):
        return None
    verified = None
    for side in ("for", "against"):
        value = tally.get(side)
        written = _written(claim.sentence, value) if isinstance(value, (int, float)) else None
        if written is None:
            continue
        figure = replace(claim, kind=ClaimKind.QUANTITY, text=written, fields={"value": value, "unit": "percent"})
        suggestion = check_quantity(figure, index, on)
        if suggestion.verdict is Verdict.DISPUTED:
            return replace(suggestion, reason=f"no vote record in the store matches this vote; {suggestion.reason}")
        if suggestion.verdict is Verdict.VERIFIED and verified is None:
            verified = replace(suggestion, reason=f"no vote record matches this vote, but {suggestion.reason}")
    return verified


def _written(sentence: str, value: float) -> str | None:
    """ "94.6%" as the sentence writes the share (or "94.6 percent", "94.6 per cent")."""
    number = f"{value:g}"
    found = re.search(rf"(?<![\d.]){re.escape(number)}(?:\.0+)?\s*(?:%|percent\b|per\s+cent\b)", sentence)
    return found.group() if found else None
