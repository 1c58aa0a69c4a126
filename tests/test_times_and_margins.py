"""Titles of another time, ages beside titles, winning margins and earlier years (real store, real checker)."""

from __future__ import annotations

import datetime as dt

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex

STORE = """
people:
  - name: Oren Vale
    roles:
      - {title: Prime Minister, org: Norland, from: 2013-06-05, until: 2017-07-28}
      - {title: Prime Minister, org: Norland, from: 1997-02-17, until: 1999-10-12}
  - name: Mira Holt
    roles:
      - {title: Prime Minister, org: Norland, from: 2019-07-24, until: 2022-09-06}
  - name: Mara Cole
    roles:
      - {title: Director, org: Centers for Disease Control and Prevention, from: 2023-07-10}
      - {title: Reporter, org: The Wall Street Journal, from: 2022-01-01}
  - name: Dario Kent
    roles:
      - {title: Chairman, org: People's Union, from: 2007-12-30}
sources:
  - id: city-result-2024
    title: Mayoral election 2024 declaration
    publisher: City Elects
    date: 2024-05-04
    type: primary
    excerpts:
      - "KANE, Sara - Labour - 1,088,225 (43.8%). HILL, Susan - Conservative - 812,397 (32.7%)."
  - id: county-result-2024
    title: County mayoral election result
    publisher: County Authority
    date: 2024-05-04
    type: primary
    excerpts:
      - "Rick Parr (Labour) 225,590 votes; Andrew Stone (Conservative) 224,082 votes. Parr elected with a majority
         of 1,508."
  - id: zone-2023
    title: Clean air zone expands
    publisher: City Transport
    date: 2023-08-29
    type: primary
    excerpts:
      - "From today, 29 August 2023, the clean air zone covers every borough of the city."
  - id: golfer-profile
    title: Player profile
    publisher: Tour
    type: reference
    excerpts:
      - "2024: won the Harbour Invitational (March 10) and the Links Championship (March 17)."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder = tmp_path_factory.mktemp("store")
    (folder / "store.yaml").write_text(STORE, encoding="utf-8")
    return StoreIndex(load_store(folder))


def roles(sentence: str) -> list[str]:
    return [c.text for c in extract_claims(sentence) if c.kind is ClaimKind.ROLE]


def checked(index: StoreIndex, sentence: str, kind: ClaimKind, on: dt.date, text: str | None = None) -> str:
    (claim,) = [c for c in extract_claims(sentence) if c.kind is kind and (text is None or c.text == text)]
    return suggest(claim, index, on).verdict.value


def test_a_title_joined_to_then_or_ex_is_the_whole_title() -> None:
    assert roles("The line was approved in 2020 by then-Prime Minister Mira Holt, who backed it.") == [
        "Mira Holt is Prime Minister"
    ]
    assert roles("Ex-President Jon Brandt and ex-Finance Minister Paulo Reis said so.") == [
        "Jon Brandt is President",
        "Paulo Reis is Finance Minister",
    ]


def test_an_age_before_a_title_is_not_part_of_it() -> None:
    sentence = "Dario Kent, the 33-year-old chairman of the People's Union, said the vote was historic."
    assert roles(sentence) == ["Dario Kent is Chairman (People's Union)"]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # terms held, not the office now
        ("The motion was backed by three-time prime minister Oren Vale, who returned from exile.", "verified"),
        # "then-" dates the title to the sentence's year
        ("The line was approved in 2020 by then-Prime Minister Mira Holt.", "verified"),
        ("The line was approved in 2016 by then-Prime Minister Mira Holt.", "disputed"),
    ],
)
def test_a_title_of_another_time(index: StoreIndex, sentence: str, verdict: str) -> None:
    assert checked(index, sentence, ClaimKind.ROLE, dt.date(2022, 4, 10)) == verdict


@pytest.mark.parametrize(
    ("sentence", "text", "verdict"),
    [
        # how far ahead the winner finished is no candidate's total
        ("Sara Kane won, beating challenger Susan Hill by more than 275,000 votes.", "more than 275,000 votes",
         "unsupported"),
        ("Rick Parr unseated Andrew Stone by 1,508 votes in the county.", "1,508 votes", "verified"),
        ("Rick Parr unseated Andrew Stone by 1,058 votes in the county.", "1,058 votes", "disputed"),
    ],
)  # fmt: skip
def test_a_winning_margin_against_a_margin(index: StoreIndex, sentence: str, text: str, verdict: str) -> None:
    assert checked(index, sentence, ClaimKind.QUANTITY, dt.date(2024, 5, 5), text) == verdict


def test_an_earlier_year_is_not_contradicted_by_the_article_s_own(index: StoreIndex) -> None:
    """ "who also won the Open in 2022", in a report of 2024: a source's "2024: won ..." is of this year's wins."""
    sentence = "The American, who also won the Masters in 2022, added a second green jacket on Sunday."
    assert checked(index, sentence, ClaimKind.DATE, dt.date(2024, 4, 14), "2022") == "unsupported"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # "last year" puts the month in the year before the article's
        ("The mayor expanded the clean air zone to every borough in August last year.", "verified"),
        ("The mayor expanded the clean air zone to every borough in September last year.", "disputed"),
    ],
)
def test_a_month_last_year_is_of_the_year_before_the_article(index: StoreIndex, sentence: str, verdict: str) -> None:
    written = sentence[sentence.index(" in ") + 4 : -1]
    assert checked(index, sentence, ClaimKind.DATE, dt.date(2024, 5, 4), written) == verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "CDC Director Mara Cole said the figures were encouraging.",
        "Mara Cole, a reporter for the WSJ, said the figures were encouraging.",
    ],
)
def test_a_body_named_by_its_initials_as_the_press_writes_them(index: StoreIndex, sentence: str) -> None:
    assert checked(index, sentence, ClaimKind.ROLE, dt.date(2023, 11, 29)) == "verified"


def test_a_longtime_executive_is_an_executive_of_whatever_office(index: StoreIndex) -> None:
    """ "a longtime theme parks executive": how long and in what trade describe the person; "executive"
    fits any office that heads or runs a body."""
    sentence = "Mara Cole, a longtime public health executive, said the figures were encouraging."
    assert roles(sentence) == ["Mara Cole is Executive"]
    assert checked(index, sentence, ClaimKind.ROLE, dt.date(2023, 11, 29)) == "verified"


QUAKES = """
sources:
  - id: wire-2018-quake
    title: Search ends for missing in 2018 quake
    publisher: Wire
    date: 2018-02-11
    type: secondary
    excerpts:
      - "The weather bureau measured the quake at a local magnitude of 6.2."
  - id: agency-2024-quake
    title: Earthquake report
    publisher: Weather Agency
    date: 2024-04-03
    type: primary
    excerpts:
      - "Origin time: 2024/04/03 07:58. Epicenter: offshore, 25 km south-southeast of the county hall. Local
         magnitude (ML): 7.2. Focal depth: 15.5 km."
"""


def test_a_source_of_another_era_does_not_dispute_a_figure_of_the_article_s_days(tmp_path) -> None:
    """A 2018 report's magnitude does not contradict a 2024 quake's, when a report of 2024 is about the sentence."""
    (tmp_path / "s.yaml").write_text(QUAKES, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    sentence = "The agency put its magnitude at 7.2, while the U.S. Geological Survey measured it at 7.4."
    assert checked(index, sentence, ClaimKind.QUANTITY, dt.date(2024, 4, 3), "7.2") != "disputed"
