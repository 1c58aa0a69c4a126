"""Votes of confidence as news writes them: who won or lost one, and what that says the motion's fate was."""

from __future__ import annotations

import re

# "the government survived a no-confidence vote": the motion failed; "lost" one: it passed. "Scholz lost a vote
# of confidence": the motion of confidence failed; "won" one: it passed.
_CONFIDENCE = re.compile(
    r"\b(?P<verb>survived|survives|lost|loses|won|wins)\s+(?:a|the|its|their|his|her)\s+"
    r"(?P<measure>(?:no[- ])?confidence\s+(?:vote|motion)|(?:vote|motion)\s+of\s+(?:no[- ])?confidence)",
    re.IGNORECASE,
)
_NO_CONFIDENCE = re.compile(r"\bno[- ]confidence", re.IGNORECASE)
_WON = {"won", "wins", "survived", "survives"}


def confidence_vote(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """(outcome, measure, span) of a vote of confidence or no confidence the sentence says was won or lost."""
    confidence = _CONFIDENCE.search(text)
    if confidence is None:
        return None
    no_confidence = _NO_CONFIDENCE.search(confidence["measure"]) is not None
    won = confidence["verb"].lower() in _WON
    outcome = "rejected" if won == no_confidence else "adopted"
    return outcome, "no-confidence motion" if no_confidence else "confidence motion", confidence.span()
