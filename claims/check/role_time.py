"""When a role claim is about: the article's date, a date its own sentence gives for the title, or the
start of a term the sentence reports ("the Senate confirmed X as defense secretary").

A date in a clause about something else ("France coach X, who won the trophy as a player in 1998,")
is not when the title was held, nor is a date that says when something began or ended.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from factdesk.claims.check.offices import head_word
from factdesk.claims.dates import DATE_PATTERN, date_from_match
from factdesk.claims.model import Claim
from factdesk.sources.model import Role


@dataclass(frozen=True, slots=True)
class When:
    """The time a role claim is about: the article's date, or a date its own sentence gives."""

    first: dt.date
    last: dt.date
    label: str  # "on 2024-03-25", "in 2021-09"
    after_name: bool = False  # a date the sentence writes after the name, in a later clause maybe of another thing
    far_before: bool = False  # a date written clauses before the name ("since X led it to power in 1994, ...")
    starts: bool = False  # "who took office in January": the date the term began

    def holds(self, role: Role) -> bool:
        return (role.start is None or role.start <= self.last) and (role.end is None or role.end >= self.first)

    def begins(self, role: Role) -> bool:
        """Whether the term began at this time ("who took office in January"), within a week of it."""
        return role.start is not None and self.first - _START_SLACK <= role.start <= self.last + _START_SLACK

    def surely_holds(self, role: Role) -> bool:
        """Held even on the narrowest reading of a partial term (from 2009: held from 2009-12-31 on)."""
        since, until = role.surely_from, role.surely_until
        return (since is None or since <= self.last) and (until is None or until >= self.first)


_START_SLACK = dt.timedelta(days=7)  # a term begun this near the date the sentence gives began then
# A date that says when something began, ended or happened to someone else is not when the title was held.
_NOT_WHEN = re.compile(r"(?i:\b(?:born|died|until|till|since|from|by|before|after|ends?|expires?)\W+(?:\w+\W+)?)$")
_MONTHS = [name.lower() for name in calendar.month_name[1:]]
# "in January", with no year or day after it: the last January before the article's date
_MONTH_ALONE = re.compile(r"\b(?:in|In)\s+(?P<month>" + "|".join(calendar.month_name[1:]) + r")\b(?![\s,]+\d)")
# "served as prime minister from 2008 to 2013": the years the title was held
_YEARS = re.compile(
    r"\b(?:from|between)\s+(?P<first>(?:19|20)\d\d)\s*(?:to|and|until|through|[–—-])\s*(?P<last>(?:19|20)\d\d)\b"
)
_YEAR = re.compile(r"\b(?:in|In|during|During)\s+(?P<year>(?:19|20)\d\d)\b(?!-|\s*[–—-]\s*\d)")
# "legal since 1975, when a law championed by Health Minister X ...": the year the "when" clause tells of
_YEAR_WHEN = re.compile(r"\b(?P<year>(?:19|20)\d\d),\s+when\b")


def _sentence_dates(sentence: str, on: dt.date | None) -> list[tuple[int, When]]:
    """(offset, period) for each date the sentence gives that is not after the article's date."""
    found: list[tuple[int, When]] = []
    for match in DATE_PATTERN.finditer(sentence):
        if _NOT_WHEN.search(sentence[max(0, match.start() - 24) : match.start()]):
            continue
        value = date_from_match(match)
        if isinstance(value, dt.date):
            found.append((match.start(), When(value, value, f"on {value}")))
        elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = map(int, value.split("-"))
            last = (dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
            found.append((match.start(), When(dt.date(year, month, 1), last, f"in {value}")))
        elif isinstance(value, str) and on is not None and value.startswith("--"):
            day = _nearest(on, int(value[2:4]), int(value[5:7]))
            if day is None:
                continue
            found.append((match.start(), When(day, day, f"on {day}")))
    for match in _MONTH_ALONE.finditer(sentence):
        if on is None:
            break
        month = _MONTHS.index(match["month"].lower()) + 1
        year = on.year if month <= on.month else on.year - 1  # "became prime minister in January": the last one
        last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
        found.append((match.start("month"), When(dt.date(year, month, 1), last, f"in {year}-{month:02d}")))
    for match in _YEARS.finditer(sentence):
        first, last = dt.date(int(match["first"]), 1, 1), dt.date(int(match["last"]), 12, 31)
        found.append((match.start(), When(first, last, f"from {match['first']} to {match['last']}")))
    for match in [*_YEAR.finditer(sentence), *_YEAR_WHEN.finditer(sentence)]:
        year = int(match["year"])
        found.append((match.start("year"), When(dt.date(year, 1, 1), dt.date(year, 12, 31), f"in {year}")))
    return [(at, when) for at, when in found if on is None or when.first <= on]


def _nearest(on: dt.date, month: int, day: int) -> dt.date | None:
    """A day written without its year, in the year that puts it nearest the article's date: "Jan. 28" in a
    story of December 18 is next month's, not eleven months ago."""
    days = []
    for year in (on.year - 1, on.year, on.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(days, key=lambda candidate: abs(candidate - on)) if days else None


# "who took office in January", "was sworn in on May 20": the date is when the term began
_TOOK_OFFICE = re.compile(
    r"(?i:\b(?:took\s+office|assumed\s+office|took\s+over|took\s+the\s+helm|sworn\s+in)\s+(?:in|on)\s+)$"
)


# ", who won the trophy as a player in 1998," / ", which ..." / "(...)": a clause about something else
_ASIDE = re.compile(r",\s+(?:who|whom|whose|which|where|when|after|before|having)\b[^,;]*|\([^()]*\)")
# ", a lawyer who was elected on X's ticket in 2021,": another's description, when it does not follow the name
# (after the name it describes the person: "Mayor X, a former judge who took office in January")
_DESCRIBED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){1,2}(?:who|whom|whose|which)\b[^,;]*")


def when_of(claim: Claim, person: str, on: dt.date | None) -> When | None:
    """A date written in the claim's own sentence (the nearest to the name, and not in an aside the name
    is outside of, unless the aside names the title), else the article's date."""
    at = claim.sentence.find(person.split()[-1])
    title = re.compile(r"\s+".join(map(re.escape, str(claim.fields.get("role") or "-").split())), re.IGNORECASE)
    asides = []
    after_name = at + len(person.split()[-1])
    described = [  # (after the name, or its age: "Kazuo Ueda, 72, an academic who took over in April 2023")
        aside
        for aside in _DESCRIBED.finditer(claim.sentence)
        if aside.start() < after_name
        or not re.fullmatch(r"(?:,\s*\d{1,3})?", claim.sentence[after_name : aside.start()])
    ]
    for aside in [*_ASIDE.finditer(claim.sentence), *described]:
        if aside.start() <= at < aside.end():
            continue
        titled = title.search(aside.group())
        if titled is None:
            asides.append((aside.start(), aside.end()))
        else:  # ", who served as prime minister from 2008 to 2013": the aside tells of the title's time
            at = aside.start() + titled.start()
    dates = [(where, when) for where, when in _sentence_dates(claim.sentence, on) if not _inside(where, asides)]
    if dates:
        where, when = min(dates, key=lambda item: abs(item[0] - at))
        # after the name: "X, who took office in January" (not "He took office in July after the death of X")
        starts = where > at and _TOOK_OFFICE.search(claim.sentence[max(0, where - 40) : where]) is not None
        far_before = where < at and at - where > _FAR_BEFORE and "," in claim.sentence[where:at]
        return replace(when, after_name=where > at, starts=starts, far_before=far_before)
    return None if on is None else When(on, on, f"on {on}")


_FAR_BEFORE = 60  # characters: a date this far before the name, past a comma, may be another clause's thing


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


# "the Senate confirmed X as defense secretary", "X was sworn in as", "expected to elect X as premier"
_APPOINTED = re.compile(
    r"(?i:\b(?:confirm|appoint|name|nominate|elect|re-elect|choose|chose|chosen|pick|tap|install|swear|sworn|"
    r"promote|select|designate)\w*\b)"
)
APPOINTMENT_WINDOW = (dt.timedelta(days=60), dt.timedelta(days=180))  # before, after the article's date


def appointed_as(claim: Claim, person: str) -> bool:
    """Whether the sentence reports the person being given the title ("confirmed X as ..."), so the term
    starts about now rather than being held already."""
    sentence = claim.sentence
    at = sentence.find(person.split()[-1])
    if at < 0:
        return False
    as_after = re.search(r"\bas\s+", sentence[at : at + len(person) + 60])
    verb_before = _APPOINTED.search(sentence[max(0, at - 80) : at + len(person) + 40])
    return as_after is not None and verb_before is not None


def starts_near(role: Role, on: dt.date) -> bool:
    """A term that begins within the appointment window of `on`."""
    before, after = APPOINTMENT_WINDOW
    return role.start is not None and on - before <= role.start <= on + after


# "former", "retired judge X", "X, previously financial secretary": a title the person no longer holds
_FORMER = r"former|ex-|retired|previously|formerly"


def called_former(sentence: str, title: str, person: str) -> bool:
    """ "former prime minister X", "X, a former defence minister": the article says this person no longer
    holds the title (another person's "former" in the sentence says nothing about this one)."""
    words = r"\s+".join(map(re.escape, title.split()))
    surname = re.escape(person.split()[-1])
    # "former Prime Minister X", "Yoon's former defence minister, Kim Yong-hyun"
    before = rf"\b(?:{_FORMER})\s*(?:[\w.'’-]+\s+){{0,2}}?{words},?\s+(?:[\w.'’-]+\s+){{0,3}}?{surname}\b"
    after = (
        rf"\b{surname}(?:['’]s)?,\s+(?:\d+,\s+)?(?:(?:a|the|an)\s+(?:former|retired)|previously|formerly)\s+"
        rf"(?:[\w.'’-]+\s+){{0,2}}?{words}\b"
    )
    return (
        re.search(before, sentence, re.IGNORECASE) is not None or re.search(after, sentence, re.IGNORECASE) is not None
    )


# "three-time prime minister X": terms held, not (necessarily) the office now; "his predecessor as prime minister,
# X": held before
_PAST_MARKER = (
    r"(?:under|then[- ]|former|ex-|retired|previously|formerly|the\s+late|during|founding|predecessor\s+as"
    r"|(?:one|two|three|four|five|six|\d)[- ]time)\s*"
)


# a title that was the holder's when a past deed was done or a place in history won: a term that has ended
# bears it out, but a title never held is not made "of the past" by it
_OF_ITS_DAY = (
    # "Chevron, written by Justice John Paul Stevens": a deed's author, by the title of the deed's day
    r"(?:written|authored|penned)\s+by"
    # "Yingluck Shinawatra, the country's first female prime minister": a place in its history
    r"|\w+['’]s\s+(?:first|second|third|last)"
)


def spoken_of_as_past(sentence: str, title: str, person: str, marker: str = _PAST_MARKER) -> bool:
    """ "under President Joe Biden", "then-Secretary of State X", "former Senator X": a title of that time."""
    words = r"\s+".join(map(re.escape, title.split()))
    # the marker speaks of this person's title: "former Prime Minister David Cameron" says nothing of the
    # "Prime Minister Rishi Sunak" earlier in the sentence
    # "a former human rights lawyer and chief prosecutor": the marker speaks of both callings joined by "and"
    past_title = rf"\b(?:{marker})\s*(?:[\w.'’-]+\s+){{0,3}}?(?:and\s+(?:[\w.'’-]+\s+){{0,2}}?)?{words}\b"
    if not person.strip():
        return re.search(past_title, sentence, re.IGNORECASE) is not None
    surname = re.escape(person.split()[-1])
    after = rf"{past_title},?\s+(?:[\w.'’-]+\s+){{0,5}}?{surname}\b"  # "former Prime Minister David Cameron"
    # "under Presidents Richard Nixon and Gerald Ford": a plural title over a list of names
    after += rf"|{past_title[:-2]}s\b,?\s+(?:[\w.'’-]+,?\s+){{0,7}}?{surname}\b"
    # "Schoof, a former ...", "Chaikasem Nitisiri, a 75-year-old former justice minister"
    apposed = rf"\b{surname}(?:['’]s)?,\s+(?:\d+,\s+)?(?:(?:a|an|the)\s+)?(?:\d{{1,3}}-year-old\s+)?{past_title}"
    # "Galipolo, who served as executive secretary at the finance ministry": a post held once (not "has served")
    served = rf"\b{surname},\s+who\s+(?:had\s+)?(?:once\s+)?served\s+as\s+(?:(?:a|an|the)\s+)?"
    served += rf"(?:[\w.'’-]+\s+){{0,3}}?{words}\b"
    return re.search(f"{after}|{apposed}|{served}", sentence, re.IGNORECASE) is not None


def said_of_the_past(
    sentence: str, title: str, person: str, roles: tuple[Role, ...], when: When, undated: bool
) -> bool:
    """ "then-Prime Minister X" with no date of its own, or "launched in December by former President X" where
    a term ended before the sentence's date ("then-Foreign Secretary X" in April 2022 says X held it then)."""
    if undated:  # "Days later, Chief Executive X resigned": the time of the sentence before, not the article's
        return (
            spoken_of_as_past(sentence, title, person)
            or spoken_of_as_past(sentence, title, person, _OF_ITS_DAY)
            or _LATER_THAN_BEFORE.match(sentence) is not None
        )
    ended = any(role.end is not None and role.end <= when.last for role in roles)
    return ended and called_former(sentence, title, person)


# "Days later, ...": a time after the sentence before's (hours later may still be the article's day)
_LATER_THAN_BEFORE = re.compile(
    r"(?i)\s*(?:(?:just|only|barely)\s+)?(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|few|\d+)\s+)?"
    r"(?:days?|weeks?|months?|years?)\s+later\b"
)
_BEFORE_ANY_ROLE = 30  # years: a date this long before a person's first recorded office is another thing's


def long_before(when: When, roles: tuple[Role, ...]) -> bool:
    """Whether the sentence's date is decades before every office the register records for the person."""
    starts = [role.start for role in roles if role.start is not None]
    return bool(starts) and when.last.year < min(starts).year - _BEFORE_ANY_ROLE


DAYS_OF_A_CHANGE = 7  # a term that ended this near the time asked about: the title of those days


def distance(role: Role, when: When) -> int:
    """Days between a term and the time asked about (0 if they overlap)."""
    if role.start is not None and when.last < role.start:
        return (role.start - when.last).days
    if role.end is not None and when.first > role.end:
        return (when.first - role.end).days
    return 0


_KINDRED_REACH = 45  # days from the time asked about within which an office of the same kind stands for it


def kindred_offices(title: str, roles: tuple[Role, ...], when: When, now: When) -> tuple[Role, ...]:
    """The person's offices of the claimed title's kind ("Associate Justice" for "Chief Justice", "Chief
    Financial Officer" for "Chief Operating Officer") held on the article's day or within weeks of the time
    the sentence speaks of."""
    head = head_word(title)
    return tuple(
        role
        for role in roles
        if head and head_word(role.title) == head and (now.holds(role) or distance(role, when) <= _KINDRED_REACH)
    )
