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
        (
            "The Supreme Court ruled 6-3 that the law was unconstitutional.",
            [{"outcome": "adopted", "body": "Supreme Court", "tally": {"for": 6, "against": 3}}],
        ),
        (
            "The resolution was rejected by a vote of 3 to 12.",
            [{"outcome": "rejected", "measure": "resolution", "tally": {"for": 3, "against": 12}}],
        ),
    ],
)
def test_votes_in_news(text: str, expected: list[dict]) -> None:
    assert votes(text)[: len(expected)] == expected


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
    assert votes("The chamber was left deadlocked at 50-50 after the vote.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sen. Sherrod Brown, D-Ohio, who wrote the bill, voted against it.",
            {"actor": "Sherrod Brown", "position": "against"},
        ),
        ("The Health Secretary, Wes Streeting, voted in favour.", {"actor": "Wes Streeting", "position": "for"}),
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
