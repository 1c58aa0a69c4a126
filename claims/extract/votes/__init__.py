"""Vote claims: who voted how, what was decided, by which body, and by what tally.

One module per job: `mention` (the claim and the words every finder shares), `tallies`,
`outcomes` (the sentence's decision), `positions` (a voter's own clause) and `members`
(voters named across a sentence: lists, "as did", opinions).
"""

from factdesk.claims.extract.votes.lineups import find_lineup
from factdesk.claims.extract.votes.members import (
    as_did,
    find_member_votes,
    sided_with,
    spread_over_list,
    voters_around,
)
from factdesk.claims.extract.votes.mention import VoteMention, actor_name, might_be_a_vote
from factdesk.claims.extract.votes.outcomes import find_votes

__all__ = [
    "VoteMention",
    "actor_name",
    "as_did",
    "find_lineup",
    "find_member_votes",
    "find_votes",
    "might_be_a_vote",
    "sided_with",
    "spread_over_list",
    "voters_around",
]
