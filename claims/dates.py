"""Dates as newsrooms write them: ISO, "March 25, 2024", "25 March 2024", "Mar. 25"."""

from __future__ import annotations

import datetime as dt
import re

# The days of the week as news writes them ("on Saturday"); Monday first, as datetime.weekday() counts.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# after a weekday, the date it is of written out: "Wednesday, August 10, 2022", "Friday 8 September",
# "Monday and Tuesday, 18 and 19 July"; not "On Saturday, 19-year-old Coco Gauff" nor "On Tuesday, 300 people"
DATE_AFTER_WEEKDAY = re.compile(
    rf"(?:\s*(?:,|and|or|&)\s*(?:{'|'.join(WEEKDAYS)}))*,?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\b(?![-\d.,:]\d|-)|[A-Z][a-z]{2,8}\.?\s+\d)"
)
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

# The checker looks a month either side of an article's date; these bounds keep that inside the calendar
# Python can represent (a date of 9999-12-31 would overflow).
EARLIEST = dt.date(2, 1, 1)
LATEST = dt.date(9998, 12, 31)
CHECKABLE_RANGE = f"{EARLIEST.isoformat()} to {LATEST.isoformat()}"


def checkable(day: dt.date) -> bool:
    """Whether an article dated `day` can be checked (the store is searched a month either side)."""
    return EARLIEST <= day <= LATEST


def checkable_day(written: str | None) -> dt.date | None:
    """The day written as YYYY-MM-DD (a review's `article.date`); None if absent, not a date or not checkable."""
    try:
        day = dt.date.fromisoformat(written or "")
    except ValueError:
        return None
    return day if checkable(day) else None


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
# The look-ahead names every possible first character: re then skips other characters fast (2.6x).
DATE_PATTERN = re.compile(
    rf"(?=[0-9JFMASOND])\b(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<md>{_MONTH})\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<md_year>\d{{4}}))?"
    rf"|(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>{_MONTH})(?:,?\s+(?P<dm_year>\d{{4}}))?"
    rf"|(?P<my>{_MONTH})\s+(?P<my_year>\d{{4}}))\b"
)


def parse_date(text: str) -> dt.date | None:
    """The calendar date `text` names exactly (with day and year), or None."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    match = DATE_PATTERN.search(text)
    if match is None:
        return None
    found = date_from_match(match)
    return found if isinstance(found, dt.date) else None


def date_from_match(match: re.Match[str]) -> dt.date | str | None:
    """A full date, or an ISO-like partial ("2024-03", "--03-25") when day or year is missing."""
    if match["iso"]:
        try:
            return dt.date.fromisoformat(match["iso"])
        except ValueError:
            return None
    if match["md"]:
        month_name, day, year = match["md"], match["md_day"], match["md_year"]
    elif match["dm"]:
        month_name, day, year = match["dm"], match["dm_day"], match["dm_year"]
    else:
        month_name, day, year = match["my"], None, match["my_year"]
    month = MONTHS[month_name.rstrip(".").lower()]
    if day is None:
        return f"{year}-{month:02d}"
    if year is None:
        return f"--{month:02d}-{int(day):02d}"
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


# "will vote on Monday", "is due to start in March": a day or month ahead of the report, not behind it
AHEAD = re.compile(
    r"\b(?:will|would|next|upcoming|as early as|as soon as|scheduled|plans? to|set to|due (?:to|on|in|by)"
    r"|expected to|(?:is|are) expected|(?:is|are) to be|to be \w+(?:ed|en|wn|ld))\b",  # "a session to be convened on"
    re.IGNORECASE,
)  # not "than expected" ("a larger-than-expected fall in June")


def weekday_and_date(day: dt.date) -> str:
    """ "Sunday, August 7, 2022": a day as a reason names it, where its weekday is what is in question."""
    return f"{day:%A, %B} {day.day}, {day.year}"


def looks_ahead(text_before: str) -> bool:
    """Whether the words just before a weekday or a month (up to 60 characters) put it after the report."""
    return AHEAD.search(text_before[-60:]) is not None


def weekday_near(issued: dt.date, weekday: str, ahead: bool) -> dt.date:
    """The day a report of `issued` means by "on Friday": that day or the one before it in the week (the
    press's way of dating the week's events), or that day or the next one when it looks ahead."""
    number = WEEKDAYS.index(weekday)
    if ahead:  # "the greeting scheduled for Tuesday", in a report of a Tuesday: that very day
        return issued + dt.timedelta(days=(number - issued.weekday()) % 7)
    return issued - dt.timedelta(days=(issued.weekday() - number) % 7)


def month_near(issued: dt.date, month: int, ahead: bool) -> str:
    """ "2023-03": the month a report of `issued` means by "in March", the last one up to its own month (or
    the next one, when it looks ahead)."""
    if ahead:
        year = issued.year if month >= issued.month else issued.year + 1
    else:
        year = issued.year if month <= issued.month else issued.year - 1
    return f"{year}-{month:02d}"
