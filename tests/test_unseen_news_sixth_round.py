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
