"""Readings of true reports nobody here wrote, and of errors planted in them (a seventh round of fixes), each
checked against a real store file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.sources.store import load_store

from tests.checking_helpers import checked, store_index

MONTH_DATED_VOTE = """
sources:
  - id: commission-release
    title: Commission settles with the social network
    publisher: Trade Commission
    date: 2019-07-24
    type: primary
    excerpts:
      - "The Commission vote to refer the complaint and stipulated order to the Department of Justice was 3-2."
votes:
  - id: commission-settlement-2019
    body: Trade Commission
    date: 2019-07
    measure: Referral of the complaint and stipulated order imposing a $5 billion penalty
    outcome: adopted
    tally: {for: 3, against: 2}
    source: commission-release
"""


def test_a_vote_dated_by_its_month_only_is_loaded_and_written_as_the_store_writes_it(tmp_path: Path):
    (tmp_path / "store.yaml").write_text(MONTH_DATED_VOTE, encoding="utf-8")
    store = load_store(tmp_path, use_cache=False)
    assert not store.problems
    vote = store.votes["commission-settlement-2019"]
    assert vote.date_written == "2019-07" and not vote.day_known
    assert vote.days_from(dt.date(2019, 7, 24)) == 0 and vote.days_from(dt.date(2019, 8, 3)) == 3


@pytest.mark.parametrize(("tally", "verdict"), [("3-2", "verified"), ("4-1", "disputed")])
def test_a_tally_is_checked_against_a_vote_the_store_dates_by_its_month(tmp_path: Path, tally: str, verdict: str):
    """The day of a commission's vote is often not public: the record, dated 2019-07, was refused whole and
    every tally of it went unchecked."""
    sentence = f"The commission approved the settlement on a {tally} vote along party lines.\n"
    found = checked(store_index(tmp_path, MONTH_DATED_VOTE), sentence, dt.date(2019, 7, 24))
    assert [v for kind, v, _ in found.values() if kind == "vote"] == [verdict], found


def test_no_weekday_is_checked_against_a_vote_dated_by_its_month(tmp_path: Path):
    sentence = "On Monday the commission approved the settlement on a 3-2 vote.\n"
    found = checked(store_index(tmp_path, MONTH_DATED_VOTE), sentence, dt.date(2019, 7, 24))
    assert "disputed" not in [v for _, v, _ in found.values()], found


PARLIAMENT = """
sources:
  - id: parliament-report
    title: Parliament passes austerity bill
    publisher: Wire
    date: 2010-05-06
    excerpts:
      - "Parliament approved the austerity bill by 172 votes to 121."
votes:
  - id: parliament-austerity-2010
    body: Hellenic Parliament
    date: 2010-05-06
    measure: Austerity bill implementing the programme's measures
    outcome: adopted
    tally: {for: 172, against: 121}
    source: parliament-report
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "On Thursday parliament rejected the austerity bill after a day of debate.",
        "On May 6 Parliament rejected the austerity bill after a day of debate.",
    ],
    ids=["weekday", "month-day"],
)
def test_a_day_before_the_body_is_not_part_of_its_name(tmp_path: Path, sentence: str):
    """ "On Thursday parliament rejected the austerity bill": the body was "On Thursday parliament", which no
    record is of, and the wrong outcome went unchecked."""
    found = checked(store_index(tmp_path, PARLIAMENT), sentence + "\n", dt.date(2010, 5, 9))
    votes = [(v, reason) for kind, v, reason in found.values() if kind == "vote"]
    assert votes and votes[0][0] == "disputed" and "adopted" in votes[0][1], found
