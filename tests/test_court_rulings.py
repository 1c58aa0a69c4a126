"""A court's ruling read as a decision and checked against the record's measure, whichever way it is worded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex

RECORDS = """
votes:
  - id: election-petition
    body: Supreme Court of Ruritania
    date: 2024-09-06
    measure: Presidential Petition No. 2 of 2024 seeking to annul the declared result of the presidential election
    outcome: adopted
    tally: {for: 5, against: 2}
  - id: plastics-ban
    body: Constitutional Court of Ruritania
    date: 2024-09-06
    measure: "Environment Act appeal: reverse the Court of Appeal and uphold the ban on single-use plastics"
    outcome: adopted
    tally: {for: 7, against: 2}
  - id: minister-impeachment
    body: Constitutional Court of Ruritania
    date: 2024-09-05
    measure: Impeachment of Interior Minister Anna Ost
    outcome: rejected
  - id: banknote-ruling
    body: Supreme Court of Ruritania
    date: 2024-09-06
    measure: "Validity of the notification withdrawing high-value bank notes (petitions challenging it dismissed)"
    outcome: adopted
    tally: {for: 4, against: 1}
  - id: carbon-appeal-arden
    body: Court of Appeal for Arden
    date: 2019-05-03
    measure: "Reference re Carbon Pricing Act: the Act is constitutional"
    outcome: adopted
    tally: {for: 3, against: 2}
  - id: carbon-appeal-belmont
    body: Court of Appeal for Belmont
    date: 2019-06-28
    measure: "Reference re Carbon Pricing Act: the Act is constitutional"
    outcome: adopted
    tally: {for: 4, against: 1}
  - id: dispute-ruling
    body: Constitutional Court of Ruritania
    date: 2024-09-06
    measure: Rejection in its entirety of the presidential election dispute petition of Ana Vale
    outcome: adopted
    tally: {for: 5, against: 3}
  - id: veto-override
    body: City Council
    date: 2024-09-06
    measure: Override of the mayor's veto of the housing ordinance
    outcome: adopted
    tally: {for: 9, against: 4}
"""
DAY = dt.date(2024, 9, 6)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("rulings")
    (folder / "votes.yaml").write_text(RECORDS, encoding="utf-8")
    return StoreIndex(load_store(folder))


def _votes(sentence: str, index: StoreIndex) -> list[tuple[dict, str, str]]:
    claims = [claim for claim in extract_claims(sentence) if claim.kind is ClaimKind.VOTE]
    return [(claim.fields, *(lambda s: (s.verdict.value, s.reason))(suggest(claim, index, DAY))) for claim in claims]


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        # the record is the challenge: striking down is its adoption, upholding its rejection
        ("Ruritania's Supreme Court on Friday annulled the result of the presidential election.", "verified", ""),
        ("Ruritania's Supreme Court on Friday upheld the result of the presidential election.", "disputed", "adopted"),
        ("The Supreme Court dismissed the petition against the presidential election.", "disputed", "adopted"),
        ("The Supreme Court upheld the petition against the presidential election.", "verified", ""),
        # the record words the ruling as upholding: "struck down the ban" is the other way
        ("The Constitutional Court upheld the ban on single-use plastics.", "verified", ""),
        ("The Constitutional Court struck down the ban on single-use plastics.", "disputed", "goes the other way"),
        ("The Constitutional Court on Friday struck down the ban on single-use plastics, ruling 7-2.", "disputed", ""),
        # a ruling on the case brought itself, in a sentence with no vote's words
        ("A day earlier the same court overturned the impeachment of Interior Minister Anna Ost.", "verified", ""),
        ("A day earlier the same court upheld the impeachment of Interior Minister Anna Ost.", "disputed", "rejected"),
        # "Validity of ... (petitions challenging it dismissed)": the notification stands
        ("Ruritania's Supreme Court upheld the notification withdrawing high-value bank notes, ruling 4-1.",
         "verified", ""),
        ("Ruritania's Supreme Court struck down the notification withdrawing high-value bank notes, ruling 4-1.",
         "disputed", "goes the other way"),
        # the court's place is part of its name: Arden's record, not Belmont's of the same day's measure
        ("Arden's Court of Appeal upheld the Carbon Pricing Act 3-2 in 2019.", "verified", "carbon-appeal-arden"),
        ("Arden's Court of Appeal upheld the Carbon Pricing Act 4-1 in 2019.", "disputed", "carbon-appeal-arden"),
        ("The Supreme Court of Ruritania on Friday upheld the petition against the presidential election.",
         "verified", ""),
        # a record worded as the petition's rejection: rejecting the challenge bears it out, upholding it not
        ("The Constitutional Court on Friday rejected the dispute petition of Ana Vale, 5-3.", "verified", ""),
        ("The Constitutional Court on Friday upheld the dispute petition of Ana Vale, 5-3.", "disputed",
         "goes the other way"),
        # a chamber's vote "to overturn" is no court's: adopted as any other
        ("The City Council voted 9-4 to overturn the mayor's veto of the housing ordinance.", "verified", "adopted"),
    ],
)  # fmt: skip
def test_a_ruling_against_the_record(index, sentence, verdict, reason):
    found = _votes(sentence, index)
    assert any(v == verdict and reason in r for _, v, r in found), found


def test_a_court_dismissing_a_person_or_an_idea_is_no_ruling_on_a_record(index):
    assert _votes("Two days after a court dismissed her predecessor, she was sworn in.", index) == []
    assert _votes("The judges rejected the notion that the count was rigged.", index) == []


def test_the_ruling_reads_as_the_court_wrote_it():
    sentence = "Ruritania's Supreme Court on Friday annulled the result of the presidential election."
    (claim,) = [claim for claim in extract_claims(sentence) if claim.kind is ClaimKind.VOTE]
    assert claim.fields == {
        "outcome": "adopted",
        "measure": "annulled the result of the presidential election",
        "body": "Ruritania Supreme Court",
    }
    assert claim.text == "Ruritania Supreme Court: annulled the result of the presidential election"


def test_a_court_throwing_out_decisions_and_sending_cases_back_strikes_the_decisions_down():
    sentence = "The Supreme Court threw out those decisions and sent the cases back for further proceedings."
    (claim,) = [claim for claim in extract_claims(sentence) if claim.kind is ClaimKind.VOTE]
    assert claim.fields["outcome"] == "adopted" and claim.fields["measure"] == "threw out those decisions"


TWO_PETITIONS = """
votes:
  - id: petition-one
    body: Constitutional Court of Ruritania
    date: 2024-04-22
    measure: Rejection in its entirety of the election dispute petition of Ana Vale
    outcome: adopted
    tally: {for: 5, against: 3}
  - id: petition-two
    body: Constitutional Court of Ruritania
    date: 2024-04-22
    measure: Rejection in its entirety of the election dispute petition of Ben Ode
    outcome: adopted
    tally: {for: 5, against: 3}
"""


@pytest.mark.parametrize(("tally", "verdict"), [("5-3", "verified"), ("6-2", "disputed")])
def test_a_tally_naming_no_measure_is_the_decision_of_the_day_s_records_of_one_court(tmp_path, tally, verdict):
    """ "Both cases were decided by a 5-3 majority": two petitions decided together are one ruling's day."""
    (tmp_path / "votes.yaml").write_text(TWO_PETITIONS, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    (claim,) = [
        c for c in extract_claims(f"Both cases were decided by a {tally} majority.") if c.kind is ClaimKind.VOTE
    ]
    assert suggest(claim, index, dt.date(2024, 4, 22)).verdict.value == verdict
