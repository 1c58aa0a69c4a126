"""A vote claim's tally against a record's: count for count, counts written the other way round, and
shares of the ballots ("59% to 41%") against the record's counts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from factdesk.sources.model import Vote


def tally_problems(claimed: dict[str, Any], vote: Vote, outcome: str | None = None) -> list[str]:
    """How the claimed tally differs from the record's: each count, and counts written the other way round
    (but for a rejection the record bears out: "the Senate rejected the bill 38-24" writes the prevailing side
    first, as the press does)."""
    assert vote.tally is not None
    recorded = {"for": vote.tally.votes_for, "against": vote.tally.against, "abstain": vote.tally.abstain}
    if claimed.get("percent"):
        return _share_problems(claimed, recorded)
    total = sum(value or 0 for value in recorded.values())
    if _in_shares(total) and any(isinstance(v, (int, float)) and v > total for v in claimed.values()):
        return []  # the record gives shares, the article a count of ballots: they cannot be compared
    wrong = [key for key, value in claimed.items() if recorded.get(key) is not None and recorded[key] != value]
    if not wrong:
        return []
    if claimed.get("for") == recorded["against"] and claimed.get("against") == recorded["for"]:
        if outcome == vote.outcome.value == "rejected":
            return []
        return [
            f"the record's tally is {recorded['for']} for and {recorded['against']} against, "
            f"not {claimed['for']}-{claimed['against']} (the counts are the other way round)"
        ]
    return [f"the record's tally has {recorded[key]} {key}, not {claimed[key]}" for key in wrong]


def _in_shares(total: int) -> bool:
    """A record whose counts add up to 100 (give or take rounding) gives shares of the ballots, not ballots."""
    return 99 <= total <= 101


def _share_problems(claimed: dict[str, Any], recorded: dict[str, int | None]) -> list[str]:
    """A tally in shares against the record's counts: each side's share of the ballots cast for or against."""
    cast = (recorded["for"] or 0) + (recorded["against"] or 0)
    if not cast:
        return []
    in_shares = _in_shares(cast)  # the record itself gives shares
    problems = []
    for key in ("for", "against"):
        if key not in claimed or recorded[key] is None:
            continue
        share = float(recorded[key] or 0) if in_shares else 100.0 * (recorded[key] or 0) / cast
        if abs(share - float(claimed[key])) <= (0.5 if in_shares else 1.0):  # a rounded share is the same
            continue
        if not in_shares and _of_every_ballot(float(claimed[key]), recorded[key] or 0, cast, recorded["abstain"]):
            continue
        problems.append(f"the record's tally gives {share:.3g}% {key}, not {claimed[key]}%")
    return problems


_UNCOUNTED_BALLOTS = 4.0  # points: blank and spoilt ballots a record of votes for and against leaves out


def _of_every_ballot(claimed: float, side: int, cast: int, abstained: int | None) -> bool:
    """Whether a share below the record's is of every ballot, abstentions or blank and spoilt ones among them
    ("77.18% of those who voted" against counts giving 80.5% of the votes for and against)."""
    if abstained and abs(100.0 * side / (cast + abstained) - claimed) <= 1.0:
        return True
    return 0 < 100.0 * side / cast - claimed <= _UNCOUNTED_BALLOTS


def same_tally(claimed: Any, vote: Vote) -> bool:
    """Whether a claimed tally ({"for": 5, "against": 4}) is the record's, count for count."""
    if not isinstance(claimed, Mapping) or vote.tally is None or claimed.get("percent"):
        return False
    return claimed.get("for") == vote.tally.votes_for and claimed.get("against") == vote.tally.against


_ANOTHER_ELECTORATE = 2.0  # one tally's voters this many times the other's: not the same body's vote


def another_electorate(claimed: Any, vote: Vote) -> bool:
    """Whether a claimed count of votes is of another body than the record's: "190 lawmakers voted 190-0" is not
    the 8-0 of a court the same week, whatever the sentence's other words share with it. Shares, and records of
    shares, say nothing of how many voted."""
    if not isinstance(claimed, Mapping) or vote.tally is None or claimed.get("percent"):
        return False
    cast = sum(value for key in ("for", "against") if isinstance(value := claimed.get(key), int))
    recorded = (vote.tally.votes_for or 0) + (vote.tally.against or 0)
    if cast <= 0 or recorded <= 0 or _in_shares(recorded):
        return False
    return max(cast, recorded) >= _ANOTHER_ELECTORATE * min(cast, recorded) and abs(cast - recorded) >= 5


_A_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*")


def another_vote(fields: Mapping[str, Any], vote: Vote) -> bool:
    """Whether a vote claim cannot be the record's: a count of another electorate, or a person elected or
    confirmed by another tally whom the record's measure does not name ("elected Mickey Levy as speaker by 67
    votes to 52" is not the day's 60-59 confidence vote)."""
    tally, measure = fields.get("tally"), str(fields.get("measure") or "")
    if another_electorate(tally, vote):
        return True
    if not tally or vote.tally is None or same_tally(tally, vote) or not _A_NAME.fullmatch(measure):
        return False
    recorded = vote.measure.lower()
    return not any(word.lower().removesuffix("'s").removesuffix("’s") in recorded for word in measure.split())
