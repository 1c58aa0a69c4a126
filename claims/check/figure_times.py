"""Whether a source's figure is of another time than the sentence's: a source of December 2021 does not
contradict a rate rise of August 2023, nor the 2019 annual report this year's quarterly results."""

from __future__ import annotations

import datetime as dt
import re

from factdesk.sources.index import ExcerptMatch

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ANOTHER_TIME = 365  # days: a source dated this far from the article tells of another time ...
SAME_DAYS = 31  # ... and a source dated this near it, of the article's own days
_ERA = 5  # years: a source this old tells of another event than one a source of the article's days is about


_NOW = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b"
    r"|\bthis\s+(?:week|month|year)\b",
    re.IGNORECASE,
)


def of_another_time(
    match: ExcerptMatch, sentence: str, on: dt.date | None, *, recent: bool = False, of_now: bool = False
) -> bool:
    """... when the sentence tells of the article's own days ("raised rates on Thursday", or a source of those
    days is about it too: `recent`) and does not name the source's year: a source of December 2021 does not
    contradict a rise of August 2023, nor last year's results this year's. A sentence without such a sign may
    tell of a lasting fact ("the 24-storey tower"), which an old source gives."""
    dated = match.source.date
    if on is None or dated is None or abs((dated - on).days) <= _ANOTHER_TIME:
        return False
    said = [int(year) for year in _YEAR.findall(sentence)]
    of_another_era = of_now and abs(dated.year - on.year) >= _ERA  # "a magnitude 6.2 quake" of 2018, in 2024
    if (
        not recent
        and not of_another_era
        and not _NOW.search(sentence)
        and not _of_its_own_years(match.excerpt, said, on)
    ):
        return False
    return not any(abs(year - dated.year) <= 1 for year in said)


def _of_its_own_years(excerpt: str, said: list[int], on: dt.date) -> bool:
    """ "Total net sales decreased 2% ... during 2019 compared to 2018": an old excerpt that names its own years,
    none of them the article's nor one the sentence names, tells of those years."""
    years = [int(year) for year in _YEAR.findall(excerpt)]
    return bool(years) and all(
        abs(year - on.year) >= 2 and all(abs(year - other) > 1 for other in said) for year in years
    )
