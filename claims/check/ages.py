"""A person's age ("Ueda, 72,") against what the store's sources say of them: a birth date, or an age.

Sources give ages two ways: a birth date ("Born September 1951", "Theresa May, born 1 October
1956") from which the age on the article's date follows (a year or a month alone allows two ages),
and an age written beside the name ("Sheinbaum, 61, will take office"), which holds only near the
source's own date.
"""

from __future__ import annotations

import datetime as dt
import re

from factdesk.claims.check.date_places import parts
from factdesk.claims.extract.dates_found import find_dates
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.claims.sentences import Sentence
from factdesk.sources.index import ExcerptMatch, StoreIndex
from factdesk.sources.text import fold

_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){0,2}([A-Z][\w'’-]+)),\s*(?:(?:the|a|an|now)\s+|who\s+(?:turned|turns|is|was)\s+)?(?:aged\s+)?$"
)
_NAME_AFTER = re.compile(r"(?:\s+(?:old|years\s+old))?\s+((?:[A-Z][\w'’-]+\s+){0,2}([A-Z][\w'’-]+))(?![\w'’-])")
_BORN = re.compile(r"\bborn\b|\bbirth\s?date\b|\bdate\s+of\s+birth\b", re.IGNORECASE)
# "was born in Trenton, New Jersey, April 1, 1950": the place of birth between "born" and the date
_BIRTHPLACE = re.compile(r"\s*(?:on\s+)?(?:in\s+(?:[A-Z][\w.'’-]*\s*)+(?:,\s*(?:[A-Z][\w.'’-]*\s*)+)*,?\s*(?:on\s+)?)?")
# "Fuentes, 35,", "Fuentes, age 35, of Baltimore", "Fuentes (35)": an age right after the name
_AGE_AFTER_NAME = re.compile(r"(?:,\s*(?:aged?\s+)?|\s*\((?:aged?\s+)?)(\d{1,3})(?:,(?!\d)|\))")  # not "6,984,520"
_SLIP = 5  # years: an age found for the person named near it (not beside it) this far off is another's
_NEAR_SOURCE = dt.timedelta(days=183)  # an age a source writes holds this near the source's date


_TURNING = re.compile(r"\b(?:turns|will\s+turn|turning|is\s+to\s+turn)\s+$", re.IGNORECASE)


def is_age(claim: Claim) -> bool:
    """ "Ueda, 72,", "the 36-year-old son", "aged 22", "22 years old": a figure that is someone's age."""
    unit = claim.fields.get("unit")
    if unit in ("age", "year-old", "years-old"):
        return True
    span = claim.span_in_sentence()
    if span is None:
        return False
    before, after = claim.sentence[max(0, span[0] - 10) : span[0]], claim.sentence[span[1] : span[1] + 8]
    if re.search(r"\b(?:turned|turns)\s+$", before) and unit not in ("percent", "percentage points"):
        return True  # "who turned 66 last month" (the word after is no unit)
    return (unit is None and re.search(r"\baged\s+$", before) is not None) or (
        unit in ("year", "years") and re.match(r"\s+old\b", after) is not None
    )


def check_age(claim: Claim, index: StoreIndex, on: dt.date) -> Suggestion | None:
    """Verified or disputed from a source naming the person with a birth date or an age; None if none does."""
    span = claim.span_in_sentence()
    name = _person_of(claim.sentence, span) if span else None
    value = claim.fields.get("value")
    if not isinstance(value, (int, float)):
        return None
    claimed = int(value)
    if name is not None:
        written, surname = name.group(1), name.group(2)
    elif claim.fields.get("person"):
        # "The 53-year-old, who ...": the person the sentence, or the one before it, is about (found at extraction)
        written = str(claim.fields["person"])
        surname = written.split()[-1]
    else:
        return None
    days = [on, *_earlier_days_told(claim.sentence, on)]
    found: list[tuple[set[int], str, dt.date, ExcerptMatch]] = []
    for match in _about_the_person(index.find_excerpts(surname, limit=20, cutoff=90.0), written, surname):
        named = _where_named(match.excerpt, written, surname)
        if named is None and _where_named(match.source.title, written, surname) is not None:
            named = 0  # "Born September 14, 1970, in Washington": an entry of a source about this person
        if named is None:
            continue
        given = _age_on_a_day(match.excerpt, named, days, claimed) or _age_beside(match, named, on)
        if given is not None:
            found.append((*given, match))
    if not found:
        return None
    # the most precise source decides: "born October 6, 1962" says 62, where "born 1962" allows 61 too
    ages, said, on, match = min(found, key=lambda item: len(item[0]))
    if span and _TURNING.search(claim.sentence, max(0, span[0] - 20), span[0]):
        # "Mbappe, who turns 24 on Tuesday": the age of the next birthday (or of today's, on the day)
        ages = ages | {age + 1 for age in ages}
    evidence = (Evidence(match.source.id, "source", match.excerpt, match.score),)
    if claimed in ages:
        return Suggestion(Verdict.VERIFIED, 80, f"{match.source.id}: {said}, so {claimed} on {on}", evidence)
    if name is None and min(abs(claimed - age) for age in ages) > _SLIP:
        return None  # "the state's 126-year-old flag": the person found near it is not whose age it is
    shown = " or ".join(str(age) for age in sorted(ages))
    return Suggestion(Verdict.DISPUTED, 75, f"{match.source.id}: {said}, so {shown} on {on}, not {claimed}", evidence)


def _person_of(sentence: str, span: tuple[int, int]) -> re.Match[str] | None:
    """The name whose age the figure is: right before it ("Ueda, 72,", "Raka, the 36-year-old son of"), or
    right after it ("the 22-year-old Jannik Sinner")."""
    before = _NAME_BEFORE.search(sentence[max(0, span[0] - 60) : span[0]])
    if before is not None:
        return before
    return _NAME_AFTER.match(sentence, span[1])


def _about_the_person(matches: list[ExcerptMatch], written: str, surname: str) -> list[ExcerptMatch]:
    """The excerpts found, and every excerpt of a found source whose title names the person ("Jackson,
    Ketanji Brown - Biographical Directory"): its entries need not repeat the name."""
    found = list(matches)
    seen = {(match.source.id, match.excerpt) for match in matches}
    for match in matches:
        if _where_named(match.source.title, written, surname) is None:
            continue
        for excerpt in match.source.excerpts:
            if (match.source.id, excerpt) not in seen:
                seen.add((match.source.id, excerpt))
                found.append(ExcerptMatch(match.source, excerpt, match.score))
    return found


def _where_named(excerpt: str, written: str, surname: str) -> int | None:
    """Where the excerpt names the person: by the name as the article writes it, else by the surname when
    only one person of that surname is named there ("Thomas Sam, aged 42, and his wife Manju Sam")."""
    folded = fold(excerpt)
    whole = re.search(rf"\b{re.escape(fold(written))}\b", folded)
    if whole is not None:
        return whole.end()
    alone = list(re.finditer(rf"\b{re.escape(fold(surname))}\b", folded))
    return alone[0].end() if len(alone) == 1 else None


def _earlier_days_told(sentence: str, on: dt.date) -> list[dt.date]:
    """The days before `on` that the sentence writes out in full: "Floyd, a 46-year-old Black man, ... on May 25,
    2020" gives his age on that day, though a report of a later day may give the age of its own day too."""
    days = [dt.date.fromisoformat(found.iso) for found in find_dates(Sentence(0, len(sentence), sentence))
            if found.iso and re.fullmatch(r"\d{4}-\d\d-\d\d", found.iso)]  # fmt: skip
    return [day for day in days if day < on]


def _age_on_a_day(excerpt: str, named: int, days: list[dt.date], claimed: int) -> tuple[set[int], str, dt.date] | None:
    """The ages a birth date allows on the first of `days` (the article's) or, when that does not bear out the
    claimed age, on a day the sentence names that does."""
    given = [(*found, day) for day in days if (found := _ages_from_birth(excerpt, named, day))]
    if not given:
        return None
    return next((item for item in given if claimed in item[0]), given[0])


def _ages_from_birth(excerpt: str, named: int, on: dt.date) -> tuple[set[int], str] | None:
    """The ages a birth date written after the name allows on `on`."""
    born = _BORN.search(excerpt, named)
    if born is None:
        return None
    after = excerpt[born.end() : born.end() + 80]
    dates = [found for found in find_dates(Sentence(0, len(after), after)) if found.iso]
    place = _BIRTHPLACE.match(after)
    if not dates or dates[0].start > max(12, place.end() if place else 0):
        return None
    year, month, day = parts(dates[0].iso or "")
    if year is None:
        return None
    full = on.year - year
    if month is None:
        ages = {full - 1, full}
    elif day is None:
        ages = {full} if on.month > month else {full - 1} if on.month < month else {full - 1, full}
    else:
        ages = {full - ((on.month, on.day) < (month, day))}
    return ages, f"born {dates[0].text}"


def _age_beside(match: ExcerptMatch, named: int, on: dt.date) -> tuple[set[int], str, dt.date] | None:
    """ "Sheinbaum, 61, will take office": an age written right after the name, in a source of about this date."""
    if match.source.date is not None and abs(match.source.date - on) > _NEAR_SOURCE:
        return None
    beside = _AGE_AFTER_NAME.match(match.excerpt, named)
    if beside is None:
        return None
    start = match.excerpt.rfind(" ", 0, max(0, named - 1)) + 1
    return {int(beside.group(1))}, f"“{match.excerpt[start:named]}{beside.group(0).removesuffix(',')}”", on
