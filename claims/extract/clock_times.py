"""Times of day as news and its sources write them: "at about 5:47 p.m.", "at 17:47", "18:04 Hrs. IST",
"by 6 p.m.". Each is a quantity in minutes after midnight, with the unit "time of day", so "5:47 p.m."
and "17:47" are one time. A time stands only where a preposition or a.m./p.m. says it is one: a bare
"23:05" under a headline is when the story was filed, not a fact in it.
"""

from __future__ import annotations

import re

from factdesk.claims.extract.quantity_words import QuantityMention
from factdesk.claims.sentences import Sentence

TIME_OF_DAY = "time of day"

_TIME = re.compile(
    r"(?<![\w:.,])(?P<hour>\d{1,2})(?:(?::|\.(?=\d\d\s*[ap]\.?\s?m\b))(?P<minute>[0-5]\d))?"
    r"(?:\s*(?P<half>[ap])\.?\s?m\b\.?|(?P<hrs>\s*(?:hrs?\b\.?|hours\b)))?"
    r"(?![\d:])",
    re.IGNORECASE,
)
_AT = re.compile(
    r"(?i:\b(?:at|by|around|about|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after)|"
    r"before|after|until|till|from|to|since|between|and))\s+$"
)


def find_times(sentence: Sentence, blocked: list[tuple[int, int]]) -> list[QuantityMention]:
    """The times of day in a sentence outside `blocked` spans, each in minutes after midnight."""
    found = []
    for match in _TIME.finditer(sentence.text):
        start, end = match.span()
        if any(s < end and start < e for s, e in blocked):
            continue
        minutes = _minutes(match)
        if minutes is None:
            continue
        before = sentence.text[max(0, start - 30) : start]
        if not (match["half"] or _AT.search(before)):
            continue  # "23:05" alone: a timestamp, or a score; a time stands after "at" or with a.m./p.m.
        approx = re.search(
            r"(?i:\b(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after)))\s+$",
            before,
        )
        fields: dict[str, object] = {"value": minutes, "unit": TIME_OF_DAY}
        if approx:
            fields["approx"] = " ".join(approx.group().lower().split())
            start -= len(approx.group())  # "about 5:47 p.m.": the hedge is part of what is claimed
        end = start + len(sentence.text[start:end].rstrip())
        found.append(QuantityMention(sentence.start + start, sentence.start + end, sentence.text[start:end], fields))
    return found


def _minutes(match: re.Match[str]) -> int | None:
    """Minutes after midnight, or None for what is no time ("5" alone, "25:00")."""
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if match["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
    elif match["minute"] is None:
        return None  # "at 5" or "5 hours": no time of day without minutes or a.m./p.m.
    if hour > 23:
        return None
    return hour * 60 + minute
