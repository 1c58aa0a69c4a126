"""A date written with its weekday ("On December 8, late on a Wednesday", "Wednesday, Dec. 9") must be that
weekday: December 8, 2015 was a Tuesday, so one of the two is wrong, and the weekday says which day of that
week was meant. Only a weekday written right beside the date counts ("on Wednesday, a day after the December
8 vote" tells of two days)."""

from __future__ import annotations

import datetime as dt
import re

from factdesk.claims.check.date_places import agrees, parts, readable
from factdesk.claims.dates import WEEKDAYS, weekday_and_date
from factdesk.claims.model import Claim, Suggestion, Verdict

# what may stand between a date and the weekday it is written with: punctuation, "on a", "late on a" ...
_BETWEEN = r"[\s,(]*(?:(?:on|a|the|late|early|in|of)\s+){0,4}"
_WEEKDAY = "|".join(WEEKDAYS)
_NEAR_A_WEEK = 3  # days either side of the written date in which the weekday's own day is looked for


def weekday_disagrees(claim: Claim, claimed: str, on: dt.date | None) -> Suggestion | None:
    """Disputed when the weekday written beside the date is not its weekday, naming the day it would be."""
    span = claim.span_in_sentence()
    year, month, day = parts(claimed)
    if span is None or month is None or day is None:
        return None
    if len(set(re.findall(rf"\b(?:{_WEEKDAY})\b", claim.sentence))) != 1:
        return None  # no weekday, or two: which is the date's cannot be told
    after = re.match(rf"{_BETWEEN}(?P<weekday>{_WEEKDAY})\b", claim.sentence[span[1] :])
    before = re.search(rf"\b(?P<weekday>{_WEEKDAY}){_BETWEEN}$", claim.sentence[: span[0]])
    written = after or before
    if written is None or claim.text.strip() in WEEKDAYS:
        return None
    if year is None:
        if on is None:
            return None
        year = on.year if (month, day) <= (on.month, on.day) or month - on.month < 2 else on.year - 1
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    named = written["weekday"]
    if f"{date:%A}" == named:
        return None
    near = [date + dt.timedelta(days=step) for step in range(-_NEAR_A_WEEK, _NEAR_A_WEEK + 1)]
    meant = next(other for other in near if f"{other:%A}" == named)
    said = f"{readable(date.isoformat())} was a {date:%A}, not a {named}: the {named} is {weekday_and_date(meant)}"
    return Suggestion(Verdict.DISPUTED, 70, said)


def a_day_apart(claimed: str, on: dt.date, sentence: str) -> bool:
    """ "LIMA, Dec 7 - ... removed the president on Wednesday" in a report dated Thursday, December 8: the
    dateline gives the day the story happened, as the sentence's weekday does."""
    for step in (-1, 1):
        day = on + dt.timedelta(days=step)
        if agrees(claimed, day.isoformat()) and re.search(rf"\b{day.strftime('%A')}\b", sentence):
            return True
    return False
