"""Date claims: calendar dates written in the article ("March 25, 2024", "25 March", "2024-03-25")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from factdesk.claims.dates import DATE_PATTERN, date_from_match
from factdesk.claims.sentences import Sentence


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    iso: str | None  # None: shaped like a date but not one ("March 45"); still not a quantity


def find_dates(sentence: Sentence) -> list[DateMention]:
    """Every date-shaped stretch of `sentence`; those with an `iso` value are date claims."""
    found: list[DateMention] = []
    for match in DATE_PATTERN.finditer(sentence.text):
        value = date_from_match(match)
        iso = value.isoformat() if isinstance(value, dt.date) else value
        found.append(DateMention(sentence.start + match.start(), sentence.start + match.end(), match.group(), iso))
    return found
