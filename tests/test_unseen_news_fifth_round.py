"""Readings of true reports nobody here wrote, and of errors planted in them (a fifth round of held-back sets),
each checked against a real store file: a majority a vote needed, written the long way round."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.checking_helpers import checked, store_index

MAJORITY = """
sources:
  - id: assembly-press
    title: Assembly elects its president
    publisher: Assembly press service
    date: 2019-07-16
    excerpts:
      - "Ana Moreno was elected President of the Assembly with 383 votes in favour, 327 against and 22 abstentions."
      - "She needed an absolute majority of 374 votes."
"""


@pytest.mark.parametrize(
    ("sentence", "figure", "verdict"),
    [
        ("Under the rules she needed an absolute majority of the members — 374 votes.", "374 votes", "verified"),
        ("Under the rules she needed an absolute majority of the members — 376 votes.", "376 votes", "disputed"),
        ("Under the rules she needed a simple majority, 376 votes, to win.", "376 votes", "disputed"),
    ],
)
def test_the_majority_a_vote_needed_is_a_threshold_however_long_the_words_between(
    tmp_path: Path, sentence: str, figure: str, verdict: str
):
    found = checked(
        store_index(tmp_path, MAJORITY), "Members voted 383 to 327. " + sentence + "\n", dt.date(2019, 7, 16)
    )
    assert [v for claim, (kind, v, _) in found.items() if kind == "quantity" and figure in claim] == [verdict], found


REQUIRED = """
sources:
  - id: chamber-record
    title: Chancellor election, first ballot
    publisher: Federal chamber
    date: 2025-05-06
    excerpts:
      - "In the first ballot Karl Brandt received 310 yes votes; 307 members voted no.
        The required majority was 316 votes."
"""


@pytest.mark.parametrize(("written", "verdict"), [("316 votes", "verified"), ("318 votes", "disputed")])
@pytest.mark.parametrize(
    "sentence",
    ["Brandt needed {} in the first ballot.", "In the first ballot Brandt won 310 votes, short of the {} he needed."],
)
def test_a_required_majority_stands_where_what_a_candidate_needed_does(
    tmp_path: Path, sentence: str, written: str, verdict: str
):
    sentence = sentence.format(written) + "\n"
    found = checked(store_index(tmp_path, REQUIRED), sentence, dt.date(2025, 5, 6))
    assert [v for claim, (kind, v, _) in found.items() if kind == "quantity" and written in claim] == [verdict], found


BOARD = """
people:
  - name: Paul Moss
    roles: [{title: "Vice Chair, Board of Governors of the Central Reserve", org: Central Reserve, from: 2023-09-13}]
  - name: Mara Quist
    roles:
      - title: "Vice Chair for Supervision, Board of Governors of the Central Reserve"
        org: Central Reserve
        from: 2022-07-19
"""


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Mara Quist, the board's vice chair for supervision, voted with the majority.", "verified"),
        ("Mara Quist, vice chair for supervision at the Reserve, voted with the majority.", "verified"),
        # the board's Vice Chair is another's office, not a short form of hers
        ("Mara Quist, the board's vice chair, voted with the majority.", "disputed"),
        ("Paul Moss, the board's vice chair, voted with the majority.", "verified"),
    ],
)
def test_a_title_short_of_its_portfolio_is_another_holders_office(tmp_path: Path, sentence: str, verdict: str):
    found = checked(store_index(tmp_path, BOARD), sentence + "\n", dt.date(2024, 9, 18))
    assert [v for _, (kind, v, _) in found.items() if kind == "role"] == [verdict], found
