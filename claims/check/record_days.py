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

from factdesk.claims.check.vote_lookup import votes_within
from factdesk.claims.dates import looks_ahead, weekday_and_date
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Vote
from factdesk.sources.text import content_words

_WEEK = 7  # days: a record this near the article's date is of its week
_DECIDED = re.compile(
    r"(?i)\b(?:rul(?:ed|ing)|vot(?:ed|ing)|approv(?:ed|ing)|pass(?:ed|ing)|adopt(?:ed|ing)|reject(?:ed|ing)|"
    r"defeat(?:ed|ing)|upheld|uph[oe]ld(?:ing)?|overturn(?:ed|ing)|struck\s+down|dismiss(?:ed|ing)|"
    r"confirm(?:ed|ing)|elect(?:ed|ing)|ratif(?:ied|ying)|endors(?:ed|ing)|veto(?:ed|ing)|clear(?:ed|ing)|carried)\b"
)
# "the commission said on Thursday", "announced the final figures on Thursday", "results released on Monday":
# the day of the saying
_SAID = re.compile(r"\b(?:said|says|told|announced|reported|stated|added|released|published)\b", re.IGNORECASE)
_SAID_WINDOW = 60  # characters before the date in which the saying is written
# "began trading on Thursday, a day after the SEC cleared them": another event's clause
# ", recommending admission by 40 votes to 4": a participle opens a clause of its own
_CLAUSE_EDGE = re.compile(
    r"[;:]\s|,\s+(?:[\w-]+\s+){0,3}?(?:and|but|while|which|who|after|before|when)\b|,\s+[a-z]+ing\b"
)
_WHEN_AFTER = re.compile(r",\s+when\b")
_COUNTED_IN_VOTES = re.compile(r"\b\d{1,3}\s+votes?\s+to\s+\d{1,3}\b")
_TALLY = re.compile(r"\b(\d{1,3})\s*(?:[-–—]|votes?\s+to|to)\s*(\d{1,3})\b")
_SLIP = 31  # days: how far a vote's record may be from the day claimed for it, as one day or month mistaken
_GENERIC = frozenset("ruling decision vote bill motion measure resolution amendment law act".split())


def day_of_its_record(claim: Claim, claimed: str, index: StoreIndex, on: dt.date | None) -> Suggestion | None:
    """Verified or disputed by the date of the one record of the article's week the date's clause tells of;
    None when no record (or records of several days) fit, or the claim is no day of that week."""
    if on is not None and re.fullmatch(r"--\d\d-\d\d", claimed):  # "on Aug. 10": the last one before the article
        claimed = f"{on.year}{claimed[1:]}" if claimed[2:] <= on.strftime("%m-%d") else f"{on.year - 1}{claimed[1:]}"
    if on is None or not index.store.votes or not re.fullmatch(r"\d{4}-\d\d-\d\d", claimed):
        return None
    day = dt.date.fromisoformat(claimed)
    span = claim.span_in_sentence()
    if span is None:
        return None
    if abs((day - on).days) > _WEEK:
        return _day_of_its_tally(claim.sentence, span, day, index)
    clause = _clause_around(claim.sentence, *span)
    if _said_on(claim.sentence, span[0]) or looks_ahead(claim.sentence[: span[0]]):
        return None  # "clearing the way for MPs to return as early as Wednesday": a day to come, not the ruling's
    if not _DECIDED.search(clause):
        return _day_of_its_tally(claim.sentence, span, day, index)  # "held on by 48 votes to 35"
    written = set(content_words(clause))
    week = votes_within(index, on, _WEEK)
    tallies = _tallies_in(clause)
    fitting = [
        vote
        for vote in week
        if vote.day_known  # a record dated by its month only dates no day
        and _body_named(vote, written)
        and _measure_written(vote, written)
        and not (tallies and vote.tally and not _of_a_tally(vote, tallies))
    ]  # "rejected on Tuesday by 432 votes to 202": not the week's other vote, of another tally
    if not fitting:
        return _day_of_its_tally(claim.sentence, span, day, index)  # "The House approved the bill on May 30 by
        # 314 to 117": the chamber by one word, the measure by none, and the record's very tally
    if len({vote.date for vote in fitting}) != 1:
        return None
    return _against(fitting[0], day)


def _tallies_in(clause: str) -> set[tuple[int, int]]:
    return {(int(a), int(b)) for a, b in _TALLY.findall(clause)}


def _of_a_tally(vote: Vote, tallies: set[tuple[int, int]]) -> bool:
    """Whether the record's tally is one of `tallies`, either way round ("202 to 432" is a 432-202 defeat)."""
    assert vote.tally is not None
    return bool({(vote.tally.votes_for, vote.tally.against), (vote.tally.against, vote.tally.votes_for)} & tallies)


def _day_of_its_tally(sentence: str, span: tuple[int, int], day: dt.date, index: StoreIndex) -> Suggestion | None:
    """ "which had cleared the Senate 69-30 on Aug. 10": a vote of another month, told by its body and its very
    tally, is the one record with both; its day bears the date out, or disputes it within a month's slip."""
    clause = _clause_around(sentence, *span)
    tallies = _tallies_in(clause)
    counted = _COUNTED_IN_VOTES.search(clause) is not None  # "by 48 votes to 35": a vote, whatever the verb
    if not tallies or not (counted or _DECIDED.search(clause)):
        return None
    written = set(content_words(clause))
    fitting = [
        vote
        for vote in index.store.votes.values()
        if vote.day_known
        and vote.tally is not None
        and _of_a_tally(vote, tallies)
        and (counted or _body_named(vote, written, enough=1))  # the very tally: one word of the body will do
    ]
    if len(fitting) != 1 or abs((fitting[0].date - day).days) > _SLIP:
        return None
    return _against(fitting[0], day)


def _against(vote: Vote, day: dt.date) -> Suggestion:
    evidence = (Evidence(f"vote:{vote.id}", "vote", f"{vote.body}, {vote.date_written}: {vote.measure}", 70.0),)
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
    """The clause the date stands in: from the last clause edge before it to the first after it, and the
    clause a "when" right after the date opens ("on August 21, when Turnbull held on by 48 votes to 35")."""
    before = [edge.end() for edge in _CLAUSE_EDGE.finditer(sentence, 0, start)]
    when = _WHEN_AFTER.match(sentence, end)
    after = _CLAUSE_EDGE.search(sentence, when.end() if when else end)
    return sentence[before[-1] if before else 0 : after.start() if after else len(sentence)]


def _body_named(vote: Vote, written: set[str], enough: int = 2) -> bool:
    """ "Supreme Court" for the Supreme Court of the United Kingdom: two of the body's words (or `enough`),
    or its only one."""
    body = [word for word in content_words(vote.body) if word not in _GENERIC]
    found = sum(word in written for word in body)
    return found >= min(enough, len(body)) and found > 0


def _measure_written(vote: Vote, written: set[str]) -> bool:
    """Two words of the measure ("Rwanda", "unlawful") in the clause: the record is of what it tells."""
    measure = set(content_words(vote.measure)) - _GENERIC
    return len(measure & written) >= 2
