"""Votes as court reporters, congress.gov and wire copy write them, extracted and checked against records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex

LINEUP = (
    "819 F. 3d 880, reversed and remanded.\n\n"
    "ROBERTS, C. J., delivered the opinion of the Court, in which GINSBURG, BREYER, SOTOMAYOR, and KAGAN, JJ., "
    "joined. KENNEDY, J., filed a dissenting opinion, in which THOMAS and ALITO, JJ., joined. GORSUCH, J., "
    "took no part in the consideration or decision of the case.\n"
)
RECORDS = """
votes:
  - id: scotus-carpenter
    body: Supreme Court of the United States
    date: 2018-06-22
    measure: Carpenter v. United States, requiring a warrant for cell-site records
    outcome: adopted
    tally: {for: 5, against: 4}
    positions: {John Roberts: for, Ruth Bader Ginsburg: for, Anthony Kennedy: against, Clarence Thomas: against}
  - id: scotus-other-ruling
    body: Supreme Court of the United States
    date: 2018-06-22
    measure: Requiring a warrant for thermal imaging of homes
    outcome: adopted
    tally: {for: 6, against: 3}
  - id: senate-nominee
    body: United States Senate
    date: 2018-06-22
    measure: Confirmation of Jane Doe as Secretary of Labor
    outcome: adopted
    tally: {for: 53, against: 47}
"""
DAY = dt.date(2018, 6, 22)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("records")
    (folder / "votes.yaml").write_text(RECORDS, encoding="utf-8")
    return StoreIndex(load_store(folder))


def _votes(text: str) -> list[tuple[str, dict]]:
    return [(text[c.start : c.end], c.fields) for c in extract_claims(text) if c.kind is ClaimKind.VOTE]


def test_a_syllabus_line_up_gives_each_justice_their_side() -> None:
    sides = {written: (fields["actor"], fields["position"]) for written, fields in _votes(LINEUP)}
    assert sides["ROBERTS"] == ("Roberts", "for")
    assert sides["KAGAN"] == ("Kagan", "for")
    assert sides["KENNEDY"] == ("Kennedy", "against")
    assert sides["ALITO"] == ("Alito", "against")
    assert sides["GORSUCH"] == ("Gorsuch", "absent")


def test_a_justice_put_on_the_wrong_side_of_a_line_up_is_disputed(index: StoreIndex) -> None:
    wrong = LINEUP.replace("in which THOMAS and ALITO", "in which ALITO").replace("KAGAN, JJ.", "KAGAN and THOMAS, JJ.")
    claims = [c for c in extract_claims(wrong) if c.kind is ClaimKind.VOTE and c.fields.get("actor") == "Thomas"]
    assert claims and all(suggest(c, index, DAY).verdict.value == "disputed" for c in claims)
    assert "Clarence Thomas: against" in suggest(claims[0], index, DAY).reason


def test_a_roll_call_action_is_one_sentence_with_its_outcome_and_tally() -> None:
    text = "2010-06-30 (floor): Confirmed by the Senate by Yea-Nay Vote. 99 - 0. Record Vote Number: 203.\n"
    assert _votes(text) == [
        (
            "Confirmed by the Senate by Yea-Nay Vote. 99 - 0",
            {"outcome": "adopted", "body": "Senate", "tally": {"for": 99, "against": 0}},
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        ("The Senate voted 53-47 to confirm Doe as Secretary of Labor.", "verified", "53-47"),
        ("The Senate voted 53-47 to reject Doe as Secretary of Labor.", "disputed", "the record says adopted"),
        # the day's other ruling was 6-3; the sentence's words are Carpenter's, so 6-3 is disputed naming 5-4
        ("The court, in a 6-3 decision, required a warrant for cell-site records.", "disputed", "has 5 for"),
        ("The court, in a 5-4 decision, required a warrant for cell-site records.", "verified", "5-4"),
    ],
)
def test_a_vote_without_a_named_voter_is_checked_against_its_own_record(
    index: StoreIndex, sentence: str, verdict: str, reason: str
) -> None:
    votes = [c for c in extract_claims(sentence) if c.kind is ClaimKind.VOTE]
    assert votes, "no vote claim"
    suggestion = suggest(votes[0], index, DAY)
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


def test_a_tally_that_is_a_body_s_make_up_is_no_vote() -> None:
    assert _votes("The case was decided with the court's 6-3 conservative majority.") == []


def test_a_date_is_not_a_tally() -> None:
    assert _votes("The vote was held on 2010-06-30 in the Senate.") == []


def test_the_noun_of_an_outcome_beside_a_tally_is_the_outcome(index: StoreIndex) -> None:
    confirmed = "The 53-47 vote capped a bruising confirmation fight for Jane Doe.\n"
    ((_, fields),) = _votes(confirmed)
    assert fields["outcome"] == "adopted"
    rejected = confirmed.replace("confirmation", "rejection")
    (claim,) = [c for c in extract_claims(rejected) if c.kind is ClaimKind.VOTE]
    suggestion = suggest(claim, index, DAY)
    assert suggestion.verdict.value == "disputed" and "adopted" in suggestion.reason
    assert _votes("The committee held a confirmation hearing for Jane Doe.\n") == []


@pytest.mark.parametrize(
    ("verb", "position"), [("rejected", "against"), ("blocked", "against"), ("adopted", "for"), ("approved", "for")]
)
def test_a_state_that_rejects_or_approves_a_measure_casts_its_vote(verb: str, position: str) -> None:
    ((_, fields),) = _votes(f"Days later the United States {verb} a draft resolution in the Security Council.\n")
    assert fields["actor"] == "United States" and fields["position"] == position
    assert _votes(f"Days later Mr Smith {verb} the offer of a new contract.\n") == []


def test_members_who_cast_the_votes_against_are_voters() -> None:
    found = _votes("Council members Ana Reyes and Tomas Weil cast the two votes against repeal.\n")
    assert [(fields["actor"], fields["position"]) for _, fields in found] == [
        ("Ana Reyes", "against"),
        ("Tomas Weil", "against"),
    ]


def test_an_outcome_verb_a_few_words_before_a_tally_is_the_outcome() -> None:
    ((_, fields),) = _votes("It was a retreat for the council, which had passed the so-called head tax 9-0 in May.\n")
    assert fields["outcome"] == "adopted" and fields["tally"] == {"for": 9, "against": 0}


def test_a_day_the_sentence_writes_picks_the_vote_of_that_day(index: StoreIndex) -> None:
    text = "The Senate had confirmed Jane Doe 53-47 on June 22.\n"
    (claim,) = [c for c in extract_claims(text) if c.kind is ClaimKind.VOTE]
    assert suggest(claim, index, DAY + dt.timedelta(days=20)).verdict.value == "verified"


def test_a_score_after_defeated_is_no_tally() -> None:
    assert _votes("Yesterday Sweden defeated South Korea 1 – 0 in Nizhny Novgorod.\n") == []


def test_a_month_opening_the_sentence_picks_the_vote_of_that_month(tmp_path) -> None:
    (tmp_path / "votes.yaml").write_text(
        """
votes:
  - id: draft-february
    body: UN Security Council
    date: 2022-02-25
    measure: Draft resolution deploring the invasion
    outcome: vetoed
    tally: {for: 11, against: 1, abstain: 3}
  - id: draft-september
    body: UN Security Council
    date: 2022-09-30
    measure: Draft resolution condemning the referendums
    outcome: vetoed
    tally: {for: 10, against: 1, abstain: 4}
""",
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    text = "In February, Moscow blocked a draft, which received 11 votes in favor with three abstentions.\n"
    (claim,) = [c for c in extract_claims(text) if c.kind is ClaimKind.VOTE]
    assert suggest(claim, index, dt.date(2022, 9, 30)).verdict.value == "verified"
