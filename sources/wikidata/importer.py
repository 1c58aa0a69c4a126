"""Settle a name (or a QID) to one human on Wikidata and write them into the store, or say why not.

A name settles when the search finds exactly one human (P31 = Q5), or exactly
one human whose label or matched alias is the name itself (case and accents
folded): "Joe Biden" is not confused with "Joe Biden Sr.". A name nobody on
Wikidata has (an article's misspelling, "Tzaji Hanegbi") is searched again by its
surname, and a human whose spelling is as near as the checker's near miss
(token sort ratio 85 or more) is offered: one such person settles, and the
checker then disputes the article's spelling against theirs. Anything else is the
reviewer's to settle: the humans found are returned as numbered candidates, and
`pick` (1-based, in that order) or a QID chooses. Nothing is ever guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from factdesk.base.text import fold
from factdesk.sources.model import Store
from factdesk.sources.store import load_store
from factdesk.sources.wikidata import store_file
from factdesk.sources.wikidata.api import Entity, WikibaseClient
from factdesk.sources.wikidata.entities import ImportedPerson, is_human, place_ids, position_ids, read_person
from rapidfuzz import fuzz

PERSON_PROPS = "labels|descriptions|aliases|claims|info"
NEAR_SPELLING = 85.0  # as the checker's NEAR_MISS: a spelling it will flag as a misspelling of this name
QID = re.compile(r"[Qq][1-9]\d*\Z")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A human the name may mean: what a reviewer needs to choose (label, description, offices)."""

    person: ImportedPerson
    near: bool = False  # found by the surname: its spelling is near the name asked for, not the same

    @property
    def qid(self) -> str:
        return self.person.qid

    def describe(self) -> str:
        offices = "; ".join(office.describe() for office in self.person.offices[:3])
        more = f" (+{len(self.person.offices) - 3} more)" if len(self.person.offices) > 3 else ""
        what = self.person.description or "no description"
        return f"{self.person.name} — {what} [{self.qid}]" + (f" — {offices}{more}" if offices else "")


@dataclass(slots=True)
class ImportResult:
    """What became of one name: settled (`person`), written (`path`, with what changed), or not, and why."""

    query: str
    person: ImportedPerson | None = None
    path: Path | None = None
    created: bool = False
    changes: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    reason: str = ""
    note: str = ""  # said beside a settled name (a near spelling)


class WikidataImporter:
    """Looks people up with one client and writes them into one store."""

    def __init__(self, client: WikibaseClient, store: Path, today: dt.date | None = None) -> None:
        self.client = client
        self.store = store
        self.today = today or dt.datetime.now(dt.timezone.utc).date()

    def candidates(self, query: str) -> list[Candidate]:
        """Every human the name (or QID) may mean, with their offices, in the API's order."""
        matched: dict[str, str] = {}
        if QID.match(query.strip()):
            entities = self.client.entities([query.strip().upper()], PERSON_PROPS, all_languages=True)
        else:
            hits = self.client.search(query)
            matched = {hit.qid: hit.matched for hit in hits}
            entities = self.client.entities(list(matched), PERSON_PROPS, all_languages=True)
        humans = [entity for entity in entities.values() if is_human(entity)]
        people = self._read_people(humans)
        found = [Candidate(replace(person, matched=matched.get(person.qid, ""))) for person in people]
        if not found and len(query.split()) >= 2 and not QID.match(query.strip()):
            return self._near_spellings(query)
        return found

    def _near_spellings(self, query: str) -> list[Candidate]:
        """Humans found by the surname whose name (or an alias) is a near spelling of `query`."""
        wanted = fold(query)
        nearby = self.candidates(query.split()[-1])
        return [
            replace(candidate, near=True)
            for candidate in nearby
            if max(fuzz.token_sort_ratio(wanted, fold(s)) for s in candidate.person.spellings) >= NEAR_SPELLING
        ]

    def settle(self, query: str, *, pick: int | None = None, qid: str | None = None) -> ImportResult:
        """Find the one person `query` means (`pick` or `qid` chooses among several); nothing is written."""
        result = ImportResult(query)
        chosen_qid = (qid or "").strip().upper() or None
        if chosen_qid is not None and not QID.match(chosen_qid):
            result.reason = f"{qid!r} is not a Wikidata id (Q followed by digits)"
            return result
        found = self.candidates(chosen_qid or query)
        result.candidates = found
        if not found:
            result.reason = (
                f"{chosen_qid or query} is not a person (P31 = Q5) on Wikidata"
                if chosen_qid or QID.match(query.strip())
                else f"Wikidata has no person named {query!r}"
            )
            return result
        chosen = self._choose(query, found, pick, chosen_qid)
        if chosen is None:
            if pick is not None and not 1 <= pick <= len(found):
                result.reason = f"--pick {pick}: there are only {len(found)} candidates"
            else:
                result.reason = f"{len(found)} people match {query!r}: choose one with --pick N or --qid QID"
            return result
        result.person = chosen.person
        if chosen.near:
            result.note = f"Wikidata spells {query!r} as {chosen.person.name!r}"
        return result

    def import_name(self, query: str, *, pick: int | None = None, qid: str | None = None) -> ImportResult:
        """Settle `query` and, if it settles, write the person into the store."""
        result = self.settle(query, pick=pick, qid=qid)
        return self.write(result) if result.person is not None else result

    def write(self, result: ImportResult) -> ImportResult:
        """Write a settled person to `STORE/wikidata/QID.yaml` unless a hand-written entry already has the name."""
        person = result.person
        if person is None:
            return result
        clash = _hand_written_namesake(load_store(self.store), person)
        if clash:
            result.person = None
            result.candidates = [Candidate(person)]
            result.reason = f"{person.name} is already in the register at {clash}; not imported"
            return result
        path = store_file.path_for(self.store, person.qid)
        previous = store_file.read_previous(path)
        text = store_file.render(person, store_file.item_url(self.client.api, person.qid), self.today)
        store_file.write(path, text)
        result.path, result.created = path, previous is None
        result.changes = store_file.changes(previous, person)
        return result

    def _choose(self, query: str, found: list[Candidate], pick: int | None, qid: str | None) -> Candidate | None:
        if qid is not None:
            return next((c for c in found if c.qid == qid), None)
        if pick is not None:
            return found[pick - 1] if 1 <= pick <= len(found) else None
        if len(found) == 1:
            return found[0]
        wanted = fold(query)
        exact = [c for c in found if wanted in (fold(c.person.name), fold(c.person.matched))]
        return exact[0] if len(exact) == 1 else None

    def _read_people(self, humans: list[Entity]) -> list[ImportedPerson]:
        """Name every office the humans held: one batch for the positions, one for their places."""
        positions = self.client.entities([p for human in humans for p in position_ids(human)], "labels|claims")
        places = self.client.entities([p for position in positions.values() for p in place_ids(position)], "labels")
        language = self.client.language
        return [read_person(human, positions, places, language) for human in humans]


def _hand_written_namesake(store: Store, person: ImportedPerson) -> str | None:
    """Where the register already has this name outside the imported files (a second entry would clash)."""
    imported = store.root / store_file.FOLDER
    for entry in store.people:
        if fold(entry.name) == fold(person.name) and imported not in entry.origin.path.parents:
            return str(entry.origin)
    return None
