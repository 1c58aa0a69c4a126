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
  - name: Anne Varel
    roles: [{title: Minister of Health, org: France, from: 1974-05-28, until: 1979-07-04}]
  - name: Luis Prado
    roles: [{title: President of Congress, org: Peru, from: 2022-09-05}]
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


def test_a_year_a_when_clause_tells_of_is_the_title_s_time(tmp_path: Path) -> None:
    text = "Abortion has been legal in France since 1975, when a law championed by Health Minister Anne Varel passed."
    verdict, reason = suggestion_for_role(tmp_path, text)
    assert verdict == "verified", reason


def test_a_year_in_a_clause_about_another_person_is_not_the_title_s_time(tmp_path: Path) -> None:
    text = (
        "Lima, 60, a lawyer who was elected on the party's ticket in 2021, was sworn in before Congress by its"
        " president, Luis Prado."
    )
    verdict, reason = suggestion_for_role(tmp_path, text.replace("Lima, 60", "Dina Lima, 60"))
    assert verdict != "disputed", reason
