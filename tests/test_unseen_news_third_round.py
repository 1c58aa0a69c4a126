"""Readings of true reports nobody here wrote, and of errors planted in them (a third round of held-back sets),
each checked against a real store file: a member who "sided with the majority", a figure its source gives
beside another, thousands set apart by a space, a court that "ruled that" another's rejection was wrong, an
acting minister, a vote the day before a term began, an amount converted into another currency, "the motion"
of the sentence before, a body a measure goes to next, titles of another day, and a law's year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.sources.index import StoreIndex

from tests.checking_helpers import checked, store_index

STORE = """
sources:
  - id: parliament-speaker
    title: Speaker re-elected
    publisher: Parliament press service
    date: 2024-07-16
    excerpts:
      - "Anna Berg was re-elected Speaker of Parliament in the first round, receiving an absolute majority of 412
        votes out of 598 cast. Jonas Lind obtained 97 votes."
  - id: rivers-regulation
    title: Council adopts the river restoration regulation
    publisher: Council of Ministers
    date: 2024-06-17
    excerpts:
      - "Member states will remove barriers so that at least 25 000 km of rivers are turned into free-flowing
        rivers by 2030."
  - id: regulator-penalty-wire
    title: Bank to pay record penalty
    publisher: AP
    date: 2020-09-24
    excerpts:
      - "The bank agreed to pay 1.3 billion Australian dollars ($919 million) for breaching money laundering laws."
  - id: court-judgment
    title: Reference re Carbon Pricing Act
    publisher: Supreme Court
    date: 2021-03-25
    type: primary
    excerpts:
      - "The Carbon Pricing Act is constitutional. The provinces argued that the Act intruded on their jurisdiction."
  - id: bid-book
    title: "United 2026 Bid Book: Canada, Mexico, United States"
    publisher: United 2026 Bid Committee
    date: 2018-03-16
    type: primary
    excerpts:
      - "The first FIFA World Cup with 48 teams will require no new stadium construction."
people:
  - name: Lena Sorel
    roles: [{title: First Vice President, org: Peru, from: 2021-07-28, until: 2022-12-07}]
  - name: Jon Hartz
    roles: [{title: Chief Executive, org: Westbank, from: 2015-02-01, until: 2019-12-02}]
  - name: Ada Winter
    roles: [{title: Second Permanent Secretary, org: Civil Service, from: 2021-05-01}]
  - name: Ying Shin
    roles: [{title: Prime Minister, org: Thailand, from: 2011-08-05, until: 2014-05-07}]
  - name: Paul Stevens
    roles: [{title: Justice, org: Supreme Court, from: 1975-12-19, until: 2010-06-29}]
  - name: Chris Freel
    roles:
      - {title: Minister of Foreign Affairs, org: Canada, from: 2017-01-10, until: 2019-11-20}
      - {title: Minister of Finance, org: Canada, from: 2020-08-18, until: 2024-12-16}
  - name: Kevin Carr
    roles: [{title: House Minority Leader, org: United States, from: 2019-01-03, until: 2023-01-03}]
  - name: Mary Keen
    roles: [{title: First patient vaccinated in the national programme, org: NHS, from: 2020-12-08}]
  - name: Marta Ruiz
    roles: [{title: Labour Minister, org: Spain, from: 2020-01-13}]
  - name: Tomas Vidal
    roles: [{title: Prime Minister, org: Spain, from: 2023-11-17}]
votes:
  - id: rate-decision
    body: Monetary Policy Committee
    date: 2023-08-02
    measure: Reduce the policy rate by 0.50 percentage point to 13.25%
    outcome: adopted
    tally: {for: 5, against: 4}
    positions: {Ana Costa: for, Bruno Lima: against}
  - id: standing-orders
    body: Parliament of Lanka
    date: 2022-05-17
    measure: Proposal by M.A. Suman to suspend Standing Orders to debate a motion of displeasure with the President
    outcome: rejected
    tally: {for: 68, against: 119}
  - id: senate-infrastructure
    body: Senate
    date: 2021-08-10
    measure: Infrastructure Investment and Jobs Act
    outcome: adopted
    tally: {for: 69, against: 30}
  - id: pay-ballot
    body: Communication Workers Union members at the Post
    date: 2022-07-19
    measure: Statutory ballot for national strike action over pay
    outcome: adopted
  - id: commission-president
    body: European Parliament
    date: 2024-07-18
    measure: Election of Anna Lind as President of the European Commission
    outcome: adopted
    tally: {for: 401, against: 284}
  - id: house-infrastructure
    body: House of Representatives
    date: 2021-11-05
    measure: Infrastructure Investment and Jobs Act
    outcome: adopted
    tally: {for: 228, against: 206}
    positions: {Kevin Carr: against}
  - id: panel-vote
    body: Vaccines Advisory Committee
    date: 2020-12-10
    measure: Whether the benefits of the vaccine outweigh its risks for use in people 16 and older
    outcome: adopted
    tally: {for: 17, against: 4, abstain: 1}
  - id: agency-authorisation
    body: Medicines Agency
    date: 2020-12-11
    measure: Emergency use authorization of the vaccine for people 16 and older
    outcome: adopted
  - id: deputy-impeachment
    body: National Assembly
    date: 2024-10-08
    measure: Special motion for the removal of the Deputy President by impeachment
    outcome: adopted
    tally: {for: 281, against: 44, abstain: 1}
  - id: appeal-ruling
    body: U.S. Court of Appeals for the District of Columbia Circuit
    date: 2023-08-29
    measure: "Petition for review: the Commission's denial of the fund's application is vacated"
    outcome: adopted
    tally: {for: 3, against: 0}
"""


@pytest.fixture
def index(tmp_path: Path) -> StoreIndex:
    return store_index(tmp_path, STORE)


def _of_kind(found: dict[str, tuple[str, str, str]], kind: str) -> dict[str, tuple[str, str]]:
    return {claim: (verdict, reason) for claim, (k, verdict, reason) in found.items() if k == kind}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Bruno Lima, the director for regulation, also sided with the minority.", "verified"),
        ("Bruno Lima, the director for regulation, sided with the majority.", "disputed"),
        ("Ana Costa joined the majority.", "verified"),
    ],
)
def test_a_member_s_side_in_a_split_decision(index: StoreIndex, text: str, verdict: str) -> None:
    votes = _of_kind(checked(index, text, dt.date(2023, 8, 2)), "vote")
    assert [result for result, _ in votes.values()] == [verdict], votes


def test_joining_the_majority_coalition_is_no_vote(index: StoreIndex) -> None:
    assert (
        _of_kind(checked(index, "Bruno Lima joined the majority coalition in May.", dt.date(2023, 8, 2)), "vote") == {}
    )


def test_a_figure_its_source_gives_is_not_disputed_by_another_count_beside_it(index: StoreIndex) -> None:
    text = "Speaker Anna Berg, who was herself re-elected on Tuesday with 412 votes, read out the result."
    found = checked(index, text, dt.date(2024, 7, 18))
    assert [verdict for kind, verdict, _ in found.values() if kind == "statement"] != ["disputed"], found
    wrong = checked(index, text.replace("412", "421"), dt.date(2024, 7, 18))
    assert wrong["421 votes"][1] == "disputed", wrong


def test_thousands_set_apart_by_a_space_after_at_least(index: StoreIndex) -> None:
    text = "The law commits governments to turn at least 25,000 km of rivers back into free-flowing rivers by 2030."
    found = checked(index, text, dt.date(2024, 6, 17))
    assert found["at least 25,000 km"][1] == "verified", found


def test_a_court_ruling_that_another_s_rejection_was_wrong_is_not_a_rejection(index: StoreIndex) -> None:
    text = (
        "In August, the U.S. Court of Appeals for the District of Columbia Circuit ruled unanimously that the "
        "Commission's rejection of the fund's application was arbitrary."
    )
    votes = _of_kind(checked(index, text, dt.date(2024, 1, 11)), "vote")
    assert not any(verdict == "disputed" for verdict, _ in votes.values()), votes


def test_an_acting_minister_of_a_caretaker_government_holds_the_register_s_office(index: StoreIndex) -> None:
    found = checked(index, "Acting Labour Minister Marta Ruiz backed the deal.", dt.date(2023, 11, 2))
    assert _of_kind(found, "role") == {
        "Marta Ruiz is Acting Labour Minister": ("verified", found["Marta Ruiz is Acting Labour Minister"][2])
    }


def test_a_vote_the_day_before_the_term_began_is_not_the_term_s_start_but_a_swearing_in_is(index: StoreIndex) -> None:
    elected = checked(index, "Parliament re-elected Tomas Vidal as prime minister on Nov. 16.", dt.date(2023, 11, 16))
    assert _of_kind(elected, "date")["Nov. 16"][0] != "disputed", elected
    sworn = checked(index, "Tomas Vidal was sworn in as prime minister on Nov. 16.", dt.date(2023, 11, 16))
    assert _of_kind(sworn, "date")["Nov. 16"][0] == "disputed", sworn


def test_an_amount_converted_at_another_rate_is_not_disputed_but_a_slipped_scale_is(index: StoreIndex) -> None:
    text = "The bank was ordered to pay a A$1.3 billion ($920 million) penalty for breaching money laundering laws."
    found = checked(index, text, dt.date(2020, 10, 21))
    assert all(verdict != "disputed" for _, verdict, _ in found.values()), found
    slipped = checked(index, text.replace("$920 million", "$920 billion"), dt.date(2020, 10, 21))
    assert slipped["$920 billion"][1] == "disputed", slipped


_BEFORE = (
    "On May 17 he voted against a motion by lawmaker M.A. Suman to suspend standing orders so parliament could debate."
)


@pytest.mark.parametrize(("outcome", "verdict"), [("defeated by 119 votes to 68", "verified"),
                                                  ("carried by 119 votes to 68", "disputed")])  # fmt: skip
def test_the_motion_of_the_sentence_before(index: StoreIndex, outcome: str, verdict: str) -> None:
    found = checked(index, f"{_BEFORE} The motion was {outcome}.", dt.date(2022, 7, 20))
    votes = _of_kind(found, "vote")
    (said,) = [result for claim, result in votes.items() if "119" in claim]
    assert said[0] == verdict and "standing-orders" in said[1], votes


def test_the_body_a_measure_is_sent_to_next_is_not_the_one_voting(index: StoreIndex) -> None:
    text = "Lawmakers approved the motion by 281 votes to 54, well above the 233 needed to send it to the Senate."
    votes = _of_kind(checked(index, text, dt.date(2024, 10, 8)), "vote")
    assert votes["motion was adopted 281-54"][0] == "disputed", votes  # the Assembly's record, not "no record"


@pytest.mark.parametrize(
    ("text", "on", "verdict"),
    [
        ("Congress swore in Vice President Lena Sorel hours later.", "2022-12-07", "verified"),
        ("Days later, Chief Executive Jon Hartz resigned.", "2020-10-21", "verified"),
        ("A report by senior civil servant Ada Winter found failures of leadership.", "2022-06-06", "unsupported"),
        ("She follows her aunt Ying Shin, the country's first female prime minister.", "2024-08-16", "verified"),
        ("Chevron, written by Justice Paul Stevens, had become one of the most cited rulings.", "2024-06-28",
         "verified"),
        # a title never held is not made "of its day" by the deed
        ("Chevron, written by Chief Justice Paul Stevens, had become one of the most cited rulings.", "2024-06-28",
         "unsupported"),
    ],
)  # fmt: skip
def test_titles_of_another_day_and_callings(index: StoreIndex, text: str, on: str, verdict: str) -> None:
    roles = _of_kind(checked(index, text, dt.date.fromisoformat(on)), "role")
    assert [result for result, _ in roles.values()] == [verdict], roles


def test_a_law_s_year_is_not_disputed_by_its_ruling_s(index: StoreIndex) -> None:
    text = "The provinces had argued that the 2018 Carbon Pricing Act intruded on provincial jurisdiction."
    dates = _of_kind(checked(index, text, dt.date(2021, 3, 25)), "date")
    assert dates["2018"][0] != "disputed", dates


@pytest.mark.parametrize(("day", "verdict"), [("Aug. 10", "verified"), ("Aug. 12", "disputed")])
def test_the_day_of_a_vote_of_another_month_told_by_its_body_and_tally(
    index: StoreIndex, day: str, verdict: str
) -> None:
    text = f"The measure, which had cleared the Senate 69-30 on {day}, now goes to the president."
    dates = _of_kind(checked(index, text, dt.date(2021, 11, 6)), "date")
    assert dates[day][0] == verdict and "senate-infrastructure" in dates[day][1], dates


def test_a_day_of_another_event_beside_a_vote_is_not_the_vote_s(index: StoreIndex) -> None:
    text = "Shares began trading on Thursday, a day after the Senate cleared the act 69-30."
    dates = _of_kind(checked(index, text, dt.date(2021, 8, 12)), "date")
    assert dates["Thursday"][0] != "disputed", dates


@pytest.mark.parametrize(
    ("text", "on", "verdict"),
    [
        ("Postal workers have voted overwhelmingly to strike over pay, the union said.", "2022-07-19", "verified"),
        ("Postal workers have voted overwhelmingly against striking over pay, the union said.", "2022-07-19",
         "disputed"),
        ("The European Parliament voted on Thursday to give Anna Lind a second term.", "2024-07-18", "verified"),
        ("The European Parliament voted on Thursday to deny Anna Lind a second term.", "2024-07-18", "disputed"),
    ],
)  # fmt: skip
def test_a_strike_ballot_and_a_vote_to_give_or_deny_a_nominee(
    index: StoreIndex, text: str, on: str, verdict: str
) -> None:
    votes = _of_kind(checked(index, text, dt.date.fromisoformat(on)), "vote")
    assert [result for result, _ in votes.values()] == [verdict], votes


@pytest.mark.parametrize(("way", "verdict"), [("against", "verified"), ("for", "disputed")])
def test_a_vote_in_a_relative_clause_after_the_name(index: StoreIndex, way: str, verdict: str) -> None:
    text = f"House Minority Leader Kevin Carr, who voted {way} the bill, had urged his caucus to oppose it."
    votes = _of_kind(checked(index, text, dt.date(2021, 11, 6)), "vote")
    assert [result for result, _ in votes.values()] == [verdict], votes


def test_a_vote_of_an_earlier_day_in_a_relative_clause_is_not_this_one(index: StoreIndex) -> None:
    text = "Kevin Carr, who had voted for the bill in committee last year, spoke first."
    votes = _of_kind(checked(index, text, dt.date(2021, 11, 6)), "vote")
    assert not any(verdict == "disputed" for verdict, _ in votes.values()), votes


@pytest.mark.parametrize(("title", "verdict"), [("Finance Minister", "verified"), ("Defence Minister", "disputed"),
                                                ("intelligence chief", "unsupported")])  # fmt: skip
def test_a_former_portfolio_the_register_never_gives_a_minister_it_records(
    index: StoreIndex, title: str, verdict: str
) -> None:
    text = f"Carr crushed former {title} Chris Freel, who took 8%."
    roles = _of_kind(checked(index, text, dt.date(2025, 3, 9)), "role")
    assert [result for result, _ in roles.values()] == [verdict], roles


def test_a_term_still_to_come_is_not_checked_against_a_past_one(index: StoreIndex) -> None:
    text = "The ruling clears the way for Tomas Vidal to take office in November."
    dates = _of_kind(checked(index, text, dt.date(2024, 4, 22)), "date")
    assert dates["November"][0] != "disputed", dates


def test_the_court_s_ninth_member_is_no_title(index: StoreIndex) -> None:
    found = checked(index, "The court's ninth member, Ada Winter, did not take part.", dt.date(2024, 4, 22))
    assert _of_kind(found, "role") == {}, found


@pytest.mark.parametrize(("tally", "verdict"), [("17-4", "verified"), ("17-3", "disputed")])
def test_a_tally_is_the_record_s_that_has_one(index: StoreIndex, tally: str, verdict: str) -> None:
    text = f"The agency authorized the vaccine for people 16 and older a day after its advisers' {tally} vote."
    votes = _of_kind(checked(index, text, dt.date(2020, 12, 11)), "vote")
    assert any(result == verdict and "panel-vote" in reason for result, reason in votes.values()), votes


def test_a_statement_s_tally_is_left_to_its_vote_claim(index: StoreIndex) -> None:
    text = "The speaker was elected with 412 votes to 97 for Jonas Lind, Parliament said."
    found = checked(index, text, dt.date(2024, 7, 16))
    assert [verdict for kind, verdict, _ in found.values() if kind == "statement"] != ["disputed"], found


def test_a_date_before_the_name_that_took_office_is_another_event_s(index: StoreIndex) -> None:
    text = "Britain became the first country to approve the vaccine on Dec. 2, and Mary Keen, 90, became the first."
    dates = _of_kind(checked(index, text, dt.date(2020, 12, 11)), "date")
    assert dates["Dec. 2"][0] != "disputed", dates


def test_an_approval_sought_or_extended_is_no_outcome(index: StoreIndex) -> None:
    text = "The regulator on Friday recommended extending the approval of the smallpox vaccine to cover mpox."
    assert _of_kind(checked(index, text, dt.date(2022, 7, 23)), "vote") == {}


def test_elected_as_the_country_s_new_leader_is_no_office_s_name(index: StoreIndex) -> None:
    text = "Parliament on Wednesday elected Tomas Vidal as the country's new leader, handing him the job."
    found = checked(index, text, dt.date(2023, 11, 17))
    assert not any("New Leader" in claim for claim in _of_kind(found, "role")), found


def test_a_count_of_times_is_not_a_count_of_teams(index: StoreIndex) -> None:
    text = "Mexico will become the first country to host the men's World Cup three times, after 1970 and 1986."
    found = checked(index, text, dt.date(2018, 6, 13))
    assert found["three times"][1] != "disputed", found
