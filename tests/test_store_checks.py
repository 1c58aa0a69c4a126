"""Checks across the store, made on every load: duplicate people, namesakes, tallies; the cache never hides them."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from factdesk.sources import load_store


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTDESK_NO_CACHE", raising=False)


def test_the_same_person_in_two_files_is_reported_in_both(cli, tmp_path: Path):
    store = tmp_path / "store"
    write(store, "a.yaml", "people:\n  - name: Yoav Gallant\n    roles:\n      - {title: Defense Minister}\n")
    ended = "      - {title: Defense Minister, until: 2024-11-05}\n"
    write(store, "b.yaml", "people:\n  - name: Yoav gallant\n    roles:\n" + ended)
    result = cli("sources", "validate", store)
    assert result.status == 1
    said = f"{store / 'b.yaml'}:2:1: 'Yoav gallant' is already in the register at {store / 'a.yaml'}:2"
    assert said in result.out + result.err
    assert "disambiguation" in result.out + result.err


def test_namesakes_need_a_disambiguation_that_tells_them_apart(tmp_path: Path):
    write(
        tmp_path,
        "people.yaml",
        """\
        people:
          - name: John Smith
            disambiguation: the British rower
          - name: John Smith
            disambiguation: the US senator from Ohio
          - name: John Smith
            disambiguation: The US senator from Ohio
        """,
    )
    store = load_store(tmp_path)
    (problem,) = store.problems
    assert problem.line == 6 and "same disambiguation as the entry at" in problem.message
    assert [person.disambiguation for person in store.people][:2] == ["the British rower", "the US senator from Ohio"]


def test_a_tally_that_contradicts_the_outcome_or_the_positions_is_reported(cli, tmp_path: Path):
    write(
        tmp_path,
        "votes.yaml",
        """\
        votes:
          - id: passed-with-more-against
            body: City Council
            date: 2024-03-25
            measure: Bus lanes
            outcome: adopted
            tally: {for: 3, against: 6}
          - id: two-named-against-one-counted
            body: City Council
            date: 2024-03-26
            measure: Parking
            outcome: rejected
            tally: {for: 4, against: 1}
            positions: {Ana: against, Ben: against}
          - id: fine
            body: City Council
            date: 2024-03-27
            measure: Parks
            outcome: rejected
            tally: {for: 5, against: 4}
        """,
    )
    result = cli("sources", "validate", tmp_path)
    text = result.out + result.err
    assert result.status == 1
    assert f"{tmp_path / 'votes.yaml'}:2:1: vote 'passed-with-more-against': the tally (3 for, 6 against)" in text
    assert "vote 'two-named-against-one-counted': 2 actors are named as voting against" in text
    assert "'fine'" not in text


def test_a_new_rule_is_not_hidden_by_the_cache_of_an_unchanged_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from factdesk.sources import cache as cache_module

    store = tmp_path / "store"
    write(store, "a.yaml", "people:\n  - name: Ada Lovelace\n")
    write(store, "b.yaml", "people:\n  - name: Ada Lovelace\n")
    assert len(load_store(store).problems) == 1  # cached now
    assert len(load_store(store).problems) == 1  # from the cache: the check across files still ran
    # Entries cached under another version (or other validation code) are read again, not trusted.
    monkeypatch.setattr(cache_module, "cache_key", lambda: "another-version")
    cache = cache_module.StoreCache(tmp_path / "cache")
    assert cache.get(store / "a.yaml") is None


def test_the_cache_key_follows_the_package_version_and_the_validating_code():
    from importlib import metadata

    from factdesk.sources.cache import cache_key

    assert cache_key().startswith(metadata.version("factdesk") + "+")
