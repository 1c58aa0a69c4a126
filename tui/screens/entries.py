"""What the search dialogs list: evidence to link, claims to jump to, store entries, filters.

Plain functions from the session (or the index) and the typed query to
`(value, label)` rows for `PickScreen`. Labels are `Text` of printable text.
"""

from __future__ import annotations

from factdesk.claims.model import ClaimKind, Verdict
from factdesk.claims.review import ReviewSession
from factdesk.sources.index import SearchHit, StoreIndex
from factdesk.sources.model import Store
from factdesk.sources.search import search_store
from factdesk.sources.text import fold
from factdesk.tui.marks import MARKS
from factdesk.tui.safe import flat, printable
from factdesk.tui.screens.pick import Entries
from rich.text import Text

FILTERS = [
    ("all", "all claims"),
    *((f"verdict:{verdict.value}", f"verdict: {verdict.value}") for verdict in Verdict),
    *((f"kind:{kind.value}", f"kind: {kind.value}") for kind in ClaimKind),
]


def evidence_id(hit: SearchHit) -> str:
    """The id a store search hit has as evidence: 'person:NAME', 'vote:ID' or the source id."""
    return f"{hit.kind}:{hit.store_id}" if hit.kind in ("person", "vote") else hit.store_id


def _one_line(label: str, width: int = 160) -> str:
    return flat(label)[:width]


def evidence_entries(session: ReviewSession, claim_id: str, query: str) -> Entries:
    """Linked evidence and the suggestion's when nothing is typed; else the whole store's best matches."""
    record = session.records[claim_id]
    linked = set(record.mark.evidence)
    entries: Entries = []
    seen: set[str] = set()

    def add(store_id: str, label: str, score: float) -> None:
        if store_id in seen:
            return
        seen.add(store_id)
        line = Text("✓ " if store_id in linked else "  ", style="bold green")
        line.append(printable(store_id), style="bold")
        line.append(f"  {score:.0f}  ", style="dim")
        line.append(_one_line(label))
        entries.append((store_id, line))

    if not query.strip():
        for store_id in record.mark.evidence:
            add(store_id, "linked", 100.0)
        for item in record.suggestion.evidence if record.suggestion else ():
            add(item.store_id, item.quote, item.score)
    elif session.checked.index is not None:
        for hit in search_store(session.checked.index, query, limit=20):
            add(evidence_id(hit), hit.label, hit.score)
    return entries


def claim_entries(session: ReviewSession, query: str) -> Entries:
    """Claims whose text or note contains the query (folded), at most 200."""
    folded = fold(query)
    found = [r for r in session.ordered() if folded in fold(r.claim.text) or folded in fold(r.mark.note)]
    return [(r.claim.id, Text(MARKS[r.mark.verdict] + " ") + Text(_one_line(r.claim.text, 150))) for r in found[:200]]


# The browser lists at most this many entries of each kind before anything is typed (a 50k register
# would make a 50k-row list); typing searches them all.
LISTED = 300


def store_title(store: Store) -> str:
    """'The store: 12 people · 5 sources · 2 votes'."""
    return f"The store: {len(store.people)} people · {len(store.sources)} sources · {len(store.votes)} votes"


def store_listing(store: Store) -> Entries:
    """Every entry, by kind under a heading with its count (headings have the value '')."""
    entries: Entries = []
    groups = [
        ("People", [(f"person:{p.name}", p.name, "; ".join(r.title for r in p.roles[:2])) for p in store.people]),
        ("Sources", [(s.id, s.id, f"{s.title} — {s.publisher}") for s in store.sources.values()]),
        ("Votes", [(f"vote:{v.id}", v.id, f"{v.body}, {v.date_written}: {v.measure}") for v in store.votes.values()]),
    ]
    for heading, rows in groups:
        more = f", the first {LISTED}: type to search them all" if len(rows) > LISTED else ""
        entries.append(("", Text(f"{heading} ({len(rows)}{more})", style="bold underline")))
        for value, name, detail in sorted(rows, key=lambda row: row[1].casefold())[:LISTED]:
            label = Text("  ") + Text(printable(name), style="bold")
            if detail:
                label += Text("  " + _one_line(detail, 140), style="dim")
            entries.append((value, label))
    return entries


def store_entries(index: StoreIndex, query: str) -> Entries:
    """The whole store by kind when nothing is typed; else its best matches, one row per entry."""
    if not query.strip():
        return store_listing(index.store)
    entries: Entries = []
    seen: set[str] = set()
    for hit in search_store(index, query, limit=30):
        value = evidence_id(hit)
        if value in seen:
            continue
        seen.add(value)
        label = (
            Text(f"{hit.kind:7} ", style="italic")
            + Text(printable(hit.store_id), style="bold")
            + Text(f"  {hit.score:.0f}  ", style="dim")
            + Text(_one_line(hit.label))
        )
        entries.append((value, label))
    return entries


def filter_entries(query: str) -> Entries:
    return [(value, Text(label)) for value, label in FILTERS if fold(query) in fold(label)]
