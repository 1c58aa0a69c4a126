"""Readings of true reports nobody here wrote, and of errors planted in them (a fourth round of held-back sets),
each checked against a real store file: a confidence vote lost on the day another vote was won, an
impeachment court's verdict, an amendment "thrown out" by a tally written winner first, and a finance
minister whose register title joins two offices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims.check.number_forms import english_numbers
from factdesk.sources.index import StoreIndex

from tests.checking_helpers import checked, store_index

STORE = """
people:
  - name: Petra Lund
    roles:
      - {title: Prime Minister, org: Norland, from: 2007-11-16, until: 2014-09-22}
      - {title: Prime Minister-elect, org: Norland, from: 2023-12-11}
  - name: Lisa Crane
    roles: [{title: "Member, Board of Governors of the Federal Reserve System", org: Federal Reserve, from: 2022-05-23}]
  - name: Sam Ortiz
    roles: [{title: House Majority Leader, org: U.S. House of Representatives, from: 2023-01-03}]
  - name: Tom Barr
    roles:
      - {title: "President, Federal Reserve Bank of Richmond", org: Federal Reserve Bank of Richmond, from: 2018-01-01}
  - name: Mara Venn
    roles: [{title: Deputy Prime Minister and Minister of Economy and Finance, org: Norland, from: 2023-12-29}]
votes:
  - id: diet-confidence
    body: Diet
    date: 2023-12-11
    measure: Vote of confidence in the Council of Ministers headed by Karl Odd
    outcome: rejected
    tally: {for: 190, against: 266}
  - id: diet-election
    body: Diet
    date: 2023-12-11
    measure: Election of Petra Lund as Prime Minister
    outcome: adopted
    tally: {for: 248, against: 201}
  - id: senate-trial
    body: Senate
    date: 2012-05-29
    measure: Conviction of Chief Justice Ivo Brand under Article II of the Articles of Impeachment
    outcome: adopted
    tally: {for: 20, against: 3}
  - id: court-removal
    body: Constitutional Court
    date: 2025-04-04
    measure: Removal of President Ali Kern from office over the martial law decree
    outcome: adopted
    tally: {for: 8, against: 0}
  - id: commons-deal
    body: House of Commons
    date: 2019-01-15
    measure: Approval of the negotiated withdrawal agreement and political declaration (the Prime Minister's plan)
    outcome: rejected
    tally: {for: 202, against: 432}
  - id: commons-business-motion
    body: House of Commons
    date: 2019-01-09
    measure: Business of the House motion amendment requiring the Prime Minister's plan B within three days
    outcome: adopted
    tally: {for: 308, against: 297}
  - id: supreme-court-ruling
    body: Supreme Court
    date: 2019-09-24
    measure: Appeal on the prorogation of Parliament; the prorogation was unlawful and void
    outcome: adopted
    tally: {for: 11, against: 0}
  - id: commons-amendment
    body: House of Commons
    date: 2019-01-15
    measure: Amendment (a) to the motion on the withdrawal agreement, in the name of Tom Barr
    outcome: rejected
    tally: {for: 24, against: 600}
"""


@pytest.fixture
def index(tmp_path: Path) -> StoreIndex:
    return store_index(tmp_path, STORE)


def _verdicts(index: StoreIndex, text: str, on: dt.date, kind: str) -> list[str]:
    return [verdict for k, verdict, _ in checked(index, text, on).values() if k == kind]


@pytest.mark.parametrize(
    ("happened", "verdict"),
    [("lost a vote of confidence", "verified"), ("won a vote of confidence", "disputed")],
)
def test_a_confidence_vote_is_the_confidence_record_not_the_days_election(index: StoreIndex, happened, verdict):
    text = (
        "WARSAW, Dec 11 -- Parliament elected Petra Lund as prime minister on Monday, hours after the government "
        f"of Karl Odd {happened}, ending eight years of rule.\n"
    )
    assert verdict in _verdicts(index, text, dt.date(2023, 12, 11), "vote")


@pytest.mark.parametrize(("verb", "verdict"), [("convict", "verified"), ("acquit", "disputed")])
def test_an_impeachment_courts_verdict_ischecked(index: StoreIndex, verb: str, verdict: str):
    text = f"The Senate, sitting as an impeachment court, on Tuesday voted to {verb} Chief Justice Ivo Brand.\n"
    assert _verdicts(index, text, dt.date(2012, 5, 29), "vote") == [verdict]


def test_an_amendment_thrown_out_by_a_tally_written_winner_first_is_borne_out(index: StoreIndex):
    text = "Earlier MPs in the House of Commons threw out, by 600 votes to 24, an amendment from Tom Barr.\n"
    assert _verdicts(index, text, dt.date(2019, 1, 15), "vote") == ["verified"]


@pytest.mark.parametrize(("title", "verdict"), [("Finance Minister", "verified"), ("Defence Minister", "disputed")])
def test_a_portfolio_of_two_words_in_a_joined_title(index: StoreIndex, title: str, verdict: str):
    text = f"{title} Mara Venn then served as acting president until March 24.\n"
    assert _verdicts(index, text, dt.date(2025, 4, 4), "role") == [verdict]


def test_a_tally_of_another_electorate_is_not_the_weeks_court_ruling(index: StoreIndex):
    text = (
        "SEOUL, April 4 -- The Constitutional Court removed President Ali Kern on Friday.\n\n"
        "Troops were sent to the assembly, but 190 lawmakers made it into the chamber and voted 190-0 in the "
        "early hours of Dec. 4 to demand that the decree be lifted.\n"
    )
    found = checked(index, text, dt.date(2025, 4, 4))
    assert not [claim for claim, (kind, verdict, _) in found.items() if "190" in claim and verdict == "disputed"]


def test_elected_as_prime_minister_is_the_registers_prime_minister_elect_of_that_day(index: StoreIndex):
    text = "Parliament elected Petra Lund as prime minister on Monday, ending eight years of rule.\n"
    assert _verdicts(index, text, dt.date(2023, 12, 11), "role") == ["verified"]


def test_a_weekday_is_checked_against_the_weeks_record_of_its_tally(index: StoreIndex):
    text = (
        "LONDON, Jan 15 -- The Prime Minister's plan was rejected by the House of Commons on Tuesday night by "
        "432 votes to 202.\n"
    )
    found = checked(index, text, dt.date(2019, 1, 15))
    assert found["Tuesday"][1] == "verified", found["Tuesday"]


def test_a_weekday_to_come_is_no_day_of_the_weeks_ruling(index: StoreIndex):
    text = (
        "LONDON, Sept 24 -- The Supreme Court ruled unanimously that the prorogation of Parliament was unlawful "
        "and void, clearing the way for MPs to return to Westminster as early as Wednesday.\n"
    )
    found = checked(index, text, dt.date(2019, 9, 24))
    assert found["Wednesday"][1] != "disputed", found["Wednesday"]


ASSEMBLY = """
votes:
  - id: assembly-confidence
    body: National Assembly
    date: 2021-06-13
    measure: Confidence in the new government of Naor Tal
    outcome: adopted
    tally: {for: 60, against: 59}
"""


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        # another vote the same day, a person elected by another tally: not the record of the confidence vote
        ("Also on Sunday, lawmakers elected Tova Raz as National Assembly speaker, by 67 votes to 52.", set()),
        # the record's own vote by another tally is still disputed
        ("The National Assembly approved the government of Naor Tal by 62 votes to 57.", {"disputed"}),
    ],
)
def test_an_election_by_another_tally_is_another_vote(tmp_path: Path, sentence: str, verdicts: set[str]):
    found = checked(store_index(tmp_path, ASSEMBLY), sentence + "\n", dt.date(2021, 6, 13))
    assert {verdict for kind, verdict, _ in found.values() if kind == "vote"} & {"disputed"} == verdicts


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Governor Lisa Crane voted with the majority.", "verified"),
        ("Rep. Sam Ortiz voted with the majority.", "verified"),
        ("Deputy Governor Lisa Crane voted with the majority.", "disputed"),
        ("Sen. Sam Ortiz voted with the majority.", "disputed"),
    ],
)
def test_a_members_title_is_borne_out_by_any_post_in_a_body_of_such_members(index: StoreIndex, sentence, verdict):
    assert _verdicts(index, sentence + "\n", dt.date(2024, 9, 18), "role") == [verdict]


RESULTS_IN_SPANISH = """
sources:
  - id: tse-2014
    title: Resultado da eleição presidencial 2014, segundo turno
    publisher: Tribunal Superior Eleitoral
    date: 2014-10-26
    type: primary
    excerpts:
      - "Dilma Rousseff (PT): 54.501.118 votos (51,64%); Aécio Neves (PSDB): 51.041.155 votos (48,36%)."
"""


@pytest.mark.parametrize(
    ("share", "verdict"), [("51.6%", "verified"), ("54.6%", "disputed"), ("54.5 million votes", "verified")]
)
def test_figures_of_a_source_that_writes_decimal_commas_and_dotted_thousands(tmp_path: Path, share, verdict):
    text = f"Dilma Rousseff won a second term in 2014 with {share} in a runoff against Aécio Neves.\n"
    found = checked(store_index(tmp_path, RESULTS_IN_SPANISH), text, dt.date(2016, 8, 31))
    assert found[share][1] == verdict, found[share]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("54.501.118 votos (51,64%)", "54,501,118 votos (51.64%)"),
        ("Participación: 37,43%.", "Participación: 37.43%."),
        (
            "In 2019, 12 people and 1,500 more, at 3.5%, in version 1.2.3",
            "In 2019, 12 people and 1,500 more, at 3.5%, in version 1.2.3",
        ),
    ],
)
def test_other_languages_numbers_are_read_as_english(written: str, read: str):
    assert english_numbers(written) == read


TWO_BODIES = """
votes:
  - id: assembly-resolution
    body: General Assembly
    date: 2022-03-02
    measure: Resolution on aggression against the Republic of Nordia
    outcome: adopted
    tally: {for: 141, against: 5, abstain: 35}
    positions: {Ostland: against, Westria: for, United Arab Emirates: for}
  - id: council-referral
    body: Security Council
    date: 2022-02-27
    measure: Resolution calling an emergency special session of the General Assembly
    outcome: adopted
    tally: {for: 11, against: 1, abstain: 3}
    positions: {Ostland: against, Westria: abstain, United Arab Emirates: abstain}
"""


def test_members_votes_after_a_vote_of_another_body_are_that_bodys(tmp_path: Path):
    text = (
        "NEW YORK, March 2 -- The General Assembly adopted the resolution by 141 votes to 5.\n\n"
        "The session was called after the council acted. On Feb. 27 the 15-member Security Council voted 11-1 to "
        "refer the crisis to the full assembly. Ostland voted against; Westria and the UAE abstained.\n"
    )
    found = checked(store_index(tmp_path, TWO_BODIES), text, dt.date(2022, 3, 2))
    abstained = {claim: verdict for claim, (kind, verdict, _) in found.items() if kind == "vote" and "abstain" in claim}
    assert abstained and "disputed" not in abstained.values(), found


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # a common adjective opening a list says what kind of office, not whose
        ("Regional bank presidents Tom Barr (Richmond) and Ivo Pell (Atlanta) also voted.", "verified"),
        # a body that is not his is still disputed
        ("Atlanta Fed President Tom Barr also voted.", "disputed"),
    ],
)
def test_a_capitalised_adjective_before_a_title_is_no_body(index: StoreIndex, sentence: str, verdict: str):
    found = checked(index, sentence + "\n", dt.date(2024, 9, 18))
    assert [v for claim, (kind, v, _) in found.items() if kind == "role" and "Tom Barr" in claim] == [verdict], found


PLEDGES = """
sources:
  - id: pledging-conference
    title: Donors pledge to rebuild after the earthquake
    publisher: Wire
    date: 2015-06-25
    excerpts:
      - "Donors pledged around $4.4 billion to rebuild Nordia after the earthquake."
      - "The Senate convicted the judge on Tuesday; 20 senators voted to convict and 3 to acquit."
"""


@pytest.mark.parametrize(
    ("sentence", "figure", "verdict"),
    [
        ("Nordia says it needs about $6.7 billion to rebuild after the earthquake.", "$6.7 billion", "unsupported"),
        ("Donors pledged about $5.4 billion to rebuild Nordia after the earthquake.", "$5.4 billion", "disputed"),
        ("A two-thirds vote, or 16 senators, was required to convict the judge.", "16 senators", "unsupported"),
        ("The Senate convicted the judge on Tuesday, with 26 senators voting to convict.", "26 senators", "disputed"),
    ],
)
def test_what_a_decision_needed_is_no_count_of_its_result(tmp_path: Path, sentence: str, figure: str, verdict: str):
    found = checked(store_index(tmp_path, PLEDGES), sentence + "\n", dt.date(2015, 6, 25))
    assert [v for claim, (kind, v, _) in found.items() if kind == "quantity" and figure in claim] == [verdict], found


RATE_MOVE = """
sources:
  - id: bank-decision
    title: Central bank raises its key rate by 25 basis points to 6.5%
    publisher: Wire
    date: 2023-02-08
    excerpts:
      - "The central bank raised its key rate by a quarter of a percentage point to 6.5% on Wednesday."
"""


@pytest.mark.parametrize(
    ("sentence", "figure", "verdicts"),
    [
        ("The central bank raised its key rate by 25 basis points to 6.5% on Wednesday.", "25 basis", {"verified"}),
        ("The central bank raised its key rate by 35 basis points to 6.5% on Wednesday.", "35 basis", {"disputed"}),
        # basis points measure a rate's move: a count of members never stands where they do
        ("Bank lifts key rate to 6.5% as two committee members break ranks", "two committee", {"unsupported"}),
    ],
)
def test_basis_points_are_a_rates_move(tmp_path: Path, sentence: str, figure: str, verdicts: set[str]):
    found = checked(store_index(tmp_path, RATE_MOVE), sentence + "\n\nMore follows.\n", dt.date(2023, 2, 8))
    assert {v for claim, (kind, v, _) in found.items() if kind == "quantity" and figure in claim} == verdicts, found
