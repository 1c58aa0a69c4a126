"""Search everything in a store, one hit per entry: what `factdesk sources search` and the desk's `s` show.

People are found by any word of their name or an alias ("Thomas" finds Linda
Thomas-Greenfield, "Bibi" finds Benjamin Netanyahu), by a misspelling (the
index's fuzzy look-up), and by the titles they held ("Prime Minister"); sources
by title, publisher and excerpt; votes by body, measure, outcome and each
actor's position ("abstain"). Word tables are built once per index, on the first
search.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from dataclasses import dataclass, field

from factdesk.base.text import content_words, fold, words
from factdesk.sources.index import SearchHit, StoreIndex
from factdesk.sources.model import Person, Vote
from rapidfuzz import fuzz

EXACT, NAME_WORDS, SURNAME, TITLE_WORDS, SOURCE_WORDS = 100.0, 96.0, 95.0, 90.0, 90.0
KIND_ORDER = {"person": 0, "source": 1, "vote": 2}
# A passage that merely mentions the words ranks below the entry the words name (a person, a title).
EXCERPT_WEIGHT = 0.9


def _words_of(text: str) -> set[str]:
    """Folded words, hyphenated ones also in parts ("thomas-greenfield", "thomas", "greenfield")."""
    found: set[str] = set()
    for word in words(text):
        found.add(word)
        found.update(part for part in word.split("-") if part)
    return found


def _query_words(query: str) -> list[str]:
    wanted = content_words(query) or words(query)
    return sorted({part for word in wanted for part in (word, *word.split("-")) if part and "-" not in part} or wanted)


@dataclass
class _Tables:
    name_words: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    title_words: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    source_words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    sources_seen: int = 0


_TABLES: weakref.WeakKeyDictionary[StoreIndex, _Tables] = weakref.WeakKeyDictionary()


def _tables(index: StoreIndex) -> _Tables:
    tables = _TABLES.get(index)
    if tables is None:
        tables = _Tables()
        for number, person in enumerate(index.store.people):
            for spelling in person.spellings:
                for word in _words_of(spelling):
                    tables.name_words[word].add(number)
            for role in person.roles:
                for word in _words_of(f"{role.title} {role.org or ''}"):
                    tables.title_words[word].add(number)
        _TABLES[index] = tables
    if tables.sources_seen != len(index.store.sources):  # a source added from the desk is found at once
        for source in index.store.sources.values():
            for word in _words_of(f"{source.title} {source.publisher}"):
                tables.source_words[word].add(source.id)
        tables.sources_seen = len(index.store.sources)
    return tables


def _all_of(table: dict[str, set[int]] | dict[str, set[str]], wanted: list[str]) -> set:  # type: ignore[type-arg, unused-ignore]
    if not wanted:
        return set()
    found = set(table.get(wanted[0], ()))
    for word in wanted[1:]:
        found &= table.get(word, set())
    return found


def person_label(person: Person, spelling: str | None = None, title_words: list[str] | None = None) -> str:
    """'Name [the spelling found] — roles', the roles the query named first."""
    label = person.name + (f" [{spelling}]" if spelling and spelling != person.name else "")
    roles = list(person.roles)
    if title_words:
        roles.sort(key=lambda role: not set(title_words) <= _words_of(f"{role.title} {role.org or ''}"))
    described = "; ".join(role.describe() for role in roles[:2])
    return f"{label} — {described}" if described else label


def vote_label(vote: Vote) -> str:
    return f"{vote.body}, {vote.date_written}: {vote.measure} — {vote.outcome.value}"


def _vote_text(vote: Vote) -> str:
    positions = " ".join(f"{actor} {position.value}" for actor, position in vote.positions)
    return fold(f"{vote.body} {vote.measure} {vote.id} {vote.outcome.value} {positions}")


def search_store(index: StoreIndex, query: str, limit: int = 10) -> list[SearchHit]:
    """The store entries that best match `query`, one hit per entry, best first."""
    if not query.strip():
        return []
    store, tables, folded = index.store, _tables(index), fold(query)
    wanted = _query_words(query)
    people: dict[int, tuple[float, str | None]] = {}

    def person_hit(number: int, score: float, spelling: str | None = None) -> None:
        if number not in people or people[number][0] < score:
            people[number] = (score, spelling)

    numbers = {id(person): number for number, person in enumerate(store.people)}
    for number in _all_of(tables.name_words, wanted):
        person = store.people[number]
        exact = next((s for s in person.spellings if fold(s) == folded), None)
        alias = next((s for s in person.spellings if set(wanted) <= _words_of(s)), None)
        person_hit(number, EXACT if exact else NAME_WORDS, exact or alias)
    for person in index.people_with_surname(query):
        person_hit(numbers[id(person)], SURNAME)
    for match in index.find_person(query, limit=limit, cutoff=60.0):
        person_hit(numbers[id(match.person)], match.score, match.spelling)
    for number in _all_of(tables.title_words, wanted):
        person_hit(number, TITLE_WORDS)
    hits = [
        SearchHit("person", store.people[n].name, person_label(store.people[n], spelling, wanted), score)
        for n, (score, spelling) in people.items()
    ]

    sources: dict[str, tuple[float, str]] = {}
    for source_id in _all_of(tables.source_words, wanted):
        source = store.sources[source_id]
        sources[source_id] = (SOURCE_WORDS, f"{source.title} — {source.publisher}")
    for excerpt in index.find_excerpts(query, limit=limit, cutoff=30.0):
        score = excerpt.score * EXCERPT_WEIGHT
        if excerpt.source.id not in sources or sources[excerpt.source.id][0] < score:
            sources[excerpt.source.id] = (score, excerpt.excerpt)
    hits += [SearchHit("source", source_id, label, score) for source_id, (score, label) in sources.items()]

    for vote in store.votes.values():
        score = float(fuzz.token_set_ratio(folded, _vote_text(vote)))
        if score >= 60:
            hits.append(SearchHit("vote", vote.id, vote_label(vote), score))
    hits.sort(key=lambda hit: (-hit.score, KIND_ORDER[hit.kind], hit.store_id))
    return hits[:limit]
