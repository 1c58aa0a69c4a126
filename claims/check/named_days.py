"""Weekdays and months written alone ("struck late on Friday", "took office in March"): which of a
source's dates may bear them out or contradict them.

Such a date is resolved from the article's own date (see `claims.dates.weekday_near`), so it is a guess
about which week or year is meant, and its place in the sentence is the whole clause (nothing stands
between "voted" and "on Wednesday" to say what the day is of). A source's date therefore contradicts it
only when it is of the same week, or of the same year's months, and stands where the claim's does by
what happened (a shared word in lower case: "descent", "record"), not only by who it happened to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from factdesk.claims.check.date_places import DatePlace, parts
from factdesk.claims.check.figure_places import stems
from factdesk.claims.dates import WEEKDAYS, looks_ahead, month_near, weekday_near
from factdesk.claims.extract.dates_found import RELATIVE_MONTH, find_dates
from factdesk.claims.extract.days_named import find_days_named
from factdesk.claims.model import Claim
from factdesk.claims.sentences import Sentence
from factdesk.sources.text import content_words

A_WEEK = 8  # days: how far from a weekday's day a source's date may still be of the same events


def named_without_date(claim: Claim) -> bool:
    """ "on Friday", "in March" (not "in March last year", whose year is written)."""
    value = str(claim.fields.get("date") or "")
    month = re.fullmatch(r"--\d\d", value) is not None and RELATIVE_MONTH.fullmatch(claim.text) is None
    return value in WEEKDAYS or month


def comparable(claim: Claim, claimed: str) -> Callable[[str], bool]:
    """Which of a source's dates may bear out or contradict the claim's. A month written alone ("took office
    in March") is taken to be of the article's year; a source's date of the same month in another year
    neither bears it out nor contradicts it (the article may mean another year's March)."""
    if not named_without_date(claim):
        return lambda _: True
    if str(claim.fields.get("date")) in WEEKDAYS:  # a day of the report's week: only a day near it may be of
        day = dt.date.fromisoformat(claimed)  # the same events ("February 2007" is not)
        return lambda iso: parts(iso)[2] is not None and _days_apart(day, iso) <= A_WEEK
    year, month, _ = parts(claimed)
    return lambda iso: parts(iso)[1] != month or parts(iso)[0] in (None, year)


def _days_apart(day: dt.date, iso: str) -> int:
    year, month, of_month = parts(iso)
    try:
        return abs((dt.date(year or day.year, month or 1, of_month or 1) - day).days)
    except ValueError:
        return 999


def tells_what_happened(mine: DatePlace, place: DatePlace, excerpt: str) -> bool:
    """Whether the words around a source's date share, with the claim's, one that is not part of a name."""
    common = {word for word in content_words(excerpt) if word in excerpt}  # as written, so in lower case
    shared = stems(mine.context) & stems(place.context)
    return bool(shared & stems(frozenset(common)))


def days_named_in(sentence: str, on: dt.date | None, except_at: int) -> list[str]:
    """The days and months a sentence names alone, as its article's date `on` makes them, but the one at
    `except_at`: "to 7.9% in June from 8.7% in May" names June 2023 beside May 2023."""
    if on is None:
        return []
    whole = Sentence(0, len(sentence), sentence)
    taken = [(found.start, found.end) for found in find_dates(whole)]
    found = []
    for day in find_days_named(whole, taken):
        if day.start != except_at:
            found.append(resolved(day.date, on, sentence[: day.start]))
    return found


def resolved(value: str, on: dt.date, text_before: str) -> str:
    """ "Friday" or "--03" as the day or month a report of `on` means by it, given the words before it."""
    ahead = looks_ahead(text_before)
    if value in WEEKDAYS and _LAST.search(text_before) and on.weekday() == WEEKDAYS.index(value):
        return (on - dt.timedelta(days=7)).isoformat()  # "last Wednesday", in a report of a Wednesday: not today
    return weekday_near(on, value, ahead).isoformat() if value in WEEKDAYS else month_near(on, int(value[2:]), ahead)


_LAST = re.compile(r"\b(?:last|previous|the\s+preceding)\s+$", re.IGNORECASE)
