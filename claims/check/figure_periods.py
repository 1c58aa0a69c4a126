"""The reporting period a figure is of: "2.9% in the fourth quarter", "Q4 2022 $76,048 million".

A statistics or earnings release gives the same measure for several periods side by side ("GDP grew 4.8
percent in the first quarter, 0.4 percent in the second ... and 2.9 percent in the fourth"), and an
article's sentence often does too ("slowed to 2.9% from 3.9% in the third quarter"). Which of a release's
figures stands where the article's does is told by the period each is written with: the phrase just after
the figure, in its clause, or failing that the one before it ("Fourth-quarter growth slowed to 2.9%").
"""

from __future__ import annotations

import re

_ORDINALS = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4"}
_ORDINAL = r"first|1st|second|2nd|third|3rd|fourth|4th"
_YEAR = r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?"
_PERIODS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "the first three quarters", "the first nine months", "the first half", "H1 2024", "fourth-quarter", "Q4"
    (re.compile(r"\bfirst\s+(?:three\s+quarters|nine\s+months)" + _YEAR, re.I), "9m"),
    (re.compile(r"\b(?:first\s+(?:half|six\s+months)|H1)\b" + _YEAR, re.I), "h1"),
    (re.compile(r"\b(?:second\s+half|H2)\b" + _YEAR, re.I), "h2"),
    (re.compile(rf"\b(?P<quarter>{_ORDINAL})[\s-]+quarter\b" + _YEAR, re.I), "q"),
    (re.compile(r"\bQ(?P<quarter>[1-4])\b" + _YEAR), "q"),
    (re.compile(r"\b(?:full[\s-]+year|fiscal\s+year|financial\s+year|FY)\b" + _YEAR, re.I), "year"),
)
_REACH = 45  # characters from the figure in which its period is written
_CLAUSE_EDGE = re.compile(r"[;:()\[\]]|,\s(?!\d)|[.!?](?:\s|$)")
_SENTENCE_EDGE = re.compile(r"[;()\[\]]|[.!?](?:\s|$)|(?<!\w)(?!(?:19|20)\d\d\b)\d[\d,.]*")
_DAY_OF_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
_NUMBER = re.compile(r"(?<!\w)(?!(?:19|20)\d\d\b)\d")  # a figure, not "Q4" or a year


def period_at(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The period a figure at text[start:end] is of, as ("q4", "2022") or ("h1", ""); None when its clause
    names none. After the figure first ("3.9 percent in the third quarter"), up to the next figure; then
    the nearest before it, back to the figure before ("Q4 2022 $76,048 million", "For the full year, revenue
    rose 9%")."""
    after = text[end : end + _REACH]
    after = _cut(after, [_CLAUSE_EDGE.search(after), _NUMBER.search(after)])
    found = _periods(after)
    if found:
        return found[0]
    before = text[max(0, start - 2 * _REACH) : start]
    # "For the full fiscal year, which ended on Sept. 30, revenue fell": a day of a month is no figure
    before = _DAY_OF_MONTH.sub(lambda day: re.sub(r"[\d.]", "x", day[0]), before)
    edges = list(_SENTENCE_EDGE.finditer(before))  # back to the sentence's start or the figure before it
    after_figure = bool(edges) and edges[-1].group()[0].isdigit()
    before = before[edges[-1].end() :] if edges else before
    clauses = _CLAUSE_EDGE.split(before)
    found = _periods(clauses[-1])
    if not found and not after_figure and len(clauses) > 1:
        found = _periods(clauses[0])  # an opening phrase: "For the full year, revenue rose 9%"
    return found[-1] if found else None


def one_period_in(text: str) -> tuple[str, str] | None:
    """The one period a text names ("Alphabet Announces Third Quarter 2023 Results"): the period of the figures
    in it, or under it, that name none. A text naming two ("Fourth Quarter and Fiscal Year 2023") settles
    nothing."""
    found = set(_periods(text))
    return found.pop() if len(found) == 1 else None


def other_period(claimed: tuple[str, str] | None, recorded: tuple[str, str] | None) -> bool:
    """Whether two figures are of different periods: both name one, and the periods (or their years) differ."""
    if claimed is None or recorded is None:
        return False
    (kind, year), (other_kind, other_year) = claimed, recorded
    return kind != other_kind or bool(year and other_year and year != other_year)


def _cut(text: str, edges: list[re.Match[str] | None]) -> str:
    starts = [edge.start() for edge in edges if edge is not None]
    return text[: min(starts)] if starts else text


def _periods(text: str) -> list[tuple[str, str]]:
    """The periods written in `text`, in the order written."""
    found: list[tuple[int, str, str]] = []
    for pattern, kind in _PERIODS:
        for match in pattern.finditer(text):
            if any(at <= match.start() < at + 12 for at, _, _ in found):
                continue
            quarter = match.groupdict().get("quarter")
            named = f"q{_ORDINALS.get(quarter.lower(), quarter)}" if quarter else kind
            found.append((match.start(), named, match["year"] or ""))
    return [(kind, year) for _, kind, year in sorted(found)]
