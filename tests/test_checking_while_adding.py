"""A source the reviewer adds while the checker works (two threads) goes in between two batches."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from factdesk.claims import desk
from factdesk.claims.desk import add_source, prepare_claims, suggest_in_batches
from factdesk.sources.authoring import new_source

from tests.app_helpers import workspace


def test_a_source_added_during_a_batch_waits_for_it_and_is_then_found(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    article, store = workspace(tmp_path, seed_dir)
    checked = prepare_claims(article, store, dt.date(2024, 3, 25))
    in_batch, go_on = threading.Event(), threading.Event()
    real_suggest = desk.suggest

    def slow_suggest(*args, **kwargs):  # the checker is in the middle of a batch until told to go on
        in_batch.set()
        go_on.wait(30)
        return real_suggest(*args, **kwargs)

    monkeypatch.setattr(desk, "suggest", slow_suggest)
    checker = threading.Thread(target=lambda: list(suggest_in_batches(checked, batch=len(checked.claims))))
    checker.start()
    assert in_batch.wait(30)
    source = new_source(
        checked.store,
        source_id="wire-gallant",
        title="Gallant leaves the defence ministry",
        publisher="Wire",
        excerpt="Yoav Gallant was dismissed as defence minister in November 2024.",
    )
    adder = threading.Thread(target=add_source, args=(checked, source))
    adder.start()
    adder.join(0.5)
    assert adder.is_alive(), "the source went into the index while a batch was reading it"
    go_on.set()
    checker.join(30)
    adder.join(30)
    assert not adder.is_alive() and not checker.is_alive()
    assert source.origin.path.exists()
    found = checked.index.find_excerpts("Yoav Gallant was dismissed as defence minister in November 2024")
    assert [match.source.id for match in found][:1] == ["wire-gallant"]
