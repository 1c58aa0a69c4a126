"""Whether a vote claim's body is a vote record's (legislatures.yaml): by their words, or because the claim
names the record's legislature by a word for any legislature ("Parliament impeached him" for the "National
Assembly of the Republic of Korea")."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib.resources import files

import yaml
from factdesk.sources.text import content_words
from rapidfuzz import fuzz

ALIKE = 75.0  # a body scoring this against a record's is that record's body
OUTCOME_OF = {"for": "adopted", "against": "rejected"}  # a body's own vote on a measure is its outcome


def the_body_itself(actor: str, body: str) -> bool:
    """Whether a vote's actor is the body that voted ("The House of Representatives rejected the bill"): its
    position is then the record's outcome, not a member's vote."""
    return fuzz.token_set_ratio(" ".join(content_words(actor)), " ".join(content_words(body))) >= 90


@lru_cache(maxsize=65536)
def body_words(body: str) -> str:
    """A body's content words, without who holds it: "the Republican-controlled Assembly" is the Assembly; an
    ordinal in words, as records write it ("the 4th Circuit" is the Fourth Circuit)."""
    words = (re.sub(r"['’]s$", "", word) for word in content_words(body) if not _HELD_BY.search(word))
    return " ".join(_ORDINALS.get(word, word) for word in words)  # "Portugal's" is Portugal


_ORDINALS = dict(
    zip("1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th".split(), "first second third fourth fifth sixth seventh"
        " eighth ninth tenth eleventh twelfth".split(), strict=True)
)  # fmt: skip


_HELD_BY = re.compile(r"\w-(?:controlled|led|dominated|run|held)$")


def body_score(claimed: str, recorded: str) -> float:
    """How well the claim's body words (content words) name the record's body, 0-100."""
    score = fuzz.token_set_ratio(claimed, recorded)
    # "parliament", and "Portugal's parliament" for the "Assembly of the Republic (Portugal)": the record's own
    # words, and a word for any legislature
    rest = set(claimed.split()) - set(recorded.split())
    generic, _ = _legislatures()
    if score < ALIKE and rest and (claimed in generic or rest <= generic) and _names_a_legislature(recorded):
        return ALIKE
    return score


def _names_a_legislature(body: str) -> bool:
    padded = f" {body} "
    return any(f" {name} " in padded for name in _legislatures()[1])


@cache
def _legislatures() -> tuple[frozenset[str], tuple[str, ...]]:
    text = files("factdesk.claims.check").joinpath("legislatures.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return frozenset(data["generic"]), tuple(data["legislatures"])
