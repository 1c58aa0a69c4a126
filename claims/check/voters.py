"""Which of a vote record's voters a claim names, and whether the article spells that voter right.

"Russia" is the record's "Russian Federation" and "Paul" its "Rand Paul"; "Kier Starmer" is its
"Keir Starmer" too, but misspelt: that finds the record yet must not verify the claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.claims.extract.votes.actors import actor_key
from factdesk.sources.index import without_middle_initials
from factdesk.sources.model import Vote
from rapidfuzz import fuzz

_CLOSE = 90  # a whole name this close is the same voter, misspelt
_CLOSE_WORD = 60  # a given name this close to the record's is a misspelling, not another name ("Bob"/"Robert")


@dataclass(frozen=True, slots=True)
class Voter:
    """The record's spelling of the voter, its position, and whether the claim misspells the name."""

    name: str
    position: str
    misspelt: bool = False


def _bare(key: str) -> str:
    """The name's letters, without a middle initial ("Anthony M. Kennedy" is the record's "Anthony Kennedy")."""
    return re.sub(r"[^\w ]", "", without_middle_initials(key)).replace(" ", "")


def _given_names_differ(wanted: list[str], known: list[str]) -> bool:
    """'Kier Starmer' for 'Keir Starmer'; not 'J. Powell', 'Ed Miliband' or 'Bob Casey' for the full name."""
    first, recorded = wanted[0].rstrip("."), known[0].rstrip(".")
    if first == recorded or recorded.startswith(first) or first.startswith(recorded):
        return False
    return fuzz.ratio(first, recorded) >= _CLOSE_WORD


def find_voter(vote: Vote, actor: str, spellings: frozenset[str] = frozenset()) -> Voter | None:
    """The record's voter the claim's `actor` names; `spellings` are the register's other spellings of it."""
    wanted = actor_key(actor)
    accepted = {wanted} | {actor_key(spelling) for spelling in spellings}
    close: Voter | None = None
    for name, position in vote.positions:
        known = actor_key(name)
        if known in accepted or _bare(known) == _bare(wanted) or wanted.startswith(known + " of "):
            return Voter(name, position.value)  # "the Bahujan Samaj Party of Mayawati": the party, whose it is after
        if close is None and fuzz.ratio(known, wanted) >= _CLOSE:
            close = Voter(name, position.value, misspelt=True)
    if close is not None:
        return close
    words = wanted.split()
    surname = words[-1] if words else ""
    same_surname = [(name, p) for name, p in vote.positions if actor_key(name).split()[-1:] == [surname]]
    if len(same_surname) != 1 or len(surname) <= 2:
        return None
    name, position = same_surname[0]
    misspelt = len(words) > 1 and _given_names_differ(words, actor_key(name).split())
    return Voter(name, position.value, misspelt)
