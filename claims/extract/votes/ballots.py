"""A ballot on industrial action: "postal workers have voted overwhelmingly to strike over pay".

A union's members vote for or against a strike, not on a bill: the ballot's outcome is the strike's.
"Voted against striking" is the ballot lost, "voted to strike", "voted in favour of industrial action"
the ballot won.
"""

from __future__ import annotations

import re

_STRIKE_BALLOT = re.compile(
    r"\bvot(?:ed|es|e|ing)\s+(?:(?:\w+ly|on\s+[A-Z]\w+|by\s+a\s+(?:large|wide|huge|big)?\s*margin)\s+)*"
    r"(?P<way>to|for|in\s+favou?r\s+of|against)\s+"
    # "voted to strike down the law" is a court's ruling, not a ballot on a strike
    r"(?P<measure>(?:a\s+|national\s+)?(?:strik(?:e|es|ing)\b(?!\s+(?:down|out|from)\b)(?:\s+action)?|walk-?outs?"
    r"|industrial\s+action))",
    re.IGNORECASE,
)


def strike_ballot(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """(outcome, measure, span of its words) of a strike ballot the sentence reports."""
    found = _STRIKE_BALLOT.search(text)
    if found is None:
        return None
    outcome = "rejected" if found["way"].lower() == "against" else "adopted"
    return outcome, "strike action", (found.start(), found.end())
