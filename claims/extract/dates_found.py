"""Date claims: calendar dates written in the article ("March 25, 2024", "25 March", "2024-03-25") and
years standing alone ("since 2005", "the 1992 decision")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from factdesk.claims.dates import DATE_PATTERN, MONTHS, date_from_match
from factdesk.claims.extract.quantities import NAME_BEFORE
from factdesk.claims.sentences import Sentence
from factdesk.sources.text import STOPWORDS


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    iso: str | None  # None: shaped like a date but not one ("March 45"); still not a quantity


# A year: 1900-2099 anywhere, an older one only after a word that introduces a year ("in 1848"). Not part
# of a larger number or a range ("2023-24", "1,992"), nor money, a percentage or a decade ("1990s").
_YEAR = re.compile(r"(?<![\w$£€¥.,/:-])(?:(19|20)\d\d|(1[5-8]\d\d))(?![\w%°]|[.,:]\d|\s?[-–/]\s?\d)")
_YEAR_WORD_BEFORE = re.compile(
    r"(?i:\b(?:in|since|by|until|till|of|from|to|before|after|during|early|late|mid|c\.|circa|between))\s+$"
)
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
# "in September last year", "in March this year": a month the article's own date puts in its year
RELATIVE_MONTH = re.compile(rf"\b(?P<month>{'|'.join(calendar.month_name[1:])})\s+(?P<which>last|this|next)\s+year\b")
YEARS_FROM_THE_ARTICLE = {"last": -1, "this": 0, "next": 1}


def _older_year(before: str, after: str) -> bool:
    """ "in 1848", "the law of 1848": a year before 1900 where a year is written (not "of 1709 schoolchildren")."""
    word = _WORD_AFTER.match(after)
    return _YEAR_WORD_BEFORE.search(before) is not None and not (word and word.group(1) not in STOPWORDS)


# "18 and 19 July", "Oct. 26-27": two days of one month, the month written once
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|to|[-–])\s*$")
_DAY_AFTER = re.compile(
    r"\s*(?:and|&|to|[-–])\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![\d:%]|\.\d)(?:,?\s+(?P<year>(?:19|20)\d\d)\b(?![\d%]))?"
)


def _other_day(text: str, match: re.Match[str], iso: str | None) -> tuple[int, int, str, str, str] | None:
    """The first day of "18 and 19 July", the second of "Oct. 26-27" and "April 14-15, 1912": (start, end,
    written, iso) of that day, and the iso of the day matched, which takes a year written after the range."""
    if iso is None or not iso[-2:].isdigit() or len(iso) < 7:
        return None
    month_first = match["md"] is not None
    if month_first and match["md_year"] is None:
        other = _DAY_AFTER.match(text, match.end())
    elif match["dm"] is not None:
        other = _DAY_BEFORE.search(text, 0, match.start())
    else:
        return None
    if other is None or not 1 <= int(other[1]) <= 31 or int(other[1]) == int(iso[-2:]):
        return None
    if month_first and other["year"]:
        iso = f"{other['year']}{iso[1:]}"  # "--04-14" -> "1912-04-14"
    return other.start(1), other.end(1), other[1], f"{iso[:-2]}{int(other[1]):02d}", iso


def find_dates(sentence: Sentence) -> list[DateMention]:
    """Every date-shaped stretch of `sentence`; those with an `iso` value are date claims."""
    found: list[DateMention] = []
    for match in DATE_PATTERN.finditer(sentence.text):
        value = date_from_match(match)
        iso = value.isoformat() if isinstance(value, dt.date) else value
        found.append(DateMention(sentence.start + match.start(), sentence.start + match.end(), match.group(), iso))
        other = _other_day(sentence.text, match, iso)
        if other is not None:
            start, end, written, other_iso, this_iso = other
            found[-1] = replace(found[-1], iso=this_iso)  # "April 14-15, 1912": both days have the year
            found.append(DateMention(sentence.start + start, sentence.start + end, written, other_iso))
    taken = [(mention.start - sentence.start, mention.end - sentence.start) for mention in found]
    for match in RELATIVE_MONTH.finditer(sentence.text) if " year" in sentence.text else ():
        if not any(start <= match.start() < end for start, end in taken):
            month = MONTHS[match["month"].lower()]
            found.append(
                DateMention(
                    sentence.start + match.start(), sentence.start + match.end(), match.group(), f"--{month:02d}"
                )
            )
    taken = [(mention.start - sentence.start, mention.end - sentence.start) for mention in found]
    for match in _YEAR.finditer(sentence.text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        before = sentence.text[max(0, match.start() - 24) : match.start()]
        if match[2] and not _older_year(before, sentence.text[match.end() :]):
            continue
        if NAME_BEFORE.search(before) and not _YEAR_WORD_BEFORE.search(before):
            # "Euro 2024", "Windows 2000": a numeral after a capitalised word is a name's part (not "In 2005")
            continue
        start, end = sentence.start + match.start(), sentence.start + match.end()
        found.append(DateMention(start, end, match.group(), match.group()))
    found.sort(key=lambda mention: mention.start)
    return found
