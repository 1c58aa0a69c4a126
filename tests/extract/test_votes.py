"""Votes as news writes them: sentence -> the vote claims' fields (table-driven)."""

from __future__ import annotations

import pytest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind


def votes(text: str) -> list[dict]:
    return [claim.fields for claim in extract_claims(text) if claim.kind is ClaimKind.VOTE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The government survived a no-confidence vote, 300 to 250.",
            [{"outcome": "rejected", "measure": "no-confidence motion", "tally": {"for": 250, "against": 300}}],
        ),
        (
            # a two-thirds vote that fell short: "failed" decides, whatever the larger count
            "A resolution to expel Rep. Ann Bly, 60, of Knoxville, failed 65-30, one vote short of the 66 required.",
            [{"outcome": "rejected", "tally": {"for": 65, "against": 30}}],
        ),
        (
            "The president vetoed the bill on Friday.",
            [{"actor": "President", "position": "veto", "measure": "bill"}, {"outcome": "vetoed", "measure": "bill"}],
        ),
        (
            "Voting for the action were Jerome H. Powell, Chair; John C. Williams, Vice Chair; and Michelle W. "
            "Bowman. Voting against were Stephen Miran and Christopher Waller.",
            [
                {"actor": "Jerome H. Powell", "position": "for"},
                {"actor": "John C. Williams", "position": "for"},
                {"actor": "Michelle W. Bowman", "position": "for"},
            ],
        ),
        (
            "Justices Clarence Thomas and Samuel Alito dissented.",
            [{"actor": "Clarence Thomas", "position": "against"}, {"actor": "Samuel Alito", "position": "against"}],
        ),
        (  # a concurrence is a vote for the judgment; each side's names are those of its own clause
            "Justice Jackton Ojwang concurred in the judgment while Justice Njoki Ndungu dissented.",
            [{"actor": "Jackton Ojwang", "position": "for"}, {"actor": "Njoki Ndungu", "position": "against"}],
        ),
        (
            "The Supreme Court ruled 6-3 that the law was unconstitutional.",
            [{"outcome": "adopted", "body": "Supreme Court", "tally": {"for": 6, "against": 3}}],
        ),
        # what was decided, in the infinitive after the tally (and not the day it was voted)
        (
            "The council voted 7-2 to repeal the payroll tax on Tuesday.",
            [{"outcome": "adopted", "measure": "repeal the payroll tax", "tally": {"for": 7, "against": 2}}],
        ),
        # the body a vote was cast in, named right after it: "the council" is the Security Council named before
        (
            "The General Assembly voted on Friday and urged the Security Council to reconsider, weeks after the"
            " United States vetoed the bid in the council.",
            [
                {"actor": "United States", "position": "veto", "body": "Security Council", "measure": "bid"},
                {"outcome": "vetoed", "measure": "bid", "body": "Security Council"},
            ],
        ),
        (
            "The resolution was rejected by a vote of 3 to 12.",
            [{"outcome": "rejected", "measure": "resolution", "tally": {"for": 3, "against": 12}}],
        ),
    ],
)
def test_votes_in_news(text: str, expected: list[dict]) -> None:
    assert votes(text)[: len(expected)] == expected


def test_a_dissents_own_proposal_is_no_vote_for_the_decision() -> None:
    assert votes("Two members, Tomas Weil and Ana Vidal, voted for a larger rise of half a point.") == []
    # a move of its own size: those preferring a quarter-point cut voted against the half-point cut decided
    assert votes("Directors Diogo Guillen and Fernanda Guardado voted for a quarter-point cut.") == []
    assert votes("Jerome Powell voted for the quarter-point cut.") == [{"actor": "Jerome Powell", "position": "for"}]


def test_a_dissent_told_of_another_vote_is_not_this_one() -> None:
    text = (
        "Chair Ana Ruiz and Governor Tomas Weil, who had dissented against the cut in March, "
        "all voted with the majority."
    )
    assert votes(text) == [
        {"actor": "Ana Ruiz", "position": "for"},
        {"actor": "Tomas Weil", "position": "for"},
    ]


def test_members_voting_against_are_named_against() -> None:
    text = "Voting for the action were Esther George and Loretta Mester. Voting against was Thomas Hoenig."
    against = [fields["actor"] for fields in votes(text) if fields.get("position") == "against"]
    assert against == ["Thomas Hoenig"]


def test_a_list_of_voters_each_gets_the_position() -> None:
    text = "Sens. Mitch McConnell of Kentucky, Susan Collins of Maine and Lisa Murkowski of Alaska voted no."
    assert [(f["actor"], f["position"]) for f in votes(text)] == [
        ("Mitch McConnell", "against"),
        ("Susan Collins", "against"),
        ("Lisa Murkowski", "against"),
    ]


def test_a_tie_decides_nothing_by_itself() -> None:
    """No outcome is claimed for a deadlock; its count still is a claim (a planted 51-49 must be caught)."""
    assert votes("The chamber was left deadlocked at 50-50 after the vote.") == [{"tally": {"for": 50, "against": 50}}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sen. Sherrod Brown, D-Ohio, who wrote the bill, voted against it.",
            {"actor": "Sherrod Brown", "position": "against"},
        ),
        ("The Health Secretary, Wes Streeting, voted in favour.", {"actor": "Wes Streeting", "position": "for"}),
        (  # a long relative clause between the voter and the vote
            "Deputy Governor Shinichi Uchida, who said last month that it was hard to imagine the bank raising "
            "rates rapidly once it left negative territory, voted against the change.",
            {"actor": "Shinichi Uchida", "position": "against"},
        ),
        (
            "MPs have voted to reject the assisted dying bill by 330 votes to 275.",
            {"outcome": "rejected", "measure": "assisted dying bill", "tally": {"for": 275, "against": 330}},
        ),
        (
            "The amendment to cut the parking increase to 8 percent passed 5-2.",
            {"outcome": "adopted", "measure": "amendment", "tally": {"for": 5, "against": 2}},
        ),
    ],
)
def test_voters_and_outcomes_as_wire_copy_writes_them(text: str, expected: dict) -> None:
    assert expected in votes(text)


def test_as_did_and_a_list_with_offices() -> None:
    assert [
        (f["actor"], f["position"])
        for f in votes("Wes Streeting voted against, as did the Deputy Prime Minister, Angela Rayner.")
    ] == [("Wes Streeting", "against"), ("Angela Rayner", "against")]
    listed = votes("Council President Raymond Delgado and council member Tom Whitfield voted no.")
    assert [(f["actor"], f["position"]) for f in listed] == [
        ("Raymond Delgado", "against"),
        ("Tom Whitfield", "against"),
    ]


def test_a_justice_writing_the_dissent_voted_against() -> None:
    text = "The court ruled 6-3, with Justice Elena Kagan writing the dissent."
    assert [(f["actor"], f["position"]) for f in votes(text) if "actor" in f] == [("Elena Kagan", "against")]


def test_firefighters_who_cleared_an_area_cast_no_vote() -> None:
    assert votes("Firefighters cleared the area on Tuesday after the blaze.") == []


def test_court_opinion_authors_and_joiners_vote() -> None:
    text = (
        "Justice Samuel Alito wrote the majority opinion. "
        "Justice Elena Kagan wrote the principal dissent, joined by Justice Neil Gorsuch."
    )
    assert [(f["actor"], f["position"]) for f in votes(text)] == [
        ("Samuel Alito", "for"),
        ("Elena Kagan", "against"),
        ("Neil Gorsuch", "against"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belgium, Chile, Kenya and Norway abstained.",
            [("Belgium", "abstain"), ("Chile", "abstain"), ("Kenya", "abstain"), ("Norway", "abstain")],
        ),
        (
            "Brazil, Mexico and the Czech Republic were among the 12 countries that voted against the text.",
            [("Brazil", "against"), ("Mexico", "against"), ("Czech Republic", "against")],
        ),
        (
            "Spain and Italy abstained, while Poland, Austria and Greece voted in favour.",
            [("Spain", "abstain"), ("Italy", "abstain"), ("Poland", "for"), ("Austria", "for"), ("Greece", "for")],
        ),
        # a clause opener is not a voter
        (
            "On Tuesday, Denmark and Finland voted against the proposal.",
            [("Denmark", "against"), ("Finland", "against")],
        ),
        (
            "Sen. Maria Cantwell, the Washington Democrat who leads the Senate Commerce Committee, backed the nominee.",
            [("Maria Cantwell", "for")],
        ),
    ],
)
def test_every_listed_voter_gets_the_position(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f["actor"], f["position"]) for f in votes(text) if "actor" in f] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Bundestag voted 412 to 210 in favour of the reform.",
            {"outcome": "adopted", "body": "Bundestag", "tally": {"for": 412, "against": 210}},
        ),
        (
            "The Human Rights Council voted 28 to 6 with 13 abstentions to adopt the resolution.",
            {"outcome": "adopted", "tally": {"for": 28, "against": 6, "abstain": 13}},
        ),
        (
            "Parliament confirmed Maria Lopez by 377 votes to 201.",
            {"outcome": "adopted", "measure": "Maria Lopez", "tally": {"for": 377, "against": 201}},
        ),
        (
            "Kemal Aydin won 118 votes to Selin Kaya's 97 in the party ballot.",
            {"outcome": "adopted", "tally": {"for": 118, "against": 97}},
        ),
        (
            "About 73% of nurses voted in favour of the pay deal, and 27% voted against.",
            {"outcome": "adopted", "tally": {"for": 73, "against": 27, "percent": True}},
        ),
        (
            "An earlier pay offer was voted down by 81% in March.",
            {"outcome": "rejected", "measure": "earlier pay offer", "tally": {"against": 81, "percent": True}},
        ),
        (  # the sides counted in either order, with who cast them; who brought the motion, and when
            "A similar motion brought by Podemos in June 2017 was defeated, with 170 deputies voting against, "
            "82 in favour and 97 abstaining.",
            {"outcome": "rejected", "measure": "similar motion", "tally": {"for": 82, "against": 170, "abstain": 97}},
        ),
        (
            "Dock workers voted on Friday to reject the wage agreement.",
            {"outcome": "rejected", "measure": "wage agreement"},
        ),
        (
            "The treaty, rejected at a special session of the Senate, would have cut tariffs.",
            {"outcome": "rejected", "measure": "treaty", "body": "Senate"},
        ),
        (
            "The Online Safety Bill, introduced by the culture secretary, passed its third reading on Tuesday.",
            {"outcome": "adopted", "measure": "Online Safety Bill third reading"},
        ),
        (
            "Thirteen council members voted for the draft, while Russia abstained.",
            {"tally": {"for": 13}, "measure": "draft"},
        ),
        (
            "Poland and Chile were among the seven countries that voted against the resolution.",
            {"tally": {"against": 7}, "measure": "resolution"},
        ),
        (
            "The mayor criticised the rejection of Riverside Park as a site for the stadium.",
            {"outcome": "rejected", "measure": "Riverside Park"},
        ),
        (
            "A similar proposal in 2019 was defeated by 312 votes to 90.",
            {"outcome": "rejected", "tally": {"for": 90, "against": 312}},
        ),
        (
            "Ana Ruiz's nomination was approved by the Senate on Wednesday, 50-47.",
            {"outcome": "adopted", "measure": "Ana Ruiz's nomination", "tally": {"for": 50, "against": 47}},
        ),
        (
            "The resolution to expel Rep. Ana Ruiz of Knoxville passed, 65-30, one short of the majority.",
            {"outcome": "adopted", "measure": "resolution", "tally": {"for": 65, "against": 30}},
        ),
        (
            "Rep. Ana Ruiz was expelled on a vote of 72-25, and Rep. Tom Hale was removed on a vote of 69-26.",
            {"outcome": "adopted", "measure": "Tom Hale", "tally": {"for": 69, "against": 26}},
        ),
        (
            "The draft received 11 votes in favor with three abstentions, while Russia voted against.",
            {"tally": {"for": 11, "abstain": 3}},
        ),
        (
            "The spending bill cleared the Senate 68-31 on Thursday.",
            {"outcome": "adopted", "body": "Senate", "tally": {"for": 68, "against": 31}},
        ),
        # a rejection right before its tally: the first count is the side that threw it out
        (
            "Earlier in the evening MPs threw out, by 600 votes to 24, an amendment from a backbencher.",
            {"outcome": "rejected", "tally": {"for": 24, "against": 600}},
        ),
        # an apposition between the measure and its fate
        (
            "The motion of censure, tabled by the left-wing alliance and backed by the far right, was adopted "
            "with 331 votes.",
            {"outcome": "adopted", "measure": "motion"},
        ),
        (
            "The first impeachment motion, on Dec. 7, failed when most ruling party lawmakers walked out.",
            {"outcome": "rejected"},
        ),
        # an impeachment trial's verdict, and the whole of the name voted on
        (
            "The Senate, sitting as an impeachment court, on Tuesday voted to convict Chief Justice Renato Corona.",
            {"outcome": "adopted", "measure": "Chief Justice Renato Corona"},
        ),
        (
            "The Senate voted to acquit Andrew Johnson by a single vote.",
            {"outcome": "rejected", "measure": "Andrew Johnson"},
        ),
        ("The Senate voted 51-50 to confirm Betsy DeVos as education secretary.", {"measure": "Betsy DeVos"}),
        # one member's vote said as what it was
        (
            "Robert Holzmann, governor of the Austrian central bank, was the lone dissent.",
            {"actor": "Robert Holzmann", "position": "against"},
        ),
        (
            "Ana Vidal, the board's newest member, was the only abstention.",
            {"actor": "Ana Vidal", "position": "abstain"},
        ),
        # two votes in one sentence: an election, and the confidence vote the outgoing government lost
        (
            "Parliament elected Donald Tusk as prime minister on Monday, hours after the government of Mateusz "
            "Morawiecki lost a vote of confidence.",
            {"outcome": "rejected", "measure": "confidence motion"},
        ),
        # the other chamber's vote on the same measure, joined to the first
        (
            "The House passed the enabling legislation 121-25 on May 31, and the Senate followed on June 19, "
            "voting 52-19.",
            {"outcome": "adopted", "body": "Senate", "tally": {"for": 52, "against": 19}},
        ),
    ],
)
def test_tallies_and_outcomes_in_ordinary_wording(text: str, expected: dict) -> None:
    found = votes(text)
    assert any(all(fields.get(key) == value for key, value in expected.items()) for fields in found), found


def test_a_tally_is_never_also_a_quantity() -> None:
    claims = extract_claims("The Bundestag voted 412 to 210 in favour of the reform.")
    assert [claim.kind for claim in claims if "412" in claim.text or "210" in claim.text] == [ClaimKind.VOTE]


def test_the_council_is_the_one_the_article_named() -> None:
    text = (
        "Russia vetoed a draft resolution in the Security Council on Monday. "
        "Eleven council members voted in favour, while India and Brazil abstained."
    )
    assert [f.get("body") for f in votes(text) if f.get("actor") in ("India", "Brazil")] == [
        "Security Council",
        "Security Council",
    ]


def test_one_veto_is_one_claim() -> None:
    found = votes("The vote came a week after China vetoed a draft resolution in the Security Council.")
    assert [f for f in found if f.get("position") == "veto"] == [
        {"actor": "China", "position": "veto", "body": "Security Council", "measure": "draft"}
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Huw Pill voted against the cut, as did Megan Greene, Jonathan Haskel and Catherine Mann.",
            [("Huw Pill", "against"), ("Megan Greene", "against"), ("Jonathan Haskel", "against"),
             ("Catherine Mann", "against")],
        ),
        (
            "Portugal voted for the resolution, as did Germany, Italy and the Netherlands.",
            [("Portugal", "for"), ("Germany", "for"), ("Italy", "for"), ("Netherlands", "for")],
        ),
        (
            "The 7-2 ruling, written by Justice Neil Gorsuch, was joined by Justices Elena Kagan and John Roberts.",
            [("Neil Gorsuch", "for"), ("Elena Kagan", "for"), ("John Roberts", "for")],
        ),
        (
            "Andrew Bailey sided with Megan Greene and Sarah Breeden in favour of a cut.",
            [("Andrew Bailey", "for"), ("Megan Greene", "for"), ("Sarah Breeden", "for")],
        ),
    ],
)  # fmt: skip
def test_voters_who_did_as_another_did(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f["actor"], f["position"]) for f in votes(text) if "actor" in f] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Argentina beat France 4-3 on penalties after a 3-3 draw, days after the vote.",
        "Italy won 4-2 on penalties after the vote on the new stadium.",
        "The hosts led 2-1 at half-time of the match played on the day of the vote.",
    ],
)
def test_a_match_score_is_not_a_tally(text: str) -> None:
    assert [fields for fields in votes(text) if "tally" in fields] == []


@pytest.mark.parametrize(
    "text",
    [
        "Three Republicans voted against the bill.",  # a count of a party's members, not a voter or the side's count
        "Patients would need the approval of two independent doctors and a judge.",  # no named measure
    ],
)
def test_counts_and_approvals_that_are_not_votes(text: str) -> None:
    assert votes(text) == []


def test_a_vote_to_hold_or_cut_is_a_stance_each_listed_voter_shares() -> None:
    text = "Isabel Schnabel voted to hold rates at 3.75%, as did Philip Lane and Luis de Guindos."
    assert [(f["actor"], f["measure"]) for f in votes(text)] == [
        ("Isabel Schnabel", "to hold rates at 3.75%"),
        ("Philip Lane", "to hold rates at 3.75%"),
        ("Luis de Guindos", "to hold rates at 3.75%"),
    ]


def test_backed_is_a_vote_only_beside_one() -> None:
    assert votes("Ed Davey backed the bill after months of lobbying.") == []
    reported = votes("MPs voted 330 to 275 on Friday. Ed Davey backed the bill after months of lobbying.")
    assert {"actor": "Ed Davey", "position": "for", "measure": "bill"} in reported


def test_a_clause_opener_is_not_part_of_the_voter_nor_an_adoption_a_vote() -> None:
    assert votes("After the United States abstained on the resolution, the talks resumed.") == [
        {"actor": "United States", "position": "abstain", "measure": "resolution"}
    ]
    assert votes("Warhol's adoption of the Polaroid camera changed his process.") == []


def test_parties_listed_as_voters_are_kept() -> None:
    found = votes("Democrats and Republicans voted against the measure in a rare show of unity.")
    assert [(f["actor"], f["position"]) for f in found] == [("Democrats", "against"), ("Republicans", "against")]


def test_a_voters_rejected_is_a_position_only_beside_a_reported_vote() -> None:
    text = "Sen. Ana Reyes rejected the nominee, while Sen. Tomas Weil voted no."
    assert [(v["actor"], v["position"]) for v in votes(text)] == [("Ana Reyes", "against"), ("Tomas Weil", "against")]
    assert votes("Sen. Ana Reyes rejected the nominee's plan for the agency.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision with a tally and no measure noun; a court's "6-3 decision"
        ("The decision was approved 11-1.", {"outcome": "adopted", "tally": {"for": 11, "against": 1}}),
        # the verb right before the tally is the outcome, whatever was decided
        ("The decision was rejected 11-1.", {"outcome": "rejected", "tally": {"for": 11, "against": 1}}),
        ("The court struck the law down in a 6-3 decision.", {"outcome": "adopted", "tally": {"for": 6, "against": 3}}),
        # a chamber's committee is its own body
        ("The Senate Judiciary Committee deadlocked 11-11 on the nomination.", {"body": "Senate Judiciary Committee"}),
    ],
)
def test_decisions_and_committees(text: str, expected: dict) -> None:
    (found, *_) = votes(text)
    assert {key: found.get(key) for key in expected} == expected


def test_a_second_tally_joined_to_the_first_is_a_decision_of_its_own() -> None:
    found = votes("The court voted 6-3 to uphold the state law, and 5-4 to overrule the 1973 precedent.")
    assert [(v["tally"], v.get("measure")) for v in found] == [
        ({"for": 6, "against": 3}, "uphold the state law"),
        ({"for": 5, "against": 4}, "overrule the 1973 precedent"),
    ]
    found = votes("The court ruled 6-3 against the state university and 6-2 against Harvard.")
    assert found[-1] == {"outcome": "adopted", "measure": "Harvard", "tally": {"for": 6, "against": 2}}
    # scores are not tallies
    assert votes("Spain beat Italy 2-1 and drew 1-1 with Croatia.") == []


@pytest.mark.parametrize(
    ("text", "outcome", "measure"),
    [
        # a government asks for confidence: losing it is the motion rejected
        ("Chancellor Olaf Scholz lost a vote of confidence in the Bundestag.", "rejected", "confidence motion"),
        ("The prime minister won a confidence vote on Tuesday.", "adopted", "confidence motion"),
        # the opposition moves no confidence: surviving it is the motion rejected
        ("The government survived a no-confidence vote.", "rejected", "no-confidence motion"),
        ("The prime minister lost a vote of no confidence.", "adopted", "no-confidence motion"),
    ],
)
def test_votes_of_confidence_and_of_no_confidence(text: str, outcome: str, measure: str) -> None:
    (found,) = votes(text)
    assert (found["outcome"], found["measure"]) == (outcome, measure)


def test_a_vote_supposed_but_not_held_is_no_claim() -> None:
    assert votes("Had the first motion passed, the government would have been forced to resign.") == []
    assert votes("If approved by the Senate, the bill would cut taxes.") == []


def test_voting_to_strike_down_a_law_is_no_strike_ballot() -> None:
    found = votes("Chief Justice John Roberts voted to strike down the Mississippi statute.")
    assert not [fields for fields in found if fields.get("measure") == "strike action"], found
    assert [fields["measure"] for fields in votes("Postal workers voted overwhelmingly to strike over pay.")] == [
        "strike action"
    ]


def test_some_members_backing_a_measure_is_not_its_outcome() -> None:
    found = votes("Only three Labour MPs backed the agreement.")
    assert not [fields for fields in found if "outcome" in fields], found
    assert [fields.get("outcome") for fields in votes("British lawmakers approved the bill on Tuesday.")] == ["adopted"]


def test_a_candidate_ahead_in_a_round_has_won_nothing_yet() -> None:
    """ "X led with 38 votes to Y's 36": a round's standing, not a decision (its counts are still figures)."""
    assert votes("In the first round, Dutton led with 38 votes to Morrison's 36.") == []
    assert votes("Morrison won the ballot, securing 45 votes to Dutton's 40.")


@pytest.mark.parametrize(
    ("text", "outcome", "measure_word"),
    [
        # a referendum's electorate, a company's shareholders, a congress's members
        ("Chilean voters have rejected a proposed new constitution by a wide margin.", "rejected", "constitution"),
        ("Activision's shareholders approved the sale at a special meeting in April.", "adopted", "sale"),
        (
            "Earlier the 207 voting members - Kuwait and Indonesia, both suspended, did not take part - approved a "
            "package of governance reforms.",
            "adopted",
            "package",
        ),
        # an apposition holding a list of names
        (
            "The resolution, drafted by France, Britain and Germany together with the United States, was rejected "
            "in a closed-door vote.",
            "rejected",
            "resolution",
        ),
    ],
)
def test_outcomes_of_electorates_and_of_measures_with_long_appositions(text: str, outcome: str, measure_word: str):
    found = votes(text)
    assert any(f.get("outcome") == outcome and measure_word in f.get("measure", "") for f in found), found
