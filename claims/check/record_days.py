"""The day a sentence gives a vote or a ruling of the article's week ("the Supreme Court ruled on Wednesday
that the plan was unlawful") against the day of the one vote record it tells of.

Sources seldom write out the day a court ruled or a chamber voted; the store's vote records always give
it. A record is the sentence's when its body is named in the date's clause and at least two words of its
measure are written there too, and the verb of a decision stands in the clause. Records of several days
that fit leave the day unknown.
"""

from __future__ import annotations

import datetime as dt
import re

from factdesk.claims.check.votes import votes_within
from factdesk.claims.dates import weekday_and_date
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Vote
from factdesk.sources.text import content_words

_WEEK = 7  # days: a record this near the article's date is of its week
_DECIDED = re.compile(
    r"(?i)\b(?:rul(?:ed|ing)|vot(?:ed|ing)|approv(?:ed|ing)|pass(?:ed|ing)|adopt(?:ed|ing)|reject(?:ed|ing)|"
    r"defeat(?:ed|ing)|upheld|uph[oe]ld(?:ing)?|overturn(?:ed|ing)|struck\s+down|dismiss(?:ed|ing)|"
    r"confirm(?:ed|ing)|elect(?:ed|ing)|ratif(?:ied|ying)|endors(?:ed|ing)|veto(?:ed|ing))\b"
)
# "the commission said on Thursday", "announced the final figures on Thursday": the day of the saying
_SAID = re.compile(r"\b(?:said|says|told|announced|reported|stated|added)\b", re.IGNORECASE)
_SAID_WINDOW = 60  # characters before the date in which the saying is written
_CLAUSE_EDGE = re.compile(r"[;:]\s|,\s+(?:and|but|while|which|who|after|before|when)\b")
_GENERIC = frozenset("ruling decision vote bill motion measure resolution amendment law act".split())


def day_of_its_record(claim: Claim, claimed: str, index: StoreIndex, on: dt.date | None) -> Suggestion | None:
    """Verified or disputed by the date of the one record of the article's week the date's clause tells of;
    None when no record (or records of several days) fit, or the claim is no day of that week."""
    if on is None or not index.store.votes or not re.fullmatch(r"\d{4}-\d\d-\d\d", claimed):
        return None
    day = dt.date.fromisoformat(claimed)
    span = claim.span_in_sentence()
    if abs((day - on).days) > _WEEK or span is None:
        return None
    clause = _clause_around(claim.sentence, *span)
    if not _DECIDED.search(clause) or _said_on(claim.sentence, span[0]):
        return None
    written = set(content_words(clause))
    week = votes_within(index, on, _WEEK)
    fitting = [vote for vote in week if _body_named(vote, written) and _measure_written(vote, written)]
    if len({vote.date for vote in fitting}) != 1:
        return None
    vote = fitting[0]
    evidence = (Evidence(f"vote:{vote.id}", "vote", f"{vote.body}, {vote.date.isoformat()}: {vote.measure}", 70.0),)
    if vote.date == day:
        return Suggestion(Verdict.VERIFIED, 70, f"{vote.id} is of {weekday_and_date(vote.date)}", evidence)
    said = f"{vote.id} is of {weekday_and_date(vote.date)}, not {weekday_and_date(day)}"
    return Suggestion(Verdict.DISPUTED, 65, said, evidence)


def _said_on(sentence: str, start: int) -> bool:
    """Whether the date at `start` is the day something was said ("said on Thursday"), with no decision told
    between the saying and the date ("said the Senate voted on Thursday" dates the vote)."""
    said = [*_SAID.finditer(sentence, max(0, start - _SAID_WINDOW), start)]
    return bool(said) and not _DECIDED.search(sentence, said[-1].end(), start)


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The clause the date stands in: from the last clause edge before it to the first after it."""
    before = [edge.end() for edge in _CLAUSE_EDGE.finditer(sentence, 0, start)]
    after = _CLAUSE_EDGE.search(sentence, end)
    return sentence[before[-1] if before else 0 : after.start() if after else len(sentence)]


def _body_named(vote: Vote, written: set[str]) -> bool:
    """ "Supreme Court" for the Supreme Court of the United Kingdom: two of the body's words, or its only one."""
    body = [word for word in content_words(vote.body) if word not in _GENERIC]
    found = sum(word in written for word in body)
    return found >= min(2, len(body)) and found > 0


def _measure_written(vote: Vote, written: set[str]) -> bool:
    """Two words of the measure ("Rwanda", "unlawful") in the clause: the record is of what it tells."""
    measure = set(content_words(vote.measure)) - _GENERIC
    return len(measure & written) >= 2
