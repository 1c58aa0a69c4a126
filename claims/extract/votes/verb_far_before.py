"""The outcome verb a tally refers back to across a long clause: "the Senate rejected the government's request
to invoke Article 155 of the Constitution, which had never before been used, by 214 votes to 47", and "When the
Legislative Council passed its amended version last Wednesday, the 22-18 vote came after ...".

A tally written "by N votes to M" ends the verb's phrase, and "the N-M vote" names the vote a clause before it
told; either way the verb is the last outcome verb before the tally, with no other vote's verb between. A bare
"voted 60-40" is not read so: it is a vote of its own, whatever an earlier clause says.
"""

from __future__ import annotations

import re

# the verbs of a decision a tally is written after ("passed 9-0", "rejected ... by 214 votes to 47")
OUTCOME_VERBS = r"passed|approved|adopted|rejected|confirmed|threw\s+out|turned\s+down|voted\s+down"
_OUTCOME_VERB = re.compile(rf"\b(?P<verb>{OUTCOME_VERBS})\b", re.IGNORECASE)
_OTHER_VOTE = re.compile(r"\b(?:vot(?:ed|es|ing)|ballot|tally)\b", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:a\s+(?:vote|margin)\s+of\s+)?$", re.IGNORECASE)
_BY = re.compile(r"by\s", re.IGNORECASE)  # a tally's words may begin with its "by"
_THE_VOTE = re.compile(r"\s*(?:[-–]\s*\d+\s*)?vote\b", re.IGNORECASE)  # "the 22-18 vote", "22-18-1 vote"
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def verb_far_before(text: str, tally_start: int, tally_end: int) -> re.Match[str] | None:
    """The outcome verb a tally at text[tally_start:tally_end] refers back to, if the tally is written "by N votes
    to M" or "the N-M vote" and no other vote's words stand between them."""
    by = _BY_BEFORE.search(text, max(0, tally_start - 20), tally_start) or _BY.match(text, tally_start)
    named = _THE_BEFORE.search(text, max(0, tally_start - 6), tally_start) and _THE_VOTE.match(text, tally_end)
    if not by and not named:
        return None
    verbs = list(_OUTCOME_VERB.finditer(text, 0, tally_start))
    if not verbs or _OTHER_VOTE.search(text, verbs[-1].end(), by.start() if by else tally_start):
        return None
    return verbs[-1]
