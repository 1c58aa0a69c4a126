"""`factdesk sources search` finds what the store holds: parts of names, aliases, titles, publishers, positions."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex
from factdesk.sources.search import search_store

DEMO_STORE = Path(__file__).resolve().parents[1] / "tui" / "demo" / "store"


def _found(cli, store: Path, query: str) -> list[list[str]]:
    result = cli("sources", "search", store, query)
    assert result.status == 0, result.err
    return [line.split("\t") for line in result.out.splitlines()[1:]]  # piped: a header, then tab-separated rows


@pytest.mark.parametrize(
    ("query", "person"),
    [
        ("Tzahi", "Tzachi Hanegbi"),  # an alias's given name
        ("Bibi", "Benjamin Netanyahu"),  # an alias
        ("Benjamin", "Benjamin Netanyahu"),  # a given name finds the person, not only passages
        ("Tzaji Hanegbi", "Tzachi Hanegbi"),  # a misspelling
        ("netanyahu", "Benjamin Netanyahu"),
    ],
)
def test_people_are_found_by_any_part_of_their_names(cli, seed_store: Path, query: str, person: str):
    rows = _found(cli, seed_store, query)
    assert rows[0][1:3] == ["person", person]


def test_a_part_of_a_hyphenated_name_finds_the_person(cli):
    rows = _found(cli, DEMO_STORE, "Thomas")
    assert rows[0][1:3] == ["person", "Linda Thomas-Greenfield"]


def test_a_title_finds_the_people_who_held_it(cli, seed_store: Path):
    rows = _found(cli, seed_store, "Prime Minister")
    assert ["person", "Benjamin Netanyahu"] == rows[0][1:3]
    assert all(row[2] != "Joe Biden" for row in rows)


def test_votes_by_position_and_sources_by_publisher(cli, seed_store: Path):
    assert ["vote", "unsc-res-2728"] in [row[1:3] for row in _found(cli, seed_store, "abstain")]
    assert ["source", "israel-pmo-delegation-2024-03-25"] in [
        row[1:3] for row in _found(cli, seed_store, "Prime Minister's Office")
    ]


@pytest.mark.parametrize("query", ["Washington", "ceasefire", "Security Council", "Israel"])
def test_each_store_entry_is_one_hit(seed_store: Path, query: str):
    hits = search_store(StoreIndex(load_store(seed_store)), query, limit=50)
    keys = [(hit.kind, hit.store_id) for hit in hits]
    assert hits and len(keys) == len(set(keys))
