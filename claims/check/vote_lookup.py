"""The store's vote records found by measure word, body, named voter and date, for the vote checker."""

from __future__ import annotations

import bisect
import datetime as dt
import weakref
from functools import lru_cache
from typing import Any

from factdesk.claims.check.body_names import ALIKE, body_score, body_words
from factdesk.claims.extract.votes.actors import actor_key
from factdesk.claims.model import Claim
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Vote
from factdesk.sources.text import content_words

_WORDS_OF_VOTES = frozenset(
    """vote votes voted voting resolution bill motion measure amendment law legislation proposal draft text
    adopted approved passed rejected defeated vetoed""".split()
)


@lru_cache(maxsize=65536)
def measure_words_of(text: str) -> frozenset[str]:
    return frozenset(word for word in content_words(text) if word not in _WORDS_OF_VOTES)


def record_words(vote: Vote) -> frozenset[str]:
    """The words of what a record decided: its measure's, and its id's ("unsc-res-2728")."""
    return measure_words_of(vote.measure) | measure_words_of(vote.id.replace("-", " "))


class _VoteLookup:
    """The store's votes by measure word, body and named voter, so a claim is scored only against records
    it could be about (a store has thousands of votes; an article dozens of vote claims)."""

    def __init__(self, votes: list[Vote]) -> None:
        self.by_word: dict[str, list[Vote]] = {}
        self.by_body: dict[str, list[Vote]] = {}
        self.by_actor: dict[str, list[Vote]] = {}
        self.by_date = sorted((vote for vote in votes if vote.day_known), key=lambda vote: vote.date)
        self.undated = [vote for vote in votes if not vote.day_known]  # of a month or year: a span, no day
        self.position = {id(vote): number for number, vote in enumerate(votes)}  # ties keep the store's order
        for vote in votes:
            for word in record_words(vote):
                self.by_word.setdefault(word, []).append(vote)
            self.by_body.setdefault(body_words(vote.body), []).append(vote)
            for name, _ in vote.positions:
                key = actor_key(name)
                for part in {key, key.split()[-1] if key else ""} - {""}:
                    self.by_actor.setdefault(part, []).append(vote)

    def around(self, claim: Claim, body: str | None, words: frozenset[str], on: dt.date | None) -> list[Vote]:
        """Every record `_candidates` could keep for this claim (a superset), in store order."""
        if body:
            wanted = body_words(body)
            found = [vote for key, votes in self.by_body.items() if body_score(wanted, key) >= ALIKE for vote in votes]
        else:
            found = [vote for word in words for vote in self.by_word.get(word, ())]
            actor = claim.fields.get("actor")
            if actor:
                key = actor_key(actor)
                found += self.by_actor.get(key, []) + self.by_actor.get(key.split()[-1] if key else "", [])
            if on is not None:
                found += self.within(on, 3)
        unique = {id(vote): vote for vote in found}
        return sorted(unique.values(), key=lambda vote: self.position[id(vote)])

    def within(self, on: dt.date, days: int) -> list[Vote]:
        """The records held within `days` of `on`, by date."""
        start = bisect.bisect_left(self.by_date, on - dt.timedelta(days=days), key=lambda vote: vote.date)
        end = bisect.bisect_right(self.by_date, on + dt.timedelta(days=days), key=lambda vote: vote.date)
        return self.by_date[start:end] + [vote for vote in self.undated if vote.days_from(on) <= days]


_LOOKUPS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def votes_within(index: StoreIndex, on: dt.date, days: int) -> list[Vote]:
    """The store's vote records held within `days` of `on`, in store order (found by date, not by a scan)."""
    lookup = lookup_of(index)
    return sorted(lookup.within(on, days), key=lambda vote: lookup.position[id(vote)])


def lookup_of(index: StoreIndex) -> _VoteLookup:
    lookup = _LOOKUPS.get(index)
    if lookup is None:
        lookup = _LOOKUPS[index] = _VoteLookup(list(index.store.votes.values()))
    return lookup
