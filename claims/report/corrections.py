"""What must change for each disputed claim: the register's spelling, the right title, outcome, tally or figure.

An editor acts on the corrections list, so it says the fix in the store's words
("Tzachi Hanegbi", "Defense Minister (Israel) on 2024-03-25", "adopted, 14-0, 1
abstaining") rather than the checker's diagnosis. Where the store has no
structured answer (a figure, a statement), the checker's reason, which quotes the
source, is the correction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from factdesk.base.text import fold
from factdesk.sources.model import Person, Store, Vote

SUPPORTED = "none from the store, which bears this out as written: the reviewer disputes it (see the note)"


def supported(suggestion: Mapping[str, Any] | None) -> bool:
    """Whether the checker found the claim borne out by the store as written."""
    return (suggestion or {}).get("verdict") == "verified"


def _person(store: Store, name: str) -> Person | None:
    wanted = fold(name)
    return next((person for person in store.people if fold(person.name) == wanted), None)


def _evidence_ids(suggestion: Mapping[str, Any] | None, linked: tuple[str, ...]) -> list[str]:
    ids = list(linked)
    for item in (suggestion or {}).get("evidence") or ():
        if isinstance(item, Mapping) and item.get("store_id") not in ids:
            ids.append(str(item.get("store_id")))
    return ids


def _role_fix(person: Person, fields: Mapping[str, Any], on: dt.date | None) -> str:
    parts = []
    written = str(fields.get("person") or "")
    if written and fold(written) != fold(person.name) and all(fold(a) != fold(written) for a in person.aliases):
        parts.append(f"spell it “{person.name}”")
    if on is not None:
        held = [role for role in person.roles if role.held_on(on)]
        if held:
            titles = "; ".join(role.title + (f" ({role.org})" if role.org else "") for role in held)
            parts.append(f"on {on.isoformat()} {person.name} was {titles}")
        else:
            parts.append(f"the register gives {person.name} no title on {on.isoformat()}")
    return "; ".join(parts)


def _vote_fix(vote: Vote, fields: Mapping[str, Any]) -> str:
    parts = [f"{vote.body}, {vote.date_written}: {vote.measure} — {vote.outcome.value}"]
    if vote.tally is not None:
        parts.append(f"tally {vote.tally.describe()}")
    actor = fields.get("actor")
    if actor:
        position = vote.position_of(str(actor))
        if position is not None:
            parts.append(f"{actor}: {position.value}")
    return "; ".join(parts)


def correction(
    kind: str,
    fields: Mapping[str, Any],
    suggestion: Mapping[str, Any] | None,
    linked: tuple[str, ...],
    store: Store | None,
    on: dt.date | None,
) -> str:
    """The fix for a disputed claim, in the store's words; the checker's reason where the store has no field.

    A claim the store bears out as written, disputed by the reviewer, has no fix from the store: quoting it
    told the editor to "correct" the text to what it already said."""
    reason = str((suggestion or {}).get("reason") or "")
    if supported(suggestion):
        return SUPPORTED
    if store is None:
        return reason
    for store_id in _evidence_ids(suggestion, linked):
        if store_id.startswith("person:"):
            person = _person(store, store_id.removeprefix("person:"))
            if person is None:
                continue
            if kind == "person":
                return f"spell it “{person.name}” (the register's spelling)"
            if kind == "role":
                return _role_fix(person, fields, on) or reason
        if store_id.startswith("vote:") and kind == "vote":
            vote = store.votes.get(store_id.removeprefix("vote:"))
            if vote is not None:
                return _vote_fix(vote, fields)
    return reason
