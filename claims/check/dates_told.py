"""The dates a source's excerpt tells, as its own date makes them: "on Monday" in a report of a Tuesday is the day
before, "last Nov. 8" in a report of December 2013 is November 8, 2013."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from factdesk.claims.check.date_places import DatePlace, dates_in, place_at
from factdesk.claims.dates import DATE_AFTER_WEEKDAY, looks_ahead, weekday_near

# "on Sunday", "Wednesday's vote", "has today authorised": a day a dated report names by its place in the week
_DAY_NAMED = re.compile(
    r"\b(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?"
    r"|(?P<today>[Tt]oday)|(?P<yesterday>[Yy]esterday))\b"
)


@lru_cache(maxsize=20_000)
def dates_told(text: str, issued: dt.date | None) -> tuple[DatePlace, ...]:
    """The dates of an excerpt, with the days its report names by weekday: "on Sunday" in a report of
    Sunday 3 April 2022 is that day, "on Monday" in it the Monday before (the press's way of dating the
    week's events); "will vote on Monday", the Monday after. Without the report's date, only the dates
    written out."""
    written = dates_in(text)
    if issued is None:
        return written
    written = tuple(_in_its_year(place, text, issued) for place in written)
    named = []
    for found in _DAY_NAMED.finditer(text):
        if found["weekday"] and DATE_AFTER_WEEKDAY.match(text, found.end()):
            continue  # the date written out is read already
        if found["today"]:
            day = issued
        elif found["yesterday"]:
            day = issued - dt.timedelta(days=1)
        else:
            day = weekday_near(issued, found["weekday"], looks_ahead(text[: found.start()]))
        place = place_at(text, found.start(), found.end(), found[0], day.isoformat())
        # "ratified Finland's membership on Monday": a weekday tells when the whole clause happened, not what
        # the words just before it are
        named.append(DatePlace(place.iso, place.written, place.context, (), implied=True))
    return written + tuple(named)


def _in_its_year(place: DatePlace, text: str, issued: dt.date) -> DatePlace:
    """A day written without its year ("last Nov. 8", in a report of December 8, 2013) as the report's year puts
    it: the last such day up to the report, or the next one when the words before it look ahead."""
    found = re.fullmatch(r"--(\d\d)-(\d\d)", place.iso)
    if found is None:
        return place
    month, day = int(found[1]), int(found[2])
    at = text.find(place.written)
    if at < 0 or _HABITUAL.search(text, max(0, at - 30), at):
        return place  # "Our fiscal year ends on June 30": a day of every year
    ahead = looks_ahead(text[:at])
    later = (month, day) > (issued.month, issued.day)
    if ahead:
        year = issued.year if later or (month, day) == (issued.month, issued.day) else issued.year + 1
    else:
        year = issued.year - 1 if later else issued.year  # a day of the year so far goes without its year
    try:
        resolved = dt.date(year, month, day)
    except ValueError:
        return place  # "Feb. 29" of a year that has none: left as written
    if not ahead and later and (issued - resolved).days > _LAST_YEARS_DAYS:
        return place  # "20 September" in a report of February: of which year, a late report does not say
    return replace(place, iso=resolved.isoformat())


_LAST_YEARS_DAYS = 75  # how far back into the year before a report still writes a day without its year
_HABITUAL = re.compile(r"\b(?:ends?|begins?|starts?|runs?|falls?|closes?|opens?|is|are|each|every)\b[^.]{0,15}$")
