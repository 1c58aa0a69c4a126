"""Readings of true reports nobody here wrote, and of errors planted in them (a sixth round of fixes), each
checked against a real store file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.checking_helpers import checked, store_index

TERM_AND_RESIGNATION = """
sources:
  - id: party-release
    title: Former leader joins the cabinet
    publisher: Government press office
    date: 2023-11-13
    type: primary
    excerpts:
      - "Mr Hale, who was prime minister from 2010 to 2016, stood down as a member of parliament in 2016
        after the referendum."
"""


@pytest.mark.parametrize(("year", "verdict"), [("2016", "verified"), ("2015", "disputed")])
def test_a_year_the_sentence_also_writes_elsewhere_still_stands_where_the_claim_does(
    tmp_path: Path, year: str, verdict: str
):
    """The sentence's "2016" ends the term; the source's second 2016 is the year he stood down."""
    sentence = (
        "Hale, who led the country from 2010 to 2016 and resigned after the referendum, has not been a member"
        f" of parliament since he stood down in {year}.\n"
    )
    found = checked(store_index(tmp_path, TERM_AND_RESIGNATION), sentence, dt.date(2023, 11, 13))
    # the year written last is the claim over the words "stood down in ..."
    verdicts = [v for claim, (kind, v, _) in found.items() if kind == "date" and claim == year]
    assert verdicts[-1:] == [verdict], found


SPILL = """
sources:
  - id: party-room
    title: Party room ballot
    publisher: The Wire
    date: 2018-08-21
    excerpts:
      - "The prime minister won the ballot over the home affairs minister."
votes:
  - id: party-ballot-2018-08-21
    body: Governing party parliamentary party room
    date: 2018-08-21
    measure: "Leadership ballot: Anders v Bolt"
    outcome: adopted
    tally: {for: 48, against: 35}
    source: party-room
"""


@pytest.mark.parametrize(("day", "verdict"), [("August 21", "verified"), ("August 20", "disputed")])
def test_a_day_whose_when_clause_gives_a_vote_by_its_tally_is_that_records_day(tmp_path: Path, day: str, verdict: str):
    sentence = (
        f"Bolt had first challenged Anders on {day}, when Anders declared the leadership vacant at a snap meeting"
        " and held on by 48 votes to 35.\n"
    )
    found = checked(store_index(tmp_path, SPILL), sentence, dt.date(2018, 8, 24))
    assert found[day][1] == verdict, found


LAUNCH = """
sources:
  - id: agency-mission
    title: Mission overview
    publisher: Space agency
    date: 2023-09-24
    excerpts:
      - "The mission's principal investigator is Dana Larsen of the University of Arizona, Tucson."
      - "The spacecraft launched on Sept. 8, 2016. It arrived at Bennu on Dec. 3, 2018, collected the sample
        on Oct. 20, 2020, and began the return trip home on May 10, 2021."
"""


@pytest.mark.parametrize(("day", "verdict"), [("Sept. 8, 2016", "verified"), ("Sept. 18, 2016", "disputed")])
def test_the_verb_before_a_place_says_what_a_date_is_of(tmp_path: Path, day: str, verdict: str):
    sentence = (
        "The mission, led by principal investigator Dana Larsen of the University of Arizona, launched from"
        f" Cape Canaveral on {day}.\n"
    )
    found = checked(store_index(tmp_path, LAUNCH), sentence, dt.date(2023, 9, 24))
    assert found[day][1] == verdict, found
