"""When and in which round a vote sentence says its vote was held: the years and days it writes, "on
Saturday" as a day of the article's week, and the round of a ballot ("first round", "runoff")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from factdesk.claims.dates import DATE_PATTERN, WEEKDAYS, date_from_match, weekday_near
from factdesk.claims.model import Claim

_YEAR = re.compile(r"(?<![\w/-])(?:19|20)\d\d(?![\w/-])")
# Which round of a ballot: "first round", "second ballot", "runoff" (the second round)
_ROUND = re.compile(r"\b(?:(first|second|third|final)\s+(?:round|ballot)|(run-?off))\b", re.IGNORECASE)


_ON_WEEKDAY = re.compile(rf"\bon\s+({'|'.join(WEEKDAYS)})\b")


def weekday_of(sentence: str, on: dt.date | None) -> dt.date | None:
    """The day "on Saturday" means in a story of `on`: that weekday in the week up to the article's date."""
    found = _ON_WEEKDAY.search(sentence) if on is not None else None
    if found is None or on is None:
        return None
    return weekday_near(on, found[1], ahead=False)


_MONTH = r"(?P<month>" + "|".join(calendar.month_name[1:]) + r")\b(?![\s,]+\d)"  # no day or year after it
# only where it opens the sentence: "Bowman, who had dissented in September, voted with the majority" tells
# of another vote in its clause
_MONTH_ALONE = re.compile(rf"^\s*(?:In|Last|Early|Late)\s+{_MONTH}")
# "At its previous meeting in December, the committee voted 4-2": the month of the meeting that voted;
# "approved the bill by 493 votes to 30 in January", "passed 52-47 in March": the month of that tally
_VOTE_IN_MONTH = re.compile(
    rf"(?:\b(?:meeting|session|sitting|vote|ballot)|\d\s*[-–]\s*\d+|\bvotes?\s+to\s+\d+|\d\s+votes?)\s+in\s+{_MONTH}"
)


def months_in(sentence: str) -> frozenset[int]:
    """The months a sentence names without a day or year ("In February, Moscow blocked a draft", "its previous
    meeting in December", "by 493 votes to 30 in January")."""
    found = [*_MONTH_ALONE.finditer(sentence), *_VOTE_IN_MONTH.finditer(sentence)]
    return frozenset(list(calendar.month_name).index(month["month"]) for month in found)


def written_at(claim: Claim) -> tuple[int, int] | None:
    """Where a vote claim stands in its sentence: its words, or (its text being composed) its tally."""
    span = claim.span_in_sentence()
    tally = claim.fields.get("tally") or {}
    if span is None and "for" in tally and "against" in tally:
        found = re.search(rf"\b{tally['for']:g}\s*(?:[-–—]|to)\s*{tally['against']:g}\b", claim.sentence)
        span = found.span() if found else None
    return span


def years_in(sentence: str, span: tuple[int, int] | None = None) -> frozenset[int]:
    """The years the sentence writes; of several, the last written before the claim's words `span` ("one in
    1980 ..., on a 92-1 vote, and Jeremy Durham in 2016, on a 70-2 vote": the 92-1 vote is of 1980)."""
    found = [(int(match[0]), match.start()) for match in _YEAR.finditer(sentence)]
    if span is not None and len({year for year, _ in found}) > 1:
        before = [year for year, at in found if at < span[0]]
        if before:
            return frozenset({before[-1]})
    return frozenset(year for year, _ in found)


def days_in(sentence: str) -> frozenset[tuple[int, int]]:
    """(month, day) of each day the sentence writes ("on May 14")."""
    found = (date_from_match(match) for match in DATE_PATTERN.finditer(sentence))
    return frozenset(
        (day.month, day.day) if isinstance(day, dt.date) else (int(day[2:4]), int(day[5:7]))
        for day in found
        if isinstance(day, dt.date) or (isinstance(day, str) and day.startswith("--"))
    )


@lru_cache(maxsize=65536)
def round_of(text: str) -> str | None:
    match = _ROUND.search(text)
    if match is None:
        return None
    return "second" if match[2] else match[1].lower()


def _anotherround_of(sentence: str, measure: str) -> bool:
    """Whether the sentence tells of one round of a ballot and the record of another."""
    written, recorded = round_of(sentence), round_of(measure)
    return written is not None and recorded is not None and written != recorded


_MONTH_NAMES = "|".join(calendar.month_name[1:])
_MONTH_AFTER_TALLY = re.compile(rf"\s+(?:in|last)\s+(?P<when>{_MONTH_NAMES})\b(?![\s,]+\d)")
_LAST_BEFORE_TALLY = re.compile(rf"\blast\s+(?P<when>year|{_MONTH_NAMES})\b[^.;:]{{0,20}}$")
# "first passed a version of the bill in July by a vote of 267-157": the month the tally is of
_IN_MONTH_BEFORE_TALLY = re.compile(rf"\bin\s+(?P<when>{_MONTH_NAMES})\s+by\s+(?:a\s+(?:vote|margin)\s+of\s+)?$")


def tally_time(sentence: str, tally: object, on: dt.date | None) -> tuple[int, int | None] | None:
    """(year, month or None) of "confirmed her ... last June by 53-44" or "passed it in July by a vote of 267-157":
    a time written just before the tally,
    as of the article's date; None when the tally stands without one."""
    if on is None or not isinstance(tally, dict) or "for" not in tally or "against" not in tally:
        return None
    written = re.search(rf"\b{tally['for']}\s*[-–—]\s*{tally['against']}\b", sentence)
    before = _LAST_BEFORE_TALLY.search(sentence, 0, written.start()) if written else None
    this_year = before is None and written is not None and _IN_MONTH_BEFORE_TALLY.search(sentence, 0, written.start())
    if this_year:  # "in July by a vote of 267-157": the last July up to the article's month
        month = dt.datetime.strptime(this_year["when"], "%B").month
        return (on.year if month <= on.month else on.year - 1), month
    # "had ruled 2-1 in June": the month right after the tally, the last one before the article
    before = before or (_MONTH_AFTER_TALLY.match(sentence, written.end()) if written else None)
    if before is None:
        return None
    if before["when"] == "year":
        return on.year - 1, None
    month = dt.datetime.strptime(before["when"], "%B").month
    return (on.year if month < on.month else on.year - 1), month
