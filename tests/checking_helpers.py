"""A store written from YAML text and an article checked against it, as `factdesk check` does, for the tests
of readings of real news (each round's store is a file in a temporary folder, loaded by the real loader)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factdesk.claims.check import check_claims
from factdesk.claims.desk import lexicon_for
from factdesk.claims.extract import extract_claims
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex


def store_index(folder: Path, store_yaml: str) -> StoreIndex:
    """The index of a store whose one file, `store.yaml` in `folder`, holds `store_yaml`."""
    (folder / "store.yaml").write_text(store_yaml, encoding="utf-8")
    return StoreIndex(load_store(folder))


def checked(index: StoreIndex, text: str, on: dt.date) -> dict[str, tuple[str, str, str]]:
    """Each claim of `text` by its words: (kind, verdict, reason) as the checker suggests them on `on`."""
    claims = extract_claims(text, lexicon_for(index.store))
    found = check_claims(claims, index, on)
    return {claim.text: (claim.kind.value, s.verdict.value, s.reason) for claim, s in zip(claims, found, strict=True)}
