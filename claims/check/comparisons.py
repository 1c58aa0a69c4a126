"""Whether a sentence's own figures bear out the comparison it writes: "voted 101-6, comfortably above the
87 votes needed", "won 23.6%, just ahead of the AfD on 30.6%", "179-171, three votes more than the
absolute majority of 176".

A reporter who writes "below" for "above", or "four votes more" for three, contradicts the figures the
sentence itself gives, whatever the sources say. The figure compared is the tally's winning side when what
it is compared with is a count of votes needed, else the nearest figure before the comparison that counts
the same thing. Nothing is said when a figure went down ("contracted 0.2%, below the 0.1% forecast" compares
signed values the sentence writes unsigned), when the two are equal (rounding), or when a figure is hedged
("about", "nearly") and the difference is the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factdesk.claims.check.figure_places import same_unit
from factdesk.claims.check.figure_roles import a_whole
from factdesk.claims.extract.comparisons import DOWN_WORDS, UP_WORDS, leading_comparison
from factdesk.claims.extract.dates_found import find_dates
from factdesk.claims.extract.opposites import figure_text_start, ways_of_a_figure
from factdesk.claims.extract.quantities import find_quantities
from factdesk.claims.sentences import Sentence


@dataclass(frozen=True, slots=True)
class _Written:
    """A figure of the sentence: where it stands (its way or comparison left out), its value and unit."""

    start: int
    end: int
    written: str
    value: float
    unit: str | None
    hedged: bool
    lead: str  # the words the quantity's text leads with: "fell ", "above the "


@dataclass(frozen=True, slots=True)
class WrongComparison:
    """A comparison the sentence's figures contradict, with the spans (in the sentence) of the figures in it."""

    reason: str
    spans: tuple[tuple[int, int], ...]


# "voted 101-6", "by 780 votes to 72", "179-171": a tally, its first side the winning one as reports write it
_TALLY = re.compile(
    r"(?<![\d.,:/-])(?P<for>\d{1,3}(?:,\d{3})?)(?:\s*[-–—]\s*|\s+votes?\s+to\s+|\s+to\s+)(\d{1,3}(?:,\d{3})?)"
    r"(?![\d:/%-]|[.,]\d)(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?|per\s*cent|percent)\b)",
    re.IGNORECASE,
)
_IN_FAVOUR = re.compile(r"(?<![\d.,])(?P<for>\d{1,3}(?:,\d{3})?)\s+(?:votes?\s+)?in\s+favou?r\b", re.IGNORECASE)
_NEEDED = re.compile(r"\b(?:majority|needed|required|threshold|quorum|votes?)\b", re.IGNORECASE)
_STARTED_FROM = re.compile(r"\b(?:from|compared\s+(?:with|to)|against)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_DOWN_NOUNS = re.compile(
    r"\b(?:contract\w*|declin\w*|deficit|loss\w*|negative|minus|shr[iu]nk\w*|slump\w*|drop\w*|fall|falls)\b",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"\d-[a-z]")
_HEDGE_MARGIN = 0.05  # a hedged figure ("more than 45,000") lies clearly the other way only this far off
_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
_OTHER_SIDE = re.compile(r"\s+(?:[a-z]+\s+)?(?:voted\s+(?:against|no)|against|abstained|abstaining|opposed)\b")


@lru_cache(maxsize=4096)  # a sentence's quantity claims all ask of the same sentence
def wrong_comparison(sentence: str) -> WrongComparison | None:
    """The first comparison in `sentence` that its own figures contradict, if any."""
    figures = _figures(sentence)
    for at, against in enumerate(figures):
        word = leading_comparison(against.lead + against.written) if against.lead else None
        if word is None:
            continue
        lead_start = against.start - len(against.lead)
        by = next((f for f in figures[:at] if not sentence[f.end : lead_start].strip()), None)
        compared = _compared(sentence, figures[:at], against, by, lead_start)
        if compared is None:
            continue
        value, written, compared_span = compared
        if _went_down(sentence, compared_span, lead_start, against):
            continue
        a, b = _in_days(value, _unit_of(figures, compared_span), against.value, against.unit)
        spans = tuple(span for span in (compared_span, (lead_start, against.end)) if span is not None)
        if by is not None:
            spans += ((by.start, by.end),)
        hedged = _hedged(figures, compared_span)
        if hedged and abs(a - b) <= _HEDGE_MARGIN * max(abs(a), abs(b)):
            continue  # "nearly 87 votes, above the 85 needed": too close to say which way a hedged figure lies
        if (word in UP_WORDS and a < b) or (word in DOWN_WORDS and a > b):
            return WrongComparison(f"the sentence gives {written}, not {word} {against.written}", spans)
        if by is not None and not (hedged or by.hedged or against.hedged) and _whole(value, against.value, by.value):
            apart = abs(value - against.value)
            if apart != by.value:
                reason = f"{written} and {against.written} are {apart:g} apart, not {by.written}"
                return WrongComparison(reason, spans)
    return None


def _figures(sentence: str) -> list[_Written]:
    whole = Sentence(0, len(sentence), sentence)
    dates = [(found.start, found.end) for found in find_dates(whole)]
    figures = []
    for mention in find_quantities(whole, dates):
        lead = figure_text_start(mention.text)
        unit = mention.fields.get("unit")
        figures.append(
            _Written(
                mention.start + lead, mention.end, mention.text[lead:], float(mention.fields["value"]),
                str(unit) if unit else None, bool(mention.fields.get("approx")), mention.text[:lead],
            )
        )  # fmt: skip
    return figures


def _compared(
    sentence: str, before: list[_Written], against: _Written, by: _Written | None, lead_start: int
) -> tuple[float, str, tuple[int, int] | None] | None:
    """The figure compared with `against`: its value, as written, and its span when a quantity claim has it."""
    if _counts_votes(sentence, against):
        tallies = [*_TALLY.finditer(sentence, 0, lead_start), *_IN_FAVOUR.finditer(sentence, 0, lead_start)]
        if tallies:
            first = min(tallies, key=lambda found: found.start())
            return float(first["for"].replace(",", "")), first.group().strip(), None
    for figure in reversed(before):
        if figure is by or _STARTED_FROM.search(sentence, max(0, figure.start - 40), figure.start):
            continue
        if _COMPOUND.search(figure.written) or a_whole(sentence, figure.start):
            continue  # "the 400-member assembly", "240 of the 543 seats": the whole, not a figure compared
        if _OTHER_SIDE.match(sentence, figure.end):
            continue  # "182 members voted against him and 199 abstained, leaving him 51 short": not his count
        if _comparable(figure.unit, against.unit):
            return figure.value, figure.written, (figure.start, figure.end)
    return None


def _counts_votes(sentence: str, against: _Written) -> bool:
    """Whether the figure compared with is a count of votes: "the 87 votes needed", "the majority of 176"."""
    return bool(_NEEDED.search(against.lead) or _NEEDED.match(sentence, against.end, against.end + 12)) or (
        against.unit is not None and _NEEDED.fullmatch(against.unit) is not None
    )


def _comparable(unit: str | None, other: str | None) -> bool:
    unit, other = (None if u in ("needed", "required") else u for u in (unit, other))  # "66 needed" counts no "needed"
    if unit is None or other is None or same_unit(unit, other):
        return True
    return _day_unit(unit) is not None and _day_unit(other) is not None


def _day_unit(unit: str | None) -> float | None:
    return _DAYS.get((unit or "").lower().rstrip("s"))


def _unit_of(figures: list[_Written], span: tuple[int, int] | None) -> str | None:
    return next((f.unit for f in figures if span is not None and (f.start, f.end) == span), None)


def _hedged(figures: list[_Written], span: tuple[int, int] | None) -> bool:
    return any(f.hedged for f in figures if span is not None and (f.start, f.end) == span)


def _in_days(value: float, unit: str | None, other: float, other_unit: str | None) -> tuple[float, float]:
    """Both in days when both are durations ("270 months", "12-1/2 years"), else as written."""
    days, other_days = _day_unit(unit), _day_unit(other_unit)
    if days is None or other_days is None:
        return value, other
    return value * days, other * other_days


def _went_down(sentence: str, compared_at: tuple[int, int] | None, lead_start: int, against: _Written) -> bool:
    """Whether the compared figure, or the one it is compared with, went down or is a loss ("fell 0.2%, less
    than the 0.5% drop forecast"): the words from before the first to after the second, the comparison's
    own word left out."""
    start = max(0, compared_at[0] - 40) if compared_at else 0
    stretch = f"{sentence[start:lead_start]} {sentence[against.start : against.end + 30]}"
    down = ways_of_a_figure()[1]
    lowered = stretch.lower()
    return bool(_DOWN_NOUNS.search(stretch)) or any(re.search(rf"\b{re.escape(way)}\b", lowered) for way in down)


def _whole(*values: float) -> bool:
    return all(value == int(value) for value in values)
