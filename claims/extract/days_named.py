"""Dates a report names without writing them out: "struck late on Friday", "took office in March".

News dates the week's events by weekday and the year's by month alone; the article's own date says
which day or month is meant (the check resolves them, see `claims.dates.weekday_near`). A weekday that
is part of a name ("Good Friday", "Super Tuesday") and a month that opens a written date ("March 25",
found by the date finder) are not such dates, nor "May" where it may be a person ("by May").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factdesk.claims.dates import DATE_AFTER_WEEKDAY, MONTHS, WEEKDAYS
from factdesk.claims.sentences import Sentence

_WEEKDAY = re.compile(rf"\b(?P<day>{'|'.join(WEEKDAYS)})(?:['’]s)?\b")
# the capitalised words that may stand before a weekday without making it a name ("On Friday")
_LEADS = frozenset("on by since until till from late early last this next through and or before after".split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# "in March", "since early April", "at the end of September": a month with no day or year written after it.
# The month is looked for first (a plain alternation re scans fast), then the words before and after it.
_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES})\b")
_LEAD_BEFORE = re.compile(
    r"\b(?i:in|since|from|until|till|early|late|mid-?|(?:end|beginning|start|middle)\s+of)\s+(?:(?i:early|late|mid-?)\s*)?$"
)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_NOT_ALONE_AFTER = re.compile(r"['’]|[\s.,]*\d|\s+(?:last|this|next)\s+year")


@dataclass(frozen=True, slots=True)
class DayNamed:
    start: int
    end: int
    text: str
    date: str  # "Friday", or "--03" for a month


def find_days_named(sentence: Sentence, taken: list[tuple[int, int]]) -> Iterator[DayNamed]:
    """The weekdays and months written alone in `sentence`, outside the `taken` spans (article offsets)."""
    text = sentence.text
    for found in _WEEKDAY.finditer(text) if "day" in text else ():
        if DATE_AFTER_WEEKDAY.match(text, found.end()) or _in_a_name(text, found.start()):
            continue
        yield from _unless_taken(sentence, found.start("day"), found.end("day"), found["day"], taken)
    for found in _MONTH.finditer(text):
        lead = _LEAD_BEFORE.search(text, max(0, found.start() - 24), found.start())
        if _NOT_ALONE_AFTER.match(text, found.end()) or not lead:
            continue
        if lead.group().lower().startswith("from") and _NAME_AFTER.match(text, found.end()):
            continue  # "a letter from May Ruiz": a person, not a month
        yield from _unless_taken(sentence, found.start(), found.end(), f"--{MONTHS[found[0].lower()]:02d}", taken)


def _in_a_name(text: str, at: int) -> bool:
    """ "Good Friday", "Super Tuesday": a capitalised word before the weekday that is no lead into a date."""
    before = _WORD_BEFORE.search(text[:at])
    return bool(before and before[1][0].isupper() and before[1].lower() not in _LEADS)


def _unless_taken(
    sentence: Sentence, start: int, end: int, date: str, taken: list[tuple[int, int]]
) -> Iterator[DayNamed]:
    start, end = sentence.start + start, sentence.start + end
    if not any(start < other_end and other_start < end for other_start, other_end in taken):
        yield DayNamed(start, end, sentence.text[start - sentence.start : end - sentence.start], date)
