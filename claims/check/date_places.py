"""A date as written in a text, and how strongly a source's date stands in the place of a claim's.

An excerpt's dates are read the way the article's are (the same date finder), so "Dec. 1" and
"December 1, 2021" are one day, and "since 2005" is a year. Two dates are compared on what both
write: "Dec. 1" against December 1, 2021 by month and day; "2021" against it by year. A source's
date stands where a claim's does when the words around them agree, above all the word just before
("argued on Dec. 1" and "Argued December 1, 2021"), so "decided June 24" is not taken for the day
the case was argued.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from factdesk.claims.check.figure_places import WINDOW, stems, whole_words
from factdesk.claims.check.moments import same_moment
from factdesk.claims.dates import MONTHS, WEEKDAYS
from factdesk.claims.extract.dates_found import find_dates
from factdesk.claims.sentences import Sentence
from factdesk.sources.text import STOPWORDS, content_words

_WEEKDAYS = frozenset(day.lower() for day in WEEKDAYS)
# Words that say how a date stands to an event, not which event: "since 2005" and "since July 2023" are
# not the same thing for sharing "since".
_DATE_PREPOSITIONS = frozenset("since until till before after during early late mid between around about ago".split())
_SAME_RANGE = 3  # a range's first year stands where another's does when both end in the same year
# An object pronoun stands between a verb and its date and names no event: "indicted them on Dec. 7".
_OBJECT_PRONOUNS = frozenset("him them us me himself herself themselves itself".split())
_NOT_CONTEXT = frozenset(MONTHS) | _WEEKDAYS | _DATE_PREPOSITIONS | _OBJECT_PRONOUNS | {"today", "yesterday"}


@dataclass(frozen=True, slots=True)
class DatePlace:
    """A date written in a text: its ISO-like value, how it is written, and the words around it."""

    iso: str  # "2021-12-01", "--12-01" (no year written), "2023-08", "2005"
    written: str
    context: frozenset[str]
    before: tuple[str, ...]  # the two content words just before: what the date is of ("finance minister")
    # the word before the place or name right before it: "launched from Cape Canaveral on" is of the launch
    words_before: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()  # the four content words before it: "a runoff will have to be held on"
    clause: frozenset[str] = frozenset()  # the content words of its sentence, up to a semicolon
    implied: bool = False  # named by its weekday in a dated report ("on Monday"), not written out
    # a year that begins or ends a range of years ("from 2010 to 2016"): which end, and the other end's year
    range_end: tuple[str, int] | None = None
    named: frozenset[str] = frozenset()  # what a year names, written after it: "the 1935 Labor Day hurricane"
    # "the first rate increase since February 2007": a record's other end, which a "first ... since" of the same
    # kind of thing (first, highest, worst) marks in both texts: the mark, and the words of what it is of
    first_since: tuple[str, frozenset[str]] | None = None
    leading: str | None = None  # "since", "until" ... right before it: which end of a span of time it is


def parts(iso: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day), None where the date does not say: "--12-01" -> (None, 12, 1)."""
    if re.fullmatch(r"\d{4}", iso):
        return int(iso), None, None
    found = re.fullmatch(r"(\d{4}|-)-(\d{2})(?:-(\d{2}))?", iso)
    if found is None:
        return None, None, None
    year = int(found[1]) if found[1] != "-" else None
    return year, int(found[2]), int(found[3]) if found[3] else None


YEARS_APART = 2  # a year written alone this far from the one meant may be a slip for it


def year_slip(claimed: str, known: str) -> bool:
    """ "in 1936" for 1938: a year written alone, a year or two from another."""
    (claimed_year, claimed_month, _), (known_year, _, _) = parts(claimed), parts(known)
    return (
        claimed_month is None
        and claimed_year is not None
        and known_year is not None
        and 0 < abs(claimed_year - known_year) <= YEARS_APART
    )


def readable(iso: str) -> str:
    """ "--10-23" -> "October 23", "2023-08" -> "August 2023", "2021-12-01" -> "December 1, 2021"."""
    year, month, day = parts(iso)
    if month is None:
        return iso
    if year is None:
        return f"{dt.date(2000, month, 1):%B} {day}"
    if day is None:
        return f"{dt.date(2000, month, 1):%B} {year}"
    return f"{dt.date(2000, month, 1):%B} {day}, {year}"


def as_claimed(said: str, given: str, claimed: str) -> str:
    """The source's date `said` as precisely as the claim writes its own first: "August 2020 (August 18, 2020)"
    against "February 2020", so the reason compares like with like and still gives the day."""
    year, month, day = parts(given)
    _, claimed_month, claimed_day = parts(claimed)
    if year is None or claimed_day is not None or (day is None and (month is None or claimed_month is not None)):
        return said
    coarse = f"{year:04d}" if claimed_month is None else f"{year:04d}-{month:02d}" if month else None
    return said if coarse is None or readable(coarse) == said else f"{readable(coarse)} ({said})"


def compared(claimed: str, known: str) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """The two dates on what both write (year, month, day), or None when they share too little to compare:
    "Dec. 1" and "2021" say nothing about each other, nor "December 2018" and "October 1"."""
    a, b = parts(claimed), parts(known)
    shared = [at for at in range(3) if a[at] is not None and b[at] is not None]
    if not shared or shared == [1] or (a[1] is not None and 1 not in shared):
        return None  # nor a day or a month against a year alone: "Dec. 18, 2022" is not "after 1978"
    return tuple(a[at] or 0 for at in shared), tuple(b[at] or 0 for at in shared)


@lru_cache(maxsize=20_000)  # an excerpt is read once however many claims it is checked against
def dates_in(text: str) -> tuple[DatePlace, ...]:
    """The dates of a text, each with the words around it."""
    sentence = Sentence(0, len(text), text)
    return tuple(
        place_at(text, found.start, found.end, found.text, found.iso)
        for found in find_dates(sentence)
        if found.iso is not None
    )


def place_at(text: str, start: int, end: int, written: str, iso: str) -> DatePlace:
    around = whole_words(text, max(0, start - WINDOW), end + WINDOW)
    context = frozenset(w for w in content_words(around) if not w[0].isdigit() and w not in _NOT_CONTEXT)
    # the word right before, in the same stretch: not across another date ("January 23 - March 9")
    # ... not across a sentence's end: "antitrust rules. Since 2011, Google has imposed" is of what follows
    before_words = content_words(re.split(r"\d|[.!?;]\s", whole_words(text, max(0, start - 30), start))[-1])
    before = tuple(w for w in before_words if not w[0].isdigit() and w not in _NOT_CONTEXT)[-2:]
    stretch = re.split(r"\d", whole_words(text, max(0, start - 60), start))[-1]
    words_before = _past_a_name(stretch)
    clause = re.split(r"[,;:()]|\s(?:and|but|while|whereas|after|before)\s", stretch)[-1]  # not "orbit and crashed"
    words_leading = tuple(w for w in content_words(clause) if not w[0].isdigit() and w not in _NOT_CONTEXT)[-4:]
    named = _named_after(text, end) if re.search(r"(?:19|20)\d\d$", text[start:end]) else frozenset()
    since = _FIRST_SINCE.search(text, max(0, start - 140), start)
    first_since = (since["mark"].lower(), frozenset(content_words(since["what"]))) if since else None
    lead = _LEADING.search(text, max(0, start - 25), start)
    return DatePlace(
        iso,
        written,
        context,
        before,
        words_before=words_before,
        lead=words_leading,
        clause=_clause_words(text, start, end),
        range_end=end_of_a_range(text, start, end),
        named=named,
        first_since=first_since,
        leading=lead[1].lower() if lead else None,
    )


_LEADING = re.compile(r"\b(since|from|after|until|till|through|before)\s+(?:(?:early|late|mid)[-\s]+)?$", re.IGNORECASE)
_STARTS, _ENDS = frozenset({"since", "from", "after"}), frozenset({"until", "till", "through", "before"})


def _same_first_since(one: tuple[str, frozenset[str]] | None, other: tuple[str, frozenset[str]] | None) -> bool:
    """The same mark ("first") of the same thing: "the first time since" is the sentence's whole event; "first
    reduction since" and "first dissent since" are two things."""
    if one is None or other is None or one[0] != other[0]:
        return False
    what, what_else = one[1], other[1]
    return "time" in what | what_else or bool(stems(what) & stems(what_else))


_FIRST_SINCE = re.compile(
    r"\b(?P<mark>first|highest|lowest|largest|biggest|worst|best|strongest|weakest|deadliest|longest)\b"
    r"(?P<what>[^.;:]{0,80}?)\bsince\s+(?:[^.;:\d]{0,40}\s)?$",
    re.IGNORECASE,
)


_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w'’-]*)")


def _named_after(text: str, end: int) -> frozenset[str]:
    """The words of what a year names, written right after it ("the 1966 FIFA World Cup": fifa, world, cup),
    up to three, stopping at a word such as "in" or at punctuation."""
    words: list[str] = []
    while len(words) < 3 and (word := _WORD_AFTER.match(text, end)) and word[1].lower() not in STOPWORDS:
        words.append(word[1].lower())
        end = word.end()
    return frozenset(words)


# "led Britain from 2010 to 2016", "between 2010 and 2016", "(2010-2016)": the years a term ran
_RANGE_FIRST_AFTER = re.compile(r"\s*(?:to|and|until|till|through|[–—-])\s*(?:19|20)\d\d\b")
_RANGE_FIRST_BEFORE = re.compile(r"(?:\b(?:from|between)\s+|\()$")
_RANGE_LAST_BEFORE = re.compile(r"(?:\b(?:from|between)\s+|\()(?:19|20)\d\d\s*(?:to|and|until|till|through|[–—-])\s*$")


def end_of_a_range(text: str, start: int, end: int) -> tuple[str, int] | None:
    """("start", the range's last year) or ("end", its first) when the year written at `start` begins or ends
    a range of years ("from 2010 to 2016")."""
    if not re.fullmatch(r"(?:19|20)\d\d", text[start:end]):
        return None
    before = text[max(0, start - 20) : start]
    after = _RANGE_FIRST_AFTER.match(text, end)
    if _RANGE_FIRST_BEFORE.search(before) and after:
        return "start", int(after.group()[-4:])
    first = _RANGE_LAST_BEFORE.search(before)
    if first:
        return "end", int(re.findall(r"(?:19|20)\d\d", first.group())[0])
    return None


# "STRASBOURG, France, 18 July 2024", "MADISON, Wis. (Dec. 23)": the place, then the day the story was filed
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.'’ -]*)*(?:,|\s*\()\s*$")


# what a dateline of its own writes before its date: a weekday, or a label ("Updated: Tuesday, ...")
_LINE_BEFORE_A_DATELINE = re.compile(
    r"\s*(?:(?:Published|Updated|Posted|Filed|Dated?)\s*:?\s*)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(r"^\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?[\w .,]{4,24}?\s*$")


def in_dateline(sentence: str, start: int) -> bool:
    """ "STRASBOURG, France, 18 July 2024 (Wire) -", or a line of its own ("Saturday, October 9, 2010"):
    the day the story was filed, not a date of its events."""
    if _DATELINE.match(sentence[:start]) is not None:
        return True
    line_start = sentence.rfind("\n", 0, start) + 1
    if line_start > 0 and sentence[:line_start].strip():
        return False  # the end of a hard-wrapped sentence ("...and was\ncalled off on Nov. 9."), not a line of its own
    line_end = sentence.find("\n", start)
    line = sentence[line_start : line_end if line_end >= 0 else len(sentence)]
    if _LINE_BEFORE_A_DATELINE.fullmatch(sentence, line_start, start) is None:
        return False  # "Voting began on Aug. 3.": a short sentence of its own, not the day the story was filed
    return len(line) <= 40 and _DATE_LINE.match(line) is not None and any(ch.isdigit() for ch in line)


def same_place(claimed: DatePlace, recorded: DatePlace) -> int:
    """How strongly a recorded date stands where the claimed one does (0: not at all)."""
    ends = {claimed.leading, recorded.leading}
    if ends & _STARTS and ends & _ENDS:
        return 0  # "general secretary since 2009" and "President until 2019": the two ends of two terms
    score = min(len(stems(claimed.context) & stems(recorded.context)), 3)
    if _same_first_since(claimed.first_since, recorded.first_since):
        score += _SAME_RANGE  # "for the first time since February 2007" and "first increase since February 2007"
    if claimed.range_end is not None and claimed.range_end == recorded.range_end:
        score += _SAME_RANGE  # "led Britain from 2005 to 2016" and "prime minister from 2010 to 2016"
    if len(stems(claimed.clause) & stems(recorded.clause)) >= _ONE_STATEMENT:
        score += 2  # "imposed illegal restrictions on Android device makers ... since 2013" and "Since 2011, Google
        # has imposed illegal restrictions on Android device manufacturers ...": one statement, in either order
    if not claimed.before or not recorded.before:
        return score
    # "argued on Dec. 1" and "Argued December 1": the word just before; "finance minister since August
    # 2020" and "Minister of Finance August 18, 2020": the two words before, in either order
    last = stems(frozenset(claimed.before[-1:])) == stems(frozenset(recorded.before[-1:])) or same_moment(
        claimed.before[-1], recorded.before[-1]
    )  # "take effect on" and "apply from": words for one moment
    # "launched from Cape Canaveral on Sept. 8" and "The spacecraft launched on Sept. 8": the verb past a place
    last = last or _past_a_place(claimed, recorded) or _past_a_place(recorded, claimed)
    both = len(claimed.before) == 2 and stems(frozenset(claimed.before)) == stems(frozenset(recorded.before))
    # "in a runoff on November 10" and "a runoff will have to be held on November 3": what one date is of, a
    # few words before the other (a step, not the two the word right before gives)
    led = not (last or both) and (_led_by(claimed, recorded) or _led_by(recorded, claimed))
    return score + 2 * (last or both) + both + led


def _past_a_place(one: DatePlace, other: DatePlace) -> bool:
    """Whether the word right before `other` is the word `one` writes before the place or name right before
    its date ("launched from Cape Canaveral on")."""
    return bool(one.words_before) and bool(other.before) and stems(other.before[-1:]) <= stems(one.words_before)


_ONE_STATEMENT = 6  # content words two dates' sentences share that make them one statement


def _clause_words(text: str, start: int, end: int) -> frozenset[str]:
    """The content words of the sentence the date at text[start:end] stands in (not the date's own)."""
    opening = max((found.end() for found in re.finditer(r"[.!?;]\s", text[:start])), default=0)
    closing = re.search(r"[.!?;](?:\s|$)", text[end:])
    stop = end + closing.start() if closing else len(text)
    return frozenset(w for w in content_words(text[opening:start] + " " + text[end:stop]) if not w[0].isdigit())


def _led_by(one: DatePlace, other: DatePlace) -> bool:
    """Whether the word right before `one` is among the few words before `other` (not a weekday's), neither
    marked as another of its kind ("its previous meeting in June" is not "its meeting ending on 2 August")."""
    if not one.before or other.implied or _ANOTHER_OF_ITS_KIND & {*one.lead, *other.lead}:
        return False
    return stems(one.before[-1:]) <= stems(other.lead)


_ANOTHER_OF_ITS_KIND = frozenset("previous last earlier prior next former preceding following".split())
_EARLIER_ONE = frozenset("previous last earlier prior former preceding".split())


def looks_back(place: DatePlace) -> bool:
    """Whether the words before a date mark it as an earlier one of its kind: "last hosted the Games in 1964"."""
    return bool(_EARLIER_ONE & set(place.lead))


def _past_a_name(stretch: str) -> tuple[str, ...]:
    """The word before a place that ends `stretch`, if one does: "The mission launched from Cape Canaveral on"
    -> ("launched",). Not past a person: "the third-youngest, after Boris Becker (1985)"."""
    found = _BEFORE_A_PLACE.search(stretch)
    return tuple(content_words(found["word"])) if found else ()


_BEFORE_A_PLACE = re.compile(
    r"\b(?P<word>[a-z][\w'’-]*)\s+(?:from|in|at|near|off|outside)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}"
    r"(?:on|in)?\s*$"
)


_A_LAW_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,6}(?:Act|Law|Bill|Code|Treaty|Accord|Agreement|Convention|Protocol|Regulation"
    r"|Directive|Amendment|Constitution)\b"
)


def names_a_law(sentence: str, end: int) -> bool:
    """Whether the year ending at `end` is part of a law's name ("the 2018 Greenhouse Gas Pollution Pricing
    Act"): the year the law was made, not the year of what the sentence reports."""
    return _A_LAW_AFTER.match(sentence, end) is not None


def near_date(claimed: str, known: str) -> bool:
    """Two dates one slip apart: the same month, or the same day of another month ("Oct. 25" for Oct. 23);
    a year with a year."""
    (claimed_year, claimed_month, claimed_day), (known_year, known_month, known_day) = parts(claimed), parts(known)
    if claimed_day is not None and known_day is not None:
        return claimed_month == known_month or claimed_day == known_day
    if claimed_day is None and claimed_month and known_month and known_day is not None:  # "November 2022" for
        # a letter of October 19, 2022; "November 2021" for a filing of November 11, 2022
        if claimed_year == known_year:
            return True
        apart = abs(claimed_year - known_year) if claimed_year is not None and known_year is not None else 99
        return claimed_month == known_month and apart <= 2
    if claimed_day is None and known_day is None and claimed_month and known_month:
        # "June 2023" for August 2023, "February 2008" for February 2007
        return claimed_year == known_year or claimed_month == known_month
    return False


def agrees(claimed: str, known: str) -> bool:
    """Whether a known date bears out the claimed one: equal on what both write, and on enough of it (a
    year bears out a year, not a day)."""
    pair = compared(claimed, known)
    if pair is None or pair[0] != pair[1]:
        return False
    written = sum(part is not None for part in parts(claimed))
    return len(pair[0]) >= min(written, 2)


def stands_for_another(mine: DatePlace, place: DatePlace, told: tuple[DatePlace, ...], sentence: str) -> bool:
    """Whether a source's date that the sentence also writes is that other date's, not the claim's: "led Britain
    from 2010 to 2016 ... since he stood down in 2015" against "prime minister from 2010 to 2016, stood down as
    an MP in 2016": the sentence's 2016 stands best at the term's end, so the source's second 2016 is free to
    stand where "2015" does. A day the sentence names by its weekday has no words of its own: it keeps the date."""
    others = [other for other in dates_in(sentence) if other.written != mine.written and agrees(other.iso, place.iso)]
    return not others or any(
        same_place(other, place)
        >= max((same_place(other, p) for p in told if p is not place and agrees(other.iso, p.iso)), default=-1)
        for other in others
    )
