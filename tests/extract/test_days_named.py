"""Weekdays and months written alone are date claims: "struck late on Friday", "took office in March"."""

from __future__ import annotations

import pytest
from factdesk.claims.extract.dates_found import find_dates
from factdesk.claims.extract.days_named import find_days_named
from factdesk.claims.sentences import Sentence


def _named(text: str) -> list[tuple[str, str]]:
    sentence = Sentence(0, len(text), text)
    taken = [(found.start, found.end) for found in find_dates(sentence)]
    return [(day.text, day.date) for day in find_days_named(sentence, taken)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The earthquake struck late on Friday near Marrakech.", [("Friday", "Friday")]),
        ("On Sunday, the king declared three days of mourning.", [("Sunday", "Sunday")]),
        ("Tuesday's vote was delayed.", [("Tuesday", "Tuesday")]),
        # a number after the comma that is no day of a date written out
        ("On Saturday, 19-year-old Ana Ruiz won the final.", [("Saturday", "Saturday")]),
        ("On Tuesday, 300 people marched.", [("Tuesday", "Tuesday")]),
        ("Shawn Fain took office in March.", [("March", "--03")]),
        ("Prices have risen since early April.", [("April", "--04")]),
        ("Staff numbers at the end of September were lower.", [("September", "--09")]),
        ("The court upheld an appeal court ruling from June.", [("June", "--06")]),
        # a weekday of a name, and one that opens a date written out, are not such claims
        ("Shops opened early on Black Friday.", []),
        ("The vote was held on Friday, Sept. 8, 2023.", []),
        ("The vote was held on Friday 8 September.", []),
        ("Good Friday is a public holiday.", []),
        # a month with its day or year is a written date; "last year" writes the year
        ("He took office in March 2023.", []),
        ("The vote was held on March 26.", []),
        ("It was approved in September last year.", []),
        # "May" where it may be a person
        ("The plan was backed by May and rejected in Parliament.", []),
        ("MPs lost confidence in May's government.", []),
        ("A letter from May Ruiz arrived.", []),
    ],
)
def test_days_named_without_a_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _named(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("covering England for Monday and Tuesday, 18 and 19 July.", [("18", "--07-18"), ("19 July", "--07-19")]),
        (
            "The posts of October 26-27, 2022 were deleted.",
            [("October 26", "2022-10-26"), ("27", "2022-10-27"), ("2022", "2022")],
        ),
    ],
)
def test_two_days_of_one_month(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(found.text, found.iso) for found in find_dates(Sentence(0, len(sentence), sentence))] == expected
