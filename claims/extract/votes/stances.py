"""Votes "to hold rates" or "to cut rates": a stance on a change, read against the record's measure.

"Huw Pill voted to hold rates" is a vote against a cut. The finder gives the position "for" the
stance ("to hold rates at 5.25%") as the measure; the checker turns it round when the record's measure
moves the other way (data/stance_words.tsv says which way each verb moves).
"""

from __future__ import annotations

import re
from functools import cache

from factdesk.claims.extract.lexicon import phrase_table
from factdesk.claims.extract.votes.mention import VoteMention, actor_name
from factdesk.claims.sentences import Sentence


@cache
def stance_words() -> dict[str, str]:
    """Verb -> "up", "down" or "hold"."""
    return phrase_table("stance_words.tsv")


@cache
def _stance() -> re.Pattern[str]:
    verbs = "|".join(sorted(stance_words(), key=len, reverse=True))
    return re.compile(
        r"(?P<actor>(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})(?:,\s+(?:the|a|an|who|which)[^,;.]{0,80}?,)?"
        rf"\s+voted\s+to\s+(?P<stance>(?P<verb>{verbs})\b(?:[^,;.]|\.(?=\d)){{0,60}})"
    )


def direction(stance: str) -> str | None:
    """Which way "to hold rates" or "Reduce Bank Rate by 0.25 points" moves: its first stance verb's way."""
    for word in re.findall(r"[a-z]+", stance.lower()):
        if word in stance_words():
            return stance_words()[word]
    return None


def find_stances(sentence: Sentence) -> list[VoteMention]:
    """ "Chief economist Huw Pill voted to hold rates at 5.25%": {actor, position: for, measure: to hold ...}."""
    if "voted to" not in sentence.text:
        return []
    found = []
    for match in _stance().finditer(sentence.text):
        measure = "to " + match["stance"].strip()
        fields = {"actor": actor_name(match["actor"]), "position": "for", "measure": measure}
        found.append(VoteMention(sentence.start + match.start("actor"), sentence.start + match.end("verb"), fields))
    return found
