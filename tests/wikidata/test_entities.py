"""Reading Wikibase JSON into the register's terms: titles and orgs, dates at their precision, spellings."""

from __future__ import annotations

import pytest
from factdesk.sources.wikidata.entities import is_latin_name, latin_aliases, split_title, wiki_date

from tests.wikidata.wikibase import human


@pytest.mark.parametrize(
    ("position", "place", "expected"),
    [
        ("Prime Minister of Israel", "Israel", ("Prime Minister", "Israel")),
        ("President of the United States", "United States", ("President", "United States")),
        ("member of the Knesset", "Israel", ("Member of the Knesset", "Israel")),
        ("Mayor of Springfield", "", ("Mayor of Springfield", None)),
        ("Israel", "Israel", ("Israel", "Israel")),  # never an empty title
    ],
)
def test_the_title_loses_the_place_it_names_and_the_place_becomes_the_org(position, place, expected):
    assert split_title(position, place) == expected


@pytest.mark.parametrize(
    ("time", "precision", "expected"),
    [
        ("+2009-03-31T00:00:00Z", 11, "2009-03-31"),
        ("+2009-03-00T00:00:00Z", 10, "2009-03"),
        ("+2009-00-00T00:00:00Z", 9, "2009"),
        ("+2009-01-01T00:00:00Z", 9, "2009"),  # a year written with a day: still only a year
        ("+2000-00-00T00:00:00Z", 8, None),  # a decade: nothing a check can use
        ("-0044-03-15T00:00:00Z", 11, None),
    ],
)
def test_dates_keep_their_precision(time, precision, expected):
    assert wiki_date(time, precision) == expected


def test_latin_spellings_only_and_never_the_name_again():
    entity = human(
        "Q1",
        "Benjamin Netanyahu",
        "x",
        labels={
            "he": "בנימין נתניהו",
            "fr": "Benjamin Nétanyahou",
            "de": "Benjamin Netanjahu",
            "es": "benjamin netanyahu",
        },
        aliases={"en": ["Bibi", "Bibi Netanyahu", "Benjamin Netanyahu (politician)", "B. Netanyahu"]},
    )
    assert latin_aliases(entity, "Benjamin Netanyahu") == (
        "Bibi Netanyahu",
        "B. Netanyahu",
        "Benjamin Netanjahu",
        "Benjamin Nétanyahou",
    )
    assert not is_latin_name("Цахи Ханегби") and is_latin_name("Nétanyahou")
