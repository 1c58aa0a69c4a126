"""Looking a figure up the way a fact-checker does: its number, what it counts and whose it is.

The excerpts retrieved for a whole sentence are about its event, and a long sentence ("X, the founder of
the collapsed exchange, was sentenced on Thursday to 25 years in prison for stealing $8 billion from
customers ...") can bring up another person's figure ("Y sentenced to two years") before the source that
gives this one. Before a figure is called contradicted, the store is searched for the figure itself with
its unit and the names of its sentence; a source that gives it there bears it out.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from weakref import WeakKeyDictionary

from factdesk.claims.check.counted_alike import counted_alike
from factdesk.claims.check.figure_fits import bounds_contradict, digits_swapped, mistyped
from factdesk.claims.check.figure_fits import fits as figure_fits
from factdesk.claims.check.figure_periods import one_period_in, other_period
from factdesk.claims.check.figure_places import NOT_NAMES as _NOT_NAMES
from factdesk.claims.check.figure_places import Figure, figures_in, same_place, same_unit, stems
from factdesk.claims.extract.comparisons import comparison_length
from factdesk.claims.extract.currencies import same_money
from factdesk.claims.extract.quantities import MAGNITUDE
from factdesk.claims.model import Claim
from factdesk.sources.index import ExcerptMatch, StoreIndex
from factdesk.sources.model import Source

_FOUND = 70.0  # an excerpt scoring this against the figure's own words is about them
_PLACED = 2  # ... and gives the figure where the claim does when it stands this firmly there
_POSSESSIVE = re.compile(r"['’]s\b")
_AFTER = 60  # characters after the figure whose names may still be whose it is
# "NEW YORK, March 28 (Reuters) - ": where and when the report was filed, not what it is about
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .,'’-]+,[^-–—]{0,40}?\s[-–—]+\s")
_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*[\w'’]")


def given_with_its_subject(
    claim: Claim, claimed: Figure, index: StoreIndex, place: int
) -> tuple[Figure, ExcerptMatch] | None:
    """An excerpt found by the figure, its unit and the sentence's names that gives this very figure, about as
    firmly in its place as the contradicting figure stands (`place`), if there is one. Only a telling figure
    counts (`_worth_looking_up`)."""
    if not _worth_looking_up(claimed):
        return None
    span = claim.span_in_sentence()
    if span is None:
        return None
    clause = _DATELINE.sub("", claim.sentence[: span[1] + _AFTER])
    text = claim.text[comparison_length(claim.text) :]  # "ahead of the CDU on 23.6%": the figure's own words
    own_words = _POSSESSIVE.sub("", " ".join((text.replace("-", " "), *claimed.before, *claimed.after[:2])))
    names = [_POSSESSIVE.sub("", name) for name in _names_of(clause)]  # "the ECB's 2% target": the ECB's words
    # with the names first ("Bankman-Fried sentenced 25 years"), then without them: a source may name the
    # thing otherwise ("AMPTP" for "the Alliance of Motion Picture and Television Producers")
    for query in (f"{own_words} {' '.join(names)}", own_words) if names else (own_words,):
        for match in index.find_excerpts(query, limit=4, cutoff=_FOUND):
            for figure in figures_in(match.excerpt):
                exact = same_unit(claimed.unit, figure.unit) and _same_value(claimed, figure)
                if exact and same_place(claimed, figure) >= min(_PLACED + 2, max(_PLACED, place)):
                    return figure, match
    return None


def _worth_looking_up(claimed: Figure) -> bool:
    """A telling figure: a count under ten, or a figure without its unit, turns up in any excerpt."""
    return claimed.unit is not None and not (claimed.kind == "count" and claimed.value < 10)


def _same_value(claimed: Figure, recorded: Figure) -> bool:
    """The very figure, as rounding allows but no approximation: "about 700" found is no "700" confirmed."""
    if bounds_contradict(claimed, recorded):
        return False
    return figure_fits(replace(claimed, approx=None), replace(recorded, approx=None))


def _names_of(text: str) -> list[str]:
    """The capitalised words but the first and the names of days and months: the people and things it is about."""
    found = [name for name in _NAME.findall(text) if name.lower() not in _NOT_NAMES]
    return found[1:] if found and text.lstrip().startswith(found[0]) else found


def given_by_its_names(claim: Claim, claimed: Figure, index: StoreIndex) -> tuple[Figure, ExcerptMatch, bool] | None:
    """A figure the store writes just after the names the claim's figure is of ("John Dramani Mahama (National
    Democratic Congress): 6,328,397 votes, 56.55%"), with whether it bears the claim out; only the very figure or
    that figure mistyped counts. For a source the sentence's words did not bring up (a results table)."""
    names = claimed.names | claimed.subjects
    if not names or not _worth_looking_up(claimed):
        return None
    query = " ".join((*sorted(names), claim.text[comparison_length(claim.text) :], *claimed.before, *claimed.after[:2]))
    wanted = stems(names)
    # looked up loosely: the names just before the figure and its very value (or that mistyped) decide; the
    # very value anywhere among them first ("over EUR 1.8 billion" in one excerpt, "EUR 1,840,000,000" in another)
    slip: tuple[Figure, ExcerptMatch, bool] | None = None
    for match in index.find_excerpts(query, limit=8, cutoff=_LOOSELY):
        for figure in figures_in(match.excerpt):
            at = match.excerpt.find(figure.written.strip())
            before = match.excerpt[max(0, at - _NAMED_BEFORE) : max(0, at)]
            if (
                at < 0
                or not same_unit(claimed.unit, figure.unit)
                or not stems(name.lower() for name in _NAME.findall(before)) & wanted
            ):
                continue
            if _same_value(claimed, figure):
                return figure, match, True
            if slip is None and mistyped(claimed, figure) and not figure_fits(figure, claimed):
                slip = figure, match, False  # "over 1.8 billion" is no slip for 1.84 billion: it says as much
    return slip


_LOOSELY = 45.0
_NAMED_BEFORE = 90  # characters before a figure in which a table row or list names whose it is


def written_anywhere(claimed: Figure, index: StoreIndex) -> tuple[Figure, Source, str] | None:
    """A figure anywhere in the store that is this very figure, when it is too particular to recur by chance
    (`_particular`): "$76.05 billion a year earlier" is the results table's "Q4 2022 $76,048 million" though
    no word of the sentence brings that table up. Found by value, the way a fact-checker searches a PDF."""
    if not _particular(claimed):
        return None
    values, entries = _figures_by_value(index)
    low, high = claimed.value * (1 - _NEAR), claimed.value * (1 + _NEAR)
    for at in range(bisect_left(values, low), bisect_right(values, high)):
        figure, source, excerpt = entries[at]
        if same_unit(claimed.unit, figure.unit) and _same_value(claimed, figure):
            return figure, source, excerpt
    return None


def in_a_related_source(claimed: Figure, related: list[ExcerptMatch]) -> tuple[Figure, Source, str] | None:
    """This very figure with its unit in another excerpt of a source about the sentence: "UBS to buy Credit
    Suisse for 3 billion Swiss francs" and the UBS release, found by its title, that gives "a total
    consideration of CHF 3 billion" in its text. Not a dispute, however firmly another figure stands. Only a
    sum of money is looked up so: a release gives many shares ("food at home up 12.2%" beside "gasoline up
    11.2%"), a game's record many short counts ("57 yd")."""
    if claimed.kind != "money":
        return None
    sources = {match.source.id: match.source for match in related}
    for source in sources.values():
        for excerpt in source.excerpts:
            for figure in figures_in(excerpt):
                if same_unit(claimed.unit, figure.unit) and figure.value == claimed.value:
                    return figure, source, excerpt
    return None


def given_on_its_day(
    claimed: Figure, sentence: str, index: StoreIndex, on: dt.date | None, against: Source
) -> tuple[Figure, Source, str] | None:
    """This very figure with its unit in a source of the article's own day, when the figure `against` it is an
    older source's: "cut its key lending rate ... to 6.25%" and the central bank's statement of that day, worded
    so differently ("decided to reduce the policy repo rate ... to 6.25 per cent") that its words did not bring
    it up, while last meeting's "6.50 per cent" did. A figure without its unit, or a small count, is no such find."""
    if on is None or not _worth_looking_up(claimed) or against.date is None:
        return None
    if abs((against.date - on).days) <= _ANOTHER_WEEK:
        return None  # a source of these days gives another figure in its place: that stands
    if re.search(rf"\b{against.date:%B}\b", sentence):
        return None  # "down from the 2.9% it forecast in July": the sentence tells of the older source's month
    for source, excerpt in index.excerpts():
        if source.date is None or abs((source.date - on).days) > _ITS_DAY:
            continue
        for figure in figures_in(excerpt):
            if same_unit(claimed.unit, figure.unit) and _same_value(claimed, figure):
                return figure, source, excerpt
    return None


_ITS_DAY = 1  # days: a statement issued this near the article's date is of its news ...
_ANOTHER_WEEK = 7  # ... and one issued further away than this, of an older one


def mistyped_anywhere(claimed: Figure, index: StoreIndex) -> tuple[Figure, Source, str] | None:
    """A figure anywhere in the store that is this one with a digit mistyped or two swapped ("96,241,691" for
    96,214,691), with its unit; the caller asks only for a figure too long to recur by chance."""
    values, entries = _figures_by_value(index)
    low, high = claimed.value / 10, claimed.value * 10  # a slip keeps the number of digits
    for at in range(bisect_left(values, low), bisect_right(values, high)):
        figure, source, excerpt = entries[at]
        counted_alike = figure.unit is None or same_unit(claimed.unit, figure.unit)  # a table writes bare counts
        if figure.value != claimed.value and counted_alike and mistyped(claimed, figure):
            return figure, source, excerpt
    return None


def swapped_anywhere(claimed: Figure, index: StoreIndex) -> tuple[Figure, Source, str] | None:
    """A figure anywhere in the store with the same unit that is this one with two neighbouring digits swapped
    ("$57.5 billion" for the store's $55.7 billion); the caller asks only for a figure with a unit and three
    digits or more, which no other figure of a story's store matches so by chance."""
    values, entries = _figures_by_value(index)
    low, high = claimed.value / 10, claimed.value * 10
    for at in range(bisect_left(values, low), bisect_right(values, high)):
        figure, source, excerpt = entries[at]
        if figure.unit is not None and same_unit(claimed.unit, figure.unit) and digits_swapped(claimed, figure):
            return figure, source, excerpt
    return None


def rescaled_anywhere(claimed: Figure, index: StoreIndex) -> tuple[Figure, Source, str] | None:
    """A figure anywhere in the store with this one's unit a thousandfold off, as this one's numeral rounds it
    ("$42 billion" for the store's "USD 42 million", "about 1.4 billion votes" for 1,441,066 votes): the scale
    word slipped, as two digits and a unit recur so by no chance."""
    numeral = numeral_of(claimed).replace(",", "")
    digits = numeral.replace(".", "").strip("0")
    if claimed.unit is None or len(digits) < 2 or not _SCALE_WORD.search(claimed.written):
        return None
    if not re.fullmatch(r"\d+(?:\.\d+)?", numeral):
        return None  # "1.234.567": a numeral written otherwise
    values, entries = _figures_by_value(index)
    for other in (claimed.value / 1000, claimed.value * 1000):
        # as precise as the numeral's last digit ("1.4" of millions: to a tenth of a million), or rough
        step = other / float(numeral) * 10 ** -(len(numeral.partition(".")[2]))
        slack = max(step / 2, other * 0.1 if claimed.approx else 0.0) + other * 1e-9
        for at in range(bisect_left(values, other - slack), bisect_right(values, other + slack)):
            figure, source, excerpt = entries[at]
            if figure.unit is not None and same_unit(claimed.unit, figure.unit):
                return figure, source, excerpt
    return None


_SCALE_WORD = re.compile(r"\d\s?(?:thousand|million|billion|trillion|bn|mn|tn|m|k)\b", re.IGNORECASE)
_NEAR = 0.01  # a figure rounded as written is within this share of the value it stands for
_SIGNIFICANT = 3  # digits that make a sum or a count particular: "$1.05", "$76.05 billion", "182,502"


def _particular(claimed: Figure) -> bool:
    """A sum of money or a count of things written to three significant digits or more, or a quake's magnitude
    (agencies give one quake different readings: 7.6 and 7.5). A share ("1.75%") is not: a rate recurs from one
    period to the next."""
    if claimed.unit == MAGNITUDE and not claimed.approx:
        return True
    if claimed.kind == "percent" or claimed.unit is None or claimed.approx or claimed.value <= 0:
        return False
    digits = numeral_of(claimed).replace(",", "")
    digits = digits.replace(".", "").lstrip("0") if "." in digits else digits.rstrip("0")
    return len(digits) >= _SIGNIFICANT


_BY_VALUE: WeakKeyDictionary[StoreIndex, tuple[int, list[float], list[tuple[Figure, Source, str]]]]
_BY_VALUE = WeakKeyDictionary()


def _figures_by_value(index: StoreIndex) -> tuple[list[float], list[tuple[Figure, Source, str]]]:
    """The store's figures sorted by value, read once per store (again when a reviewer adds a source)."""
    excerpts = index.excerpts()
    cached = _BY_VALUE.get(index)
    if cached is not None and cached[0] == len(excerpts):
        return cached[1], cached[2]
    entries = sorted(
        ((figure, source, excerpt) for source, excerpt in excerpts for figure in figures_in(excerpt)),
        key=lambda entry: entry[0].value,
    )
    values = [figure.value for figure, _, _ in entries]
    _BY_VALUE[index] = (len(excerpts), values, entries)
    return values, entries


_BESIDE = 50  # characters before a number in which the name it belongs to is written
_NUMERAL_WRITTEN = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numeral_of(claimed: Figure) -> str:
    """The number as the claim writes it ("1,508" of "1,508 votes")."""
    found = _NUMERAL_WRITTEN.search(claimed.written)
    return found.group() if found else ""


def written_beside_its_subject(claimed: Figure, related: list[ExcerptMatch]) -> ExcerptMatch | None:
    """A related excerpt that writes the claim's very number, as digits, just after a name the claim's clause
    gives, where the figure finder read no figure (a stat line, a table cell): not a contradiction."""
    numeral = numeral_of(claimed)
    if len(numeral) < 2 or claimed.kind != "count" or not (claimed.names | claimed.subjects):
        return None
    if re.search(r"\d\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b", claimed.written):
        return None  # "68.7 million" is not "68.7 billion": the scale is part of the figure
    named = stems(claimed.names | claimed.subjects)
    pattern = re.compile(rf"(?<![\d.,]){re.escape(numeral)}(?![\d]|[.,]\d)")
    for match in related:
        if any(bounds_contradict(claimed, f) for f in figures_in(match.excerpt) if f.value == claimed.value):
            continue  # "more than 11,000 voting members" read there says otherwise than "fewer than 11,000"
        for found in pattern.finditer(match.excerpt):
            before = match.excerpt[max(0, found.start() - _BESIDE) : found.start()]
            if stems(word.lower() for word in re.findall(r"[A-Z][\w'’-]+", before)) & named:
                return match
    return None


def of_its_period(figures: list[Figure], match: ExcerptMatch) -> list[Figure]:
    """The excerpt's figures, those that name no period of the one period the excerpt names ("revenues in Q4
    2023 increased 13% ... Cloud revenues increased 26%"), or else its source's title."""
    titled = one_period_in(match.excerpt) or one_period_in(match.source.title)
    if titled is None:
        return figures
    return [figure if figure.period else replace(figure, period=titled) for figure in figures]


def exactly_given(claimed: Figure, related: list[ExcerptMatch]) -> tuple[Figure, ExcerptMatch] | None:
    """A related excerpt's figure with the claim's very value and unit (or none), if the value is distinctive enough
    (a decimal, a share, money, or 10 and over) that finding it there is no coincidence."""
    distinctive = claimed.value >= 10 or claimed.value != int(claimed.value) or claimed.unit is not None
    if not distinctive:
        return None
    for match in related:
        for figure in of_its_period(figures_in(match.excerpt), match):
            bare_but_telling = figure.unit is None and (claimed.value >= 10 or claimed.value != int(claimed.value))
            # "500-seat" and "the 500-member House": nouns that count the same things
            alike = figure.unit is not None and claimed.unit is not None and counted_alike(figure.unit, claimed.unit)
            if other_period(claimed.period, figure.period):
                continue  # "2.4 percent in the first three quarters" is not the fourth quarter's 2.4%
            if bounds_contradict(claimed, figure):
                continue  # "less than 94%" is not borne out by "over 94%"
            same = figure.unit == claimed.unit or (
                figure.kind == claimed.kind == "money"
                and same_money(claimed.unit, claimed.written, figure.unit, figure.written)
            )  # "C$30 billion" and a Canadian government's "$30 billion"
            if figure.value == claimed.value and (same or bare_but_telling or alike):
                return figure, match  # "a majority of 230" gives "230 votes"; "deaths 827" gives "827 deaths"
    return None
