"""Vote sentences, extracted and checked against vote records: position, outcome and tally (table-driven)."""

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
  - id: senate-aid
    body: Senate
    date: 2024-02-13
    measure: $95 billion foreign aid package (national security supplemental)
    outcome: adopted
    tally: {for: 70, against: 29}
    positions: {Rand Paul: against, Mitch McConnell: for}
  - id: senate-doe
    body: Senate
    date: 2024-02-14
    measure: Confirmation of Jane Doe as Secretary of Labor
    outcome: adopted
    tally: {for: 51, against: 48}
  - id: council-motion
    body: City Council
    date: 2024-02-13
    measure: Motion to close the river bridge to cars
    outcome: rejected
    tally: {for: 3, against: 12}
"""
DAY = dt.date(2024, 2, 13)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("votes")
    (folder / "votes.yaml").write_text(RECORDS, encoding="utf-8")
    return StoreIndex(load_store(folder))


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        ("The Senate voted 70-29 on Tuesday to pass a $95 billion foreign aid package.", "verified", "adopted"),
        ("The Senate voted 70-29 on Tuesday to reject a $95 billion foreign aid package.", "disputed", "adopted, not"),
        ("The Senate voted 69-30 on Tuesday to pass a $95 billion foreign aid package.", "disputed", "70 for, not 69"),
        ("The Senate voted 29-70 to pass the $95 billion foreign aid package.", "disputed", "the other way round"),
        ("Sen. Rand Paul voted against the foreign aid package.", "verified", "Rand Paul: against"),
        ("Sen. Rand Paul voted for the foreign aid package.", "disputed", "Rand Paul: against"),
        ("Paul abstained on the foreign aid package.", "disputed", "Rand Paul: against"),
        (
            "Senator Mitch McConnell, the Republican leader, opposed the aid package in the Senate.",
            "disputed",
            "Mitch McConnell: for",
        ),
        ("The Senate confirmed Jane Doe as Secretary of Labor by a vote of 51-48.", "verified", "adopted"),
        ("The Senate rejected Jane Doe as Secretary of Labor by a vote of 48-51.", "disputed", "adopted, not rejected"),
        ("The City Council rejected the motion to close the river bridge by 3 votes to 12.", "verified", "rejected"),
        ("The City Council approved the motion to close the river bridge.", "disputed", "rejected, not adopted"),
        ("The European Parliament adopted the budget.", "unsupported", "no vote record"),
    ],
)
def test_a_vote_sentence_against_the_record(index, sentence, verdict, reason):
    votes = [claim for claim in extract_claims(sentence) if claim.kind is ClaimKind.VOTE]
    assert votes, f"no vote claim in {sentence!r}"
    suggestions = [suggest(claim, index, DAY) for claim in votes]
    assert any(s.verdict.value == verdict and reason in s.reason for s in suggestions), [
        (c.fields, s.verdict.value, s.reason) for c, s in zip(votes, suggestions, strict=True)
    ]


WORLD = """
people:
  - name: Keir Starmer
    roles: [{title: Prime Minister, org: United Kingdom, from: 2024-07-05}]
votes:
  - id: ga-res
    body: UN General Assembly
    date: 2024-05-10
    measure: Resolution on the rights of migrant workers
    outcome: adopted
    tally: {for: 143, against: 9, abstain: 25}
    positions: {Russian Federation: for, United States: against, United Kingdom: abstain, France: for}
  - id: sc-draft
    body: UN Security Council
    date: 2024-04-18
    measure: Draft resolution on shipping in the Red Sea
    outcome: vetoed
    tally: {for: 12, against: 1, abstain: 2}
    positions: {United States: veto, United Kingdom: abstain}
  - id: court-case
    body: Supreme Court
    date: 2024-05-10
    measure: Harlow v. Mercer water rights
    outcome: adopted
    tally: {for: 6, against: 3}
    positions: {John Roberts: for, Elena Kagan: against}
  - id: commons-bill
    body: House of Commons
    date: 2024-05-10
    measure: Rivers Protection Bill second reading
    outcome: adopted
    tally: {for: 330, against: 275}
    positions: {Keir Starmer: for}
  - id: commons-bill-2015
    body: House of Commons
    date: 2015-09-11
    measure: Rivers Protection Bill second reading
    outcome: rejected
    tally: {for: 118, against: 330}
  - id: union-ballot
    body: Dockers Union
    date: 2024-05-10
    measure: Ratification of the port pay offer
    outcome: adopted
    tally: {for: 59, against: 41}
  - id: union-earlier-ballot
    body: Dockers Union
    date: 2024-04-28
    measure: Earlier port pay offer
    outcome: rejected
    tally: {for: 36, against: 64}
  - id: rate-cut
    body: Monetary Policy Committee
    date: 2024-05-10
    measure: Reduce Bank Rate by 0.25 percentage points to 5%
    outcome: adopted
    tally: {for: 5, against: 4}
    positions: {Andrew Bailey: for, Huw Pill: against}
  - id: speaker-removal
    body: House of Representatives
    date: 2024-05-07
    measure: Declaring the office of Speaker of the House vacant
    outcome: adopted
    tally: {for: 216, against: 210}
  - id: court-uphold
    body: High Court
    date: 2024-05-10
    measure: Uphold the Harbour Act's ban on night flights
    outcome: adopted
    tally: {for: 6, against: 3}
  - id: court-overrule
    body: High Court
    date: 2024-05-10
    measure: Overrule Marsh v. Dale and its rule on airport noise
    outcome: adopted
    tally: {for: 5, against: 4}
  - id: party-runoff
    body: Unity Party
    date: 2024-05-10
    measure: Runoff for party leader between Kemal Aydin and Selin Kaya
    outcome: adopted
    tally: {for: 215, against: 194}
"""
ON = dt.date(2024, 5, 10)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("world")
    (folder / "votes.yaml").write_text(WORLD, encoding="utf-8")
    return StoreIndex(load_store(folder))


def _suggestions(sentence: str, index: StoreIndex) -> list[tuple[dict, str, str]]:
    votes = [claim for claim in extract_claims(sentence) if claim.kind is ClaimKind.VOTE]
    return [(claim.fields, (s := suggest(claim, index, ON)).verdict.value, s.reason) for claim in votes]


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        # countries by their other names; each listed voter checked
        ("Russia voted for the resolution in the General Assembly.", ["verified"]),
        ("Britain, France and Russia abstained in the General Assembly.", ["verified", "disputed", "disputed"]),
        ("The U.S. and France were among the nine countries that voted against it in the General Assembly.",
         ["verified", "disputed"]),
        # a misspelt voter finds the record but never verifies
        ("Prime Minister Kier Starmer voted for the bill in the House of Commons.", ["disputed"]),
        ("Prime Minister Keir Starmer voted for the bill in the House of Commons.", ["verified"]),
    ],
)  # fmt: skip
def test_voters_by_any_name(world, sentence, verdicts):
    found = _suggestions(sentence, world)
    assert [verdict for fields, verdict, _ in found if fields.get("actor")] == verdicts, found


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        ("The House of Commons voted 320 to 275 in favour of the bill.", "disputed", "330 for, not 320"),
        ("The House of Commons voted 330 to 275 in favour of the bill.", "verified", "330-275"),
        ("The General Assembly voted 143 to 19 with 25 abstentions to back the resolution.", "disputed", "9 against"),
        # a wrong tally does not hide the record: a voter named in the sentence ties it
        ("The 5-4 ruling was written by Chief Justice John Roberts.", "disputed", "6 for, not 5"),
        ("About 69% of dockers voted in favour of the port pay offer, and 31% voted against.", "disputed", "59% for"),
        ("About 59% of dockers voted in favour of the port pay offer, and 41% voted against.", "verified", "adopted"),
        ("Kemal Aydin secured 205 votes to Selin Kaya's 194 in the runoff.", "disputed", "215 for, not 205"),
        # the earlier, rejected offer is further from the article's date: it does not bear the error out
        ("Dock workers voted on Friday to reject the port pay offer.", "disputed", "adopted, not rejected"),
        # a vote "to hold" is against a cut; "to cut" is for it
        ("Huw Pill voted to hold rates at 5.25%.", "verified", "Huw Pill: against"),
        ("Huw Pill voted to cut rates.", "disputed", "Huw Pill: against"),
        ("Andrew Bailey voted to lower rates.", "verified", "Andrew Bailey: for"),
        # the year in the sentence picks that year's record
        ("The previous Rivers Protection Bill in 2015 was defeated by 330 votes to 118.", "verified", "bill-2015"),
        # two decisions of one court that day: each tally goes with the measure it names
        (
            "The High Court voted 6-3 to uphold the Harbour Act's ban on night flights, and 5-4 to overrule Marsh.",
            "verified",
            "court-uphold",
        ),
        ("The High Court voted 7-2 to uphold the Harbour Act's ban on night flights.", "disputed", "6 for, not 7"),
        # the other decision's tally does not bear out this one's, though the sentence names both
        (
            "The High Court voted 5-4 to uphold the Harbour Act's ban on night flights, and overruled Marsh v. Dale.",
            "disputed",
            "6 for, not 5",
        ),
        # "on Thursday" is a day of the article's week: not the record of Tuesday's vote
        (
            "That bill, which funds federal agencies, passed the House of Representatives on Thursday by 335-91.",
            "unsupported",
            "",
        ),
        # "the council" is the Security Council the article named
        ("The United States vetoed the draft in the Security Council.", "verified", "sc-draft"),
    ],
)
def test_tallies_outcomes_and_records(world, sentence, verdict, reason):
    found = _suggestions(sentence, world)
    assert any(v == verdict and reason in r for _, v, r in found), found


def test_a_first_round_tally_is_not_the_runoffs(world):
    found = _suggestions("Selin Kaya led the first round with 181 votes against Kemal Aydin's 154.", world)
    assert found and all(verdict != "disputed" for _, verdict, _ in found), found


def test_the_council_sentence_is_checked_against_the_council_record(world):
    text = (
        "The United States vetoed a draft resolution in the Security Council on April 18. "
        "Twelve council members voted for the text, while Britain abstained."
    )
    votes = [claim for claim in extract_claims(text) if claim.kind is ClaimKind.VOTE and claim.fields.get("actor")]
    britain = next(claim for claim in votes if claim.fields["actor"] == "Britain")
    assert "sc-draft" in suggest(britain, world, ON).reason


def test_a_count_of_ballots_is_not_compared_with_a_record_in_shares(world):
    found = _suggestions("Some 2,100 members voted for the port pay offer.", world)
    assert found and all(verdict != "disputed" for _, verdict, _ in found), found


def test_a_tally_naming_no_measure_is_the_one_vote_of_the_article_s_days(tmp_path: Path) -> None:
    """ "The vote was 10-2": with one record of those days, the counts are checked against it."""
    (tmp_path / "votes.yaml").write_text(
        "votes:\n  - id: june-meeting\n    body: Rate Committee\n    date: 2024-06-12\n"
        "    measure: Lower the policy rate by a quarter point\n    outcome: adopted\n"
        "    tally: {for: 11, against: 1}\n",
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    (claim,) = [c for c in extract_claims("The vote was 10-2, officials said.") if c.kind is ClaimKind.VOTE]
    found = suggest(claim, index, dt.date(2024, 6, 12))
    assert found.verdict.value == "disputed" and "11 for, not 10" in found.reason, found.reason


def _tally_checked(index: StoreIndex, sentence: str, on: dt.date):
    """The suggestion for the sentence's vote claim that carries a tally."""
    (claim,) = [c for c in extract_claims(sentence) if c.kind is ClaimKind.VOTE and c.fields.get("tally")]
    return suggest(claim, index, on)


def test_last_june_before_a_tally_is_that_time_s_vote(tmp_path: Path) -> None:
    """ "confirmed her to the appeals court last June by 53-44": not the confirmation of the article's day."""
    (tmp_path / "votes.yaml").write_text(
        "votes:\n"
        "  - id: confirmation-2022\n    body: Senate\n    date: 2022-04-07\n"
        "    measure: Confirmation of Ana Ruiz to the Supreme Court\n    outcome: adopted\n"
        "    tally: {for: 53, against: 47}\n"
        "  - id: confirmation-2021\n    body: Senate\n    date: 2021-06-14\n"
        "    measure: Confirmation of Ana Ruiz to the Court of Appeals\n    outcome: adopted\n"
        "    tally: {for: 53, against: 44}\n",
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))

    def checked(sentence: str):
        return _tally_checked(index, sentence, dt.date(2022, 4, 7))

    said = (
        "Senator Ivo Pell voted against the nomination, as did Senator Tomas Weil, who had backed her when the "
        "Senate confirmed her to the appeals court last June by {}."
    )
    assert checked(said.format("53-44")).verdict.value == "verified"
    wrong = checked(said.format("52-45"))
    assert wrong.verdict.value == "disputed" and "53 for, not 52" in wrong.reason, wrong.reason


def test_a_lower_court_s_ruling_months_before_is_its_own_record(tmp_path: Path) -> None:
    """ "The Court of Appeal had ruled 2-1 in June": the appeal court's record of June, not the top court's
    ruling of the article's day; and "an appeal against a Court of Appeal ruling" is the top court's vote."""
    (tmp_path / "votes.yaml").write_text(
        "votes:\n"
        "  - id: top-court\n    body: Supreme Court\n    date: 2023-11-15\n"
        "    measure: Dismiss the minister's appeal\n    outcome: adopted\n    tally: {for: 5, against: 0}\n"
        "  - id: appeal-court\n    body: Court of Appeal\n    date: 2023-06-29\n"
        "    measure: Allow the appeal; the policy is unlawful\n"
        "    outcome: adopted\n    tally: {for: 2, against: 1}\n",
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    on = dt.date(2023, 11, 15)

    def checked(sentence: str):
        return _tally_checked(index, sentence, on)

    assert checked("The Court of Appeal had ruled 2-1 in June that the policy was unlawful.").verdict.value == (
        "verified"
    )
    wrong = checked("The Court of Appeal had ruled 3-0 in June that the policy was unlawful.")
    assert wrong.verdict.value == "disputed" and "2 for, not 3" in wrong.reason, wrong.reason
    top = checked("Five justices dismissed by a 4-1 majority the minister's appeal against a Court of Appeal ruling.")
    assert top.verdict.value == "disputed" and "5 for, not 4" in top.reason, top.reason


def test_a_weekday_in_another_clause_dates_something_else(tmp_path: Path) -> None:
    """ "filed the motion on Monday evening, two days after McCarthy relied on Democratic votes to pass a stopgap
    spending bill": Monday is the filing's day; Saturday's vote on the bill is the record."""
    (tmp_path / "votes.yaml").write_text(
        "votes:\n  - id: stopgap\n    body: House\n    date: 2023-09-30\n"
        "    measure: Continuing appropriations (stopgap spending bill averting a shutdown)\n"
        "    outcome: adopted\n    tally: {for: 335, against: 91}\n",
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    said = (
        "Ann Bly filed the motion on Monday evening, two days after the Speaker relied on votes to {} a stopgap"
        " spending bill."
    )

    def verdict(verb: str) -> str:
        (claim,) = [c for c in extract_claims(said.format(verb)) if c.kind is ClaimKind.VOTE]
        return suggest(claim, index, dt.date(2023, 10, 3)).verdict.value

    assert verdict("pass") == "verified"
    assert verdict("reject") == "disputed"


def test_the_one_record_of_the_week_with_the_tally_on_another_weekday(tmp_path: Path) -> None:
    """ "approved the bill on Thursday by 51-50": the week's one record with that tally was of Sunday, so the
    day is wrong; a weekday with no such record is no dispute."""
    (tmp_path / "votes.yaml").write_text(
        "votes:\n"
        "  - id: senate-passage\n    body: Senate\n    date: 2022-08-07\n"
        "    measure: Passage of the climate and tax bill\n    outcome: adopted\n    tally: {for: 51, against: 50}\n"
        "  - id: house-concur\n    body: House\n    date: 2022-08-12\n"
        "    measure: Concur in the Senate amendment to the climate and tax bill\n    outcome: adopted\n"
        "    tally: {for: 220, against: 207}\n",
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))

    def checked(sentence: str):
        return _tally_checked(index, sentence, dt.date(2022, 8, 12))

    assert checked("The Senate approved the bill on Sunday by a vote of 51-50.").verdict.value == "verified"
    wrong = checked("The Senate approved the bill on Thursday by a vote of 51-50.")
    assert wrong.verdict.value == "disputed" and "Sunday, August 7, 2022, not Thursday" in wrong.reason, wrong.reason
    assert checked("The Senate approved the bill on Thursday by a vote of 52-49.").verdict.value == "unsupported"


MONTHS_VOTES = (
    "votes:\n"
    "  - id: mpc-feb\n    body: Monetary Policy Committee\n    date: 2025-02-07\n"
    "    measure: Reduce the policy repo rate by 25 basis points to 6.25 per cent\n    outcome: adopted\n"
    "    tally: {for: 6, against: 0}\n"
    "  - id: mpc-dec\n    body: Monetary Policy Committee\n    date: 2024-12-06\n"
    "    measure: Keep the policy repo rate unchanged at 6.50 per cent\n    outcome: adopted\n"
    "    tally: {for: 4, against: 2}\n"
    "  - id: assembly-jan\n    body: National Assembly of France\n    date: 2024-01-30\n"
    "    measure: Constitutional bill on the freedom to end a pregnancy, first reading\n    outcome: adopted\n"
    "    tally: {for: 493, against: 30}\n"
)


@pytest.mark.parametrize(
    ("said", "on", "right", "wrong", "record", "reason"),
    [
        # "At its previous meeting in December, the committee voted 4-2": not the record of the article's day
        ("At its previous meeting in December, the committee voted {} to keep the rate unchanged.",
         dt.date(2025, 2, 7), "4-2", "5-1", "mpc-dec", "4 for, not 5"),
        # "approved the bill by 493 votes to 30 in January", in a report of March: January's record
        ("The National Assembly approved the bill by {} in January, and the Senate backed it on Wednesday.",
         dt.date(2024, 3, 4), "493 votes to 30", "493 votes to 40", "assembly-jan", "30 against"),
    ],
)  # fmt: skip
def test_a_month_the_sentence_gives_its_vote_is_that_month_s_record(
    tmp_path: Path, said: str, on: dt.date, right: str, wrong: str, record: str, reason: str
) -> None:
    (tmp_path / "votes.yaml").write_text(MONTHS_VOTES, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    found = _tally_checked(index, said.format(right), on)
    assert found.verdict.value == "verified" and record in found.reason, found.reason
    found = _tally_checked(index, said.format(wrong), on)
    assert found.verdict.value == "disputed" and reason in found.reason, found.reason
