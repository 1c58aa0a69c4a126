"""Vote sentences, extracted and checked against vote records: position, outcome and tally (table-driven)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex

RECORDS = """
votes:
  - id: senate-aid
    body: Senate
    date: 2024-02-13
    measure: $95 billion foreign aid package (national security supplemental)
    outcome: adopted
    tally: {for: 70, against: 29}
    positions: {Rand Paul: against, Mitch McConnell: for}
  - id: senate-doe
    body: Senate
    date: 2024-02-14
    measure: Confirmation of Jane Doe as Secretary of Labor
    outcome: adopted
    tally: {for: 51, against: 48}
  - id: council-motion
    body: City Council
    date: 2024-02-13
    measure: Motion to close the river bridge to cars
    outcome: rejected
    tally: {for: 3, against: 12}
"""
DAY = dt.date(2024, 2, 13)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("votes")
    (folder / "votes.yaml").write_text(RECORDS, encoding="utf-8")
    return StoreIndex(load_store(folder))


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        ("The Senate voted 70-29 on Tuesday to pass a $95 billion foreign aid package.", "verified", "adopted"),
        ("The Senate voted 70-29 on Tuesday to reject a $95 billion foreign aid package.", "disputed", "adopted, not"),
        ("The Senate voted 69-30 on Tuesday to pass a $95 billion foreign aid package.", "disputed", "70 for, not 69"),
        ("The Senate voted 29-70 to pass the $95 billion foreign aid package.", "disputed", "the other way round"),
        ("Sen. Rand Paul voted against the foreign aid package.", "verified", "Rand Paul: against"),
        ("Sen. Rand Paul voted for the foreign aid package.", "disputed", "Rand Paul: against"),
        ("Paul abstained on the foreign aid package.", "disputed", "Rand Paul: against"),
        (
            "Senator Mitch McConnell, the Republican leader, opposed the aid package in the Senate.",
            "disputed",
            "Mitch McConnell: for",
        ),
        ("The Senate confirmed Jane Doe as Secretary of Labor by a vote of 51-48.", "verified", "adopted"),
        ("The Senate rejected Jane Doe as Secretary of Labor by a vote of 48-51.", "disputed", "adopted, not rejected"),
        ("The City Council rejected the motion to close the river bridge by 3 votes to 12.", "verified", "rejected"),
        ("The City Council approved the motion to close the river bridge.", "disputed", "rejected, not adopted"),
        ("The European Parliament adopted the budget.", "unsupported", "no vote record"),
    ],
)
def test_a_vote_sentence_against_the_record(index, sentence, verdict, reason):
    votes = [claim for claim in extract_claims(sentence) if claim.kind is ClaimKind.VOTE]
    assert votes, f"no vote claim in {sentence!r}"
    suggestions = [suggest(claim, index, DAY) for claim in votes]
    assert any(s.verdict.value == verdict and reason in s.reason for s in suggestions), [
        (c.fields, s.verdict.value, s.reason) for c, s in zip(votes, suggestions, strict=True)
    ]
