"""Readings of true reports nobody here wrote, and of errors planted in them (an eighth round of fixes), each
checked against a real store file."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.checking_helpers import checked, store_index

INDICTMENT = """
sources:
  - id: justice-release
    title: Company agrees to plead guilty and pay $1 billion
    publisher: Department of Justice
    date: 2017-01-13
    type: primary
    excerpts:
      - "Three former executives were indicted by a federal grand jury on December 7, 2016, on six counts."
      - "An indictment was also unsealed charging three executives with wire fraud and conspiracy."
"""


@pytest.mark.parametrize(("day", "verdict"), [("Dec. 7", "verified"), ("Dec. 17", "disputed")])
def test_a_date_after_a_verb_and_its_object_pronoun_in_a_long_sentence(tmp_path, day: str, verdict: str):
    """ "indicted them on Dec. 17": the pronoun between verb and date names no event, and the excerpt telling
    of the indictment scores under the bar for "about the sentence" when the sentence tells of more."""
    sentence = (
        "A federal grand jury in Detroit had returned the six-count indictment under seal when it\n"
        f"indicted them on {day}. All three are citizens of Japan.\n"
    )
    found = checked(store_index(tmp_path, INDICTMENT), sentence, dt.date(2017, 1, 13))
    assert [v for kind, v, _ in found.values() if kind == "date"] == [verdict], found


GAMES = """
sources:
  - id: committee-release
    title: City to host the 2020 Games
    publisher: Olympic Committee
    date: 2013-09-07
    type: primary
    excerpts:
      - "The Committee today elected the city as the host city of the Games of the XXXII Olympiad in 2020."
"""


def test_a_year_marked_as_the_last_one_is_not_disputed_by_one_still_to_come(tmp_path):
    sentence = "The city lost the race for the 2016 Games and last hosted the Summer Olympics in 1964.\n"
    found = checked(store_index(tmp_path, GAMES), sentence, dt.date(2013, 9, 7))
    assert "disputed" not in [v for kind, v, _ in found.values() if kind == "date"], found


CHAMBERS = """
sources:
  - id: clerk-roll-call
    title: Roll call on the debt-limit bill
    publisher: Clerk of the House
    date: 2023-05-31
    type: primary
    excerpts:
      - "On passage: 314 yeas, 117 nays."
votes:
  - id: house-passage
    body: U.S. House of Representatives
    date: 2023-05-31
    measure: H.R. 3746, Fiscal Responsibility Act of 2023
    outcome: adopted
    tally: {for: 314, against: 117}
    source: clerk-roll-call
  - id: upper-house-passage
    body: Legislative Council
    date: 2023-05-24
    measure: Amended bill passed
    outcome: adopted
    tally: {for: 22, against: 18}
    source: clerk-roll-call
"""


@pytest.mark.parametrize(("day", "verdict"), [("May 31", "verified"), ("May 30", "disputed")])
def test_a_votes_day_is_checked_against_the_record_with_its_very_tally(tmp_path, day: str, verdict: str):
    """ "The House" names one word of the body and "the bill" none of the measure, but the record with the
    sentence's very tally is the one it tells of."""
    sentence = f"The House approved the bill on {day} by 314 to 117, with more Democrats than Republicans voting yes.\n"
    found = checked(store_index(tmp_path, CHAMBERS), sentence, dt.date(2023, 6, 2))
    assert [v for kind, v, _ in found.values() if kind == "date"] == [verdict], found


def test_last_wednesday_in_a_report_of_a_wednesday_is_a_week_before(tmp_path):
    sentence = "When the Legislative Council passed its amended version last Wednesday, the 22-18 vote came late.\n"
    found = checked(store_index(tmp_path, CHAMBERS), sentence, dt.date(2023, 5, 31))
    assert [v for kind, v, _ in found.values() if kind == "date"] == ["verified"], found
