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


STYLED = """
people:
  - name: Prince Karim bin Faisal
    roles: [{title: President, org: Nordic Football Association, from: 2010-01-01}]
  - name: Sheikh Omar bin Rashid Al Mansour
    roles: [{title: President, org: Gulf Football Confederation, from: 2013-05-02}]
"""


@pytest.mark.parametrize(
    ("sentence", "name", "verdict"),
    [
        ("Karim bin Faisal, president of the Nordic Football Association, lost.", "Karim bin Faisal", "verified"),
        ("Omar bin Rashid Al Mansour of the Gulf confederation lost.", "Omar bin Rashid Al Mansour", "verified"),
        ("Prince Karim bin Faisal lost.", "Karim bin Faisal", "verified"),
        # a misspelling is still one
        ("Omar bin Rashed Al Mansour of the Gulf confederation lost.", "Omar bin Rashed Al Mansour", "disputed"),
    ],
)
def test_a_style_of_address_the_register_writes_before_a_name_may_be_left_out(
    tmp_path: Path, sentence: str, name: str, verdict: str
):
    found = checked(store_index(tmp_path, STYLED), sentence + "\n", dt.date(2016, 2, 26))
    assert found[name][:2] == ("person", verdict), found


def test_a_dateline_a_day_from_the_articles_date_is_the_day_the_sentences_weekday_names(tmp_path: Path):
    index = store_index(tmp_path, STYLED)
    text = "LIMA, Dec 7 - Congress removed the president on Wednesday.\n"
    assert checked(index, text, dt.date(2022, 12, 8))["Dec 7"][:2] == ("date", "unsupported")
    # the weekday the sentence names is not the dateline's day: a slip
    assert checked(index, text.replace("Dec 7", "Dec 6"), dt.date(2022, 12, 7))["Dec 6"][:2] == ("date", "disputed")
    assert checked(index, text, dt.date(2022, 12, 10))["Dec 7"][:2] == ("date", "disputed")
    assert checked(index, text, dt.date(2022, 12, 7))["Dec 7"][:2] == ("date", "verified")


CAREERS = """
people:
  - name: Gabriel Galvao
    roles:
      - {title: Executive Secretary of the Ministry of Finance, org: Brazil, from: 2023-01-01, until: 2023-06-30}
      - {title: Director of Monetary Policy, org: Central Bank of Brazil, from: 2023-07-01}
  - name: Ranil Wickrama
    roles: [{title: Prime Minister, org: Sri Lanka, from: 2022-05-12}]
  - name: Luiz Inácio Lula da Silva
    aliases: [Lula]
    roles: [{title: President, org: Brazil, from: 2003-01-01, until: 2010-12-31}]
  - name: José Dirceu
    roles: [{title: Chief of Staff of the Presidency, org: Brazil, from: 2003-01-01, until: 2005-06-16}]
votes:
  - id: senate-2009
    body: Senate
    date: 2009-12-02
    measure: Marriage equality bill
    outcome: rejected
    tally: {for: 24, against: 38}
"""


@pytest.mark.parametrize(
    ("sentence", "claim", "verdict"),
    [
        # a post held once, in a relative clause
        (
            "Galvao, who served as executive secretary at the finance ministry, is a candidate.",
            "Gabriel Galvao",
            "verified",
        ),
        (
            "Galvao, who serves as executive secretary at the finance ministry, is a candidate.",
            "Gabriel Galvao",
            "disputed",
        ),
        # how many times, said of the holder
        ("Ranil Wickrama, a six-time prime minister, was elected.", "Ranil Wickrama", "verified"),
        # "former" before a long name with its particles
        ("Former President Luiz Inácio Lula da Silva walked out on Friday.", "Luiz Inácio Lula da Silva", "verified"),
        # whom an office served is no body of it
        ("Among them was José Dirceu, who served as Lula's chief of staff.", "José Dirceu", "verified"),
    ],
)
def test_offices_held_once_and_said_of_the_holder(tmp_path: Path, sentence: str, claim: str, verdict: str):
    found = checked(
        store_index(tmp_path, CAREERS), "Gabriel Galvao and others spoke.\n\n" + sentence + "\n", dt.date(2024, 5, 8)
    )
    assert [v for text, (kind, v, _) in found.items() if kind == "role" and claim in text] == [verdict], found


@pytest.mark.parametrize(("tally", "verdict"), [("38-24", "verified"), ("24-38", "verified"), ("36-24", "disputed")])
def test_a_rejection_may_write_the_prevailing_count_first(tmp_path: Path, tally: str, verdict: str):
    sentence = f"In December 2009 the Senate rejected the marriage equality bill {tally}.\n"
    found = checked(store_index(tmp_path, CAREERS), sentence, dt.date(2011, 6, 25))
    assert [v for text, (kind, v, _) in found.items() if kind == "vote" and tally in text] == [verdict], found


UNION = """
sources:
  - id: union-release
    title: Members reject the company's first offer
    publisher: Machinists union
    date: 2024-09-12
    excerpts:
      - "Members voted 94.6% to reject the company's first tentative agreement and 96% to strike."
"""


@pytest.mark.parametrize(("share", "verdict"), [("94.6%", "verified"), ("94.4%", "disputed")])
def test_a_vote_in_shares_with_no_record_is_checked_by_its_figures(tmp_path: Path, share: str, verdict: str):
    sentence = f"The strike began after members rejected the first tentative agreement by {share} in September.\n"
    found = checked(store_index(tmp_path, UNION), sentence, dt.date(2024, 11, 5))
    assert [v for text, (kind, v, _) in found.items() if share in text and kind != "statement"] == [verdict], found


def test_how_far_short_a_candidate_fell_is_not_counted_from_the_votes_against_him():
    from factdesk.claims.check.comparisons import wrong_comparison

    against = "A further 182 members voted against him and 199 abstained, leaving him 51 short of the 375 needed."
    assert wrong_comparison(against) is None
    own = "He received 324 votes, leaving him 61 short of the 375 needed."
    found = wrong_comparison(own)
    assert found is not None and "51" in found.reason


HOUSE = """
sources:
  - id: coalition-seats
    title: Coalition short of a majority
    publisher: Wire
    date: 2023-07-13
    excerpts:
      - "The speaker reported that Pita won 324 votes. Some 182 legislators voted against him and 199 abstained."
      - "The rest of 44 legislators did not attend the joint parliamentary session."
      - "Mr. Pita needs the support of more than half of the 749-member of both upper house and lower house or 375
        votes."
      - "His eight-party coalition alliance has 312 seats of the 500-member House of Representatives."
"""


@pytest.mark.parametrize(("written", "verdict"), [("500-seat", "verified"), ("600-seat", "disputed")])
def test_a_house_counted_in_seats_is_the_house_counted_in_members(tmp_path: Path, written: str, verdict: str):
    sentence = (
        "Pita, 42, the only candidate nominated, received 324 votes. A further 182 members voted against him and 199 "
        f"abstained, leaving him 51 short of the 375 needed - a majority of the 749 sitting members of the {written} "
        "House of Representatives and the Senate.\n"
    )
    found = checked(store_index(tmp_path, HOUSE), sentence, dt.date(2023, 7, 13))
    assert [v for text, (kind, v, _) in found.items() if kind == "quantity" and written in text] == [verdict], found


FIRE = """
sources:
  - id: inquiry-final
    title: Orla Tower deaths were all avoidable, final report finds
    publisher: Wire
    date: 2024-09-04
    excerpts:
      - "The final report of the Orla Tower inquiry found that the deaths were all avoidable."
  - id: inquiry-phase-one
    title: Orla Tower Inquiry, Phase 1 Report
    publisher: Orla Tower Inquiry
    date: 2019-10-30
    excerpts:
      - "The fire at Orla Tower broke out shortly before 1.00 am on 14 June 2017 in a large fridge-freezer."
"""


@pytest.mark.parametrize(("year", "verdict"), [("2017", "verified"), ("2018", "disputed")])
def test_a_year_naming_an_event_is_checked_against_the_source_that_dates_that_event(
    tmp_path: Path, year: str, verdict: str
):
    sentence = f"All 72 deaths in the {year} Orla Tower fire in London were avoidable, the inquiry concluded.\n"
    found = checked(store_index(tmp_path, FIRE), sentence, dt.date(2024, 9, 4))
    assert found[year][:2] == ("date", verdict), found


TERMS = """
sources:
  - id: federation-congress
    title: Lars Ekdahl elected federation president
    publisher: Football federation
    date: 2016-02-26
    excerpts:
      - "With a simple majority of votes in the second ballot, Lars Ekdahl is elected federation President until 2019."
"""


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "Lars Ekdahl, the lawyer who has run the league's administration as its general secretary since 2009, "
            "was elected federation president on Friday.",
            "unsupported",
        ),
        ("Lars Ekdahl was elected federation president on Friday, until 2017.", "disputed"),
    ],
)
def test_a_year_a_span_starts_in_is_not_the_year_another_span_ends_in(tmp_path: Path, sentence: str, verdict: str):
    found = checked(store_index(tmp_path, TERMS), sentence + "\n", dt.date(2016, 2, 26))
    assert [v for text, (kind, v, _) in found.items() if kind == "date" and text[:1].isdigit()] == [verdict], found
