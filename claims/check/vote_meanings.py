"""What a vote claim says, read in the words of the record's measure.

"Huw Pill voted to hold rates" is a vote against a record's "Reduce Bank Rate"; "the court upheld the
victory" is the rejection of a record's "Petition seeking to annul the result". The claim's position or
outcome is turned round where the two word the decision from opposite ends, and is None where the
record's measure does not say which way it goes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from factdesk.claims.extract.votes.ruling_words import ruled_challenge
from factdesk.claims.extract.votes.rulings import might_be_a_ruling, record_challenge_won
from factdesk.claims.extract.votes.stances import direction
from factdesk.sources.model import Vote

_OTHER_OUTCOME = {"adopted": "rejected", "rejected": "adopted"}
_OTHER_POSITION = {"for": "against", "against": "for"}


def position_meant(fields: Mapping[str, Any], vote: Vote) -> str | None:
    """The claim's position on the record's measure: a vote "to hold rates" is against a cut."""
    position = fields.get("position")
    measure = str(fields.get("measure") or "")
    if not measure.startswith("to ") or position not in ("for", "against"):
        return position
    claimed, recorded = direction(measure), direction(vote.measure)
    if claimed is None or recorded is None:
        return None
    if claimed == recorded:
        return str(position)
    return _OTHER_POSITION[position]


def outcome_meant(fields: Mapping[str, Any], vote: Vote) -> str | None:
    """The claim's outcome on the record's measure: a court that "upheld the maps" rejected a record's
    challenge that they "violate" the constitution; one that "dismissed the petitions" adopted a record's
    "petitions rejected in their entirety"."""
    outcome = str(fields["outcome"])
    claimed = _ruling_of(fields, vote)
    if claimed is None or outcome not in _OTHER_OUTCOME:
        return outcome  # a chamber's vote "to overturn the veto" is adopted or rejected as any other
    recorded = record_challenge_won(vote.measure, str(fields.get("measure") or ""))
    if recorded is None:
        return None
    return outcome if claimed == recorded else _OTHER_OUTCOME[outcome]


def outcome_problem(fields: Mapping[str, Any], vote: Vote, outcome: str) -> str:
    """Why the claim's outcome is not the record's, in the words the claim and the record use."""
    if _ruling_of(fields, vote) is not None:
        return f"the record says “{vote.measure}” was {vote.outcome.value}; “{fields['measure']}” goes the other way"
    return f"the record says {vote.outcome.value}, not {outcome}"


def _ruling_of(fields: Mapping[str, Any], vote: Vote) -> bool | None:
    """Whether the claim's ruling ("struck down the ban") is the challenge won, when it is a court's decision."""
    if not _a_courts(fields, vote):
        return None
    return ruled_challenge(str(fields.get("measure") or ""))


def _a_courts(fields: Mapping[str, Any], vote: Vote) -> bool:
    """Whether the record or the claim names a court: its decision is a ruling, told by what it did to a case."""
    return might_be_a_ruling(f"{vote.body} {fields.get('body') or ''}".lower())


def told_by_its_sides(fields: Mapping[str, Any], vote: Vote) -> bool:
    """Whether the claim is a court's ruling told by its majority and dissent only ("ruling 5-4", "X wrote the
    dissent"), naming no measure: its counts are the majority's and the minority's, its "for" the majority's
    side, whichever way the record words its measure ("Whether the plan may release ...", rejected 4-5)."""
    return not fields.get("measure") and _a_courts(fields, vote)


def on_the_records_measure(position: str, vote: Vote) -> str:
    """A position with or against a court's majority, as the record's for or against its measure."""
    if vote.outcome.value != "rejected" or position not in _OTHER_POSITION:
        return position
    return _OTHER_POSITION[position]


# the words that tell an outcome rather than leave it to the counts
_OUTCOME_TOLD = re.compile(
    r"\b(?:adopt|approv|pass|carri|reject|defeat|fail|veto|ratif|block|clear|won|lost|narrowly|short)\w*", re.I
)


def short_of_a_supermajority(sentence: str, fields: Mapping[str, Any], vote: Vote) -> bool:
    """Whether the record's rejection with more votes for than against (a two-thirds majority needed) has the
    claim's very counts, and the sentence tells no outcome: "received 275 votes in favor and 223 against" is no
    adoption the article claims, only the counts it gives."""
    tally, recorded = fields.get("tally"), vote.tally
    if vote.outcome.value != "rejected" or recorded is None or not isinstance(tally, Mapping):
        return False
    more_for = (recorded.votes_for or 0) > (recorded.against or 0)
    same = tally.get("for") == recorded.votes_for and tally.get("against") == recorded.against
    return more_for and same and not _OUTCOME_TOLD.search(sentence)
