"""An amount converted into another currency in brackets: "A$1.3 billion ($920 million)", "£758m ($905m)".

Wire copy converts at the day's rate, and every source converts at its own, so a converted amount is only
ever borne out, never disputed: AP's "$919 million" for the same A$1.3 billion is no contradiction.
"""

from __future__ import annotations

import datetime as dt
import re

from factdesk.claims.check.figure_places import figures_in
from factdesk.claims.check.figures import check_quantity
from factdesk.claims.model import Claim, Suggestion, Verdict
from factdesk.sources.index import StoreIndex

_RATES_APART = 5.0  # two currencies' amounts for one sum lie closer than this factor (a scale slip: 1,000)
_SCALE = r"(?:\s?(?:billion|million|trillion|bn|mn|mln|bln|m|k)\b)?"
_SIGN = r"(?:[A-Z]{1,3}\$|US\$|[$€£¥₹]|(?:Sh|Rs|R|Rp|RM|P)\.?\s?)"
_CURRENCY_WORD = (
    r"(?:\s+(?:[A-Z][a-z]+\s+)?(?:dollars?|euros?|pounds?|yen|yuan|rupees?|shillings?|rand|pesos?|reais|real|francs?"
    r"|won|naira|baht|ringgit))"
)
_CONVERSION = re.compile(
    # the amount first, by its sign or its currency's name ...
    rf"(?:{_SIGN}\s?\d[\d,.]*{_SCALE}|\d[\d,.]*{_SCALE}{_CURRENCY_WORD})"
    # ... then the converted amount in brackets, perhaps rounded ("about $920 million")
    rf"\s*\((?P<converted>(?:(?:about|around|some|roughly|nearly|almost|or)\s+)?{_SIGN}\s?\d[\d,.]*{_SCALE})\)"
)


def conversion_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's converted amounts stand (inside their brackets)."""
    return [found.span("converted") for found in _CONVERSION.finditer(text)]


def is_conversion(text: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are (within) a converted amount."""
    return any(s <= start and end <= e + 1 for s, e in conversion_spans(text))


def without_conversions(text: str) -> str:
    """The text with its converted amounts blanked out, its length kept."""
    for start, end in conversion_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def check_converted(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion:
    """A quantity checked against the sources; a converted amount a source gives otherwise is unsupported, not
    disputed."""
    suggestion = check_quantity(claim, index, on)
    span = claim.span_in_sentence()
    if suggestion.verdict is not Verdict.DISPUTED or span is None or not is_conversion(claim.sentence, *span):
        return suggestion
    value = float(claim.fields.get("value") or 0)
    given = [figure.value for evidence in suggestion.evidence for figure in figures_in(evidence.quote)]
    if value and not any(1 / _RATES_APART < figure / value < _RATES_APART for figure in given if figure):
        return suggestion  # "($75 billion)" for a source's $75 million: a scale slipped, at any rate
    said = f"a conversion into another currency, at some day's rate; {suggestion.reason}"
    return Suggestion(Verdict.UNSUPPORTED, 45, said, suggestion.evidence)
