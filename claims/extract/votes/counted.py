"""Vote mentions made from counts: shares of a ballot, one side's count, a second decision's own tally."""

from __future__ import annotations

from typing import Any

from factdesk.claims.extract.votes.mention import VoteMention, clean_measure
from factdesk.claims.extract.votes.positions import measure_after
from factdesk.claims.extract.votes.tallies import find_shares, share_won_by
from factdesk.claims.sentences import Sentence


def shares(
    text: str, outcome: str | None, outcome_span: tuple[int, int] | None
) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """A tally in shares of the vote: "59% voted in favour", or the share an outcome was won by ("rejected by 64%")."""
    if "%" not in text and "cent" not in text:
        return None
    if outcome is not None and outcome_span is not None:
        won_by = share_won_by(text[outcome_span[1] :], outcome_span[1], outcome)
        if won_by:
            return won_by
    return find_shares(text) if "vot" in text else None


def outcome_of_shares(shares: dict[str, Any]) -> str | None:
    """A majority of the ballots decides: 59% in favour passed it, 64% against rejected it."""
    if shares.get("for", 0) > 50 or shares.get("against", 100) < 50:
        return "adopted"
    if shares.get("against", 0) > 50 or shares.get("for", 100) < 50:
        return "rejected"
    return None


def side_count(
    sentence: Sentence, counted: tuple[dict[str, Any], tuple[int, int]], body: str | None, measure: str | None
) -> VoteMention:
    fields: dict[str, Any] = {"tally": counted[0]}
    target = None if measure else measure_after(sentence.text, counted[1][1])
    measure = measure or target
    if measure:
        fields["measure"] = measure
    if body:
        fields["body"] = body
    return VoteMention(sentence.start + counted[1][0], sentence.start + counted[1][1], fields)


def second_decision(
    sentence: Sentence,
    second: tuple[dict[str, Any], tuple[int, int], str, str | None],
    body: str | None,
    first_measure: str | None,
) -> VoteMention:
    """ "..., and 5-4 to overrule Roe": a decision of its own, with its own tally and measure; "..., and the
    Senate followed, voting 52-19": the same measure, decided by another body."""
    counts, (start, end), decided, other_body = second
    measure = clean_measure(decided)[0] if decided else first_measure
    body = other_body or body
    fields: dict[str, Any] = {
        "outcome": "adopted" if counts["for"] > counts["against"] else "rejected",
        **({"measure": measure} if measure else {}),
        **({"body": body} if body else {}),
        "tally": counts,
    }
    return VoteMention(sentence.start + start, sentence.start + end, fields)
