"""Checks across a whole store, run on every load (cached or not): what no single entry shows.

- The same person twice in the register (in one file or two): one entry would hide
  the other's roles and end dates. Namesakes (two people with one name) are fine
  when each says who they are with `disambiguation:`, and the notes differ.
- A vote whose tally contradicts its outcome (adopted with more votes against than
  for) or its positions (more actors named as voting for than the tally counts).

They run on the merged entries every time, never from the cache, so a store that
was loaded before a rule existed is checked by it all the same.
"""

from __future__ import annotations

from collections import Counter

from factdesk.base.errors import Problem
from factdesk.base.text import fold
from factdesk.sources.model import Outcome, Person, Position, Store, Vote


def check_store(store: Store) -> list[Problem]:
    """Every problem across the store's entries, in file order."""
    return [*_duplicate_people(store.people), *(p for vote in store.votes.values() for p in _vote_problems(vote))]


def _duplicate_people(people: list[Person]) -> list[Problem]:
    problems = []
    seen: dict[str, list[Person]] = {}
    for person in people:
        earlier = seen.setdefault(fold(person.name), [])
        where = person.origin
        if earlier and any(not entry.disambiguation for entry in (person, *earlier)):
            problems.append(
                Problem(
                    where.path,
                    where.line,
                    1,
                    f"{person.name!r} is already in the register at {earlier[0].origin}: give one person one "
                    "entry (merge their aliases and roles), or give each namesake a 'disambiguation:' saying "
                    "who they are",
                )
            )
        elif earlier:
            note = fold(person.disambiguation or "")
            twin = next((entry for entry in earlier if fold(entry.disambiguation or "") == note), None)
            if twin is not None:
                problems.append(
                    Problem(
                        where.path,
                        where.line,
                        1,
                        f"{person.name!r} has the same disambiguation as the entry at {twin.origin}: "
                        "namesakes need notes that tell them apart",
                    )
                )
        earlier.append(person)
    return problems


_COUNTED_AS = {Position.FOR: "for", Position.AGAINST: "against", Position.VETO: "against", Position.ABSTAIN: "abstain"}


def _vote_problems(vote: Vote) -> list[Problem]:
    tally = vote.tally
    if tally is None:
        return []
    where = vote.origin
    problems = []
    if (
        vote.outcome is Outcome.ADOPTED
        and tally.votes_for is not None
        and tally.against is not None
        and tally.votes_for < tally.against
    ):
        problems.append(
            Problem(
                where.path,
                where.line,
                1,
                f"vote {vote.id!r}: the tally ({tally.votes_for} for, {tally.against} against) contradicts "
                "its outcome 'adopted'",
            )
        )
    named = Counter(_COUNTED_AS[position] for _, position in vote.positions if position in _COUNTED_AS)
    counted = {"for": tally.votes_for, "against": tally.against, "abstain": tally.abstain}
    for stance, actors in sorted(named.items()):
        total = counted[stance]
        if total is not None and actors > total:
            problems.append(
                Problem(
                    where.path,
                    where.line,
                    1,
                    f"vote {vote.id!r}: {actors} actors are named as voting {stance} in 'positions', "
                    f"but the tally counts {total}",
                )
            )
    return problems
