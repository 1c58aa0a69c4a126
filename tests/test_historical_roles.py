"""A title of an earlier time ('under President X', 'former Senator X') is checked against that time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factdesk.claims.check import check_claims
from factdesk.claims.desk import lexicon_for
from factdesk.claims.extract import extract_claims
from factdesk.sources.index import StoreIndex
from factdesk.sources.store import load_store

STORE = """
people:
  - name: Joe Biden
    roles: [{title: President, org: United States, from: 2021-01-20, until: 2025-01-20}]
"""


def suggestion_for_role(tmp_path: Path, text: str) -> tuple[str, str]:
    (tmp_path / "people.yaml").write_text(STORE, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    claims = extract_claims(text, lexicon_for(index.store))
    roles = [
        (claim, s)
        for claim, s in zip(claims, check_claims(claims, index, dt.date(2025, 6, 1)), strict=True)
        if claim.kind.value == "role"
    ]
    assert len(roles) == 1
    return roles[0][1].verdict.value, roles[0][1].reason


def test_a_title_under_which_something_happened_is_that_time_s(tmp_path: Path) -> None:
    verdict, reason = suggestion_for_role(tmp_path, "He led the Pentagon for four years under President Joe Biden.")
    assert verdict == "verified" and "until 2025-01-20" in reason


def test_the_same_title_now_is_disputed(tmp_path: Path) -> None:
    verdict, reason = suggestion_for_role(tmp_path, "President Joe Biden signed the order on Monday.")
    assert verdict == "disputed" and "until 2025-01-20" in reason
