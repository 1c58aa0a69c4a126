"""A country's vote written as its stance on a measure: "the United States blocked the draft resolution",
"France adopted the text"."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from factdesk.claims.extract.lexicon import NATIONALITIES
from factdesk.claims.extract.votes.actors import actor_key, known_actor_keys
from factdesk.claims.extract.votes.mention import MEASURE_NOUN, VoteMention, clean_measure

# "the United States blocked the draft resolution": a state's stance on a measure is its vote ("backed",
# "approved", "rejected", "opposed" are read with every voter's, in positions.py and stances.py)
_STATE_STANCE = re.compile(
    r"\b(?P<actor>(?:the\s+)?(?:[A-Z][\w.'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:has\s+|had\s+)?"
    r"(?P<verb>adopted|blocked)\s+"
    rf"(?P<measure>(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,6}}?{MEASURE_NOUN}(?:\s+\d+(?![-–—\d]))?)"
)
_STANCES = {"adopted": "for", "blocked": "against"}


def state_stance(text: str, offset: int, body: str | None) -> list[VoteMention]:
    """A country's vote written as its stance ("the United States opposed the resolution"); a person's or a
    body's is not read here (a body's is an outcome, a person's may be an opinion)."""
    stance = _STATE_STANCE.search(text)
    if stance is None or actor_key(stance["actor"]) not in _states():
        return []
    actor = re.sub(r"^the\s+", "", stance["actor"], flags=re.IGNORECASE)
    fields: dict[str, Any] = {"actor": actor, "position": _STANCES[stance["verb"]]}
    measure = clean_measure(stance["measure"])[0]
    fields.update({"measure": measure} if measure else {})
    fields.update({"body": body} if body else {})
    return [VoteMention(offset + stance.start("actor"), offset + stance.end("measure"), fields)]


@cache
def _states() -> frozenset[str]:
    """Every country by its voter key: the vote tables' names and every country a demonym names."""
    return known_actor_keys() | frozenset(actor_key(country) for country in NATIONALITIES.values() if country)
