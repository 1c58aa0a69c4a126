"""Claims a reviewer adds: their fields by kind, their sentence, their suggestion, and finding them again.

An added claim is either typed (no place in the article: `start == end`) or made
from words selected in the article. Its fields follow DESIGN.md's fields per
kind, read from its text by the extractor's own reading of typed claims
(`claims.extract.typed.fields_for_typed_claim`) where that exists. When the
article is edited, a selected claim is looked for again by its words, nearest
its old place; if its words are gone it is orphaned, never dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from factdesk.claims.check import suggest
from factdesk.claims.check.excerpts import check_statement
from factdesk.claims.dates import DATE_PATTERN, date_from_match
from factdesk.claims.model import Claim, ClaimKind, Suggestion
from factdesk.claims.sentences import split_sentences
from factdesk.sources.index import StoreIndex

FieldsReader = Callable[[ClaimKind, str], Mapping[str, Any]]

_IS_A = re.compile(r"^\s*(?P<person>.+?)\s+(?:is|was|as)\s+(?:the\s+|an?\s+)?(?P<role>.+?)\s*\.?\s*$", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# The fields each kind's checker reads without a default; an added claim lacking one is checked by its text.
_REQUIRED: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.PERSON: ("name",),
    ClaimKind.ROLE: ("person", "role"),
    ClaimKind.QUANTITY: ("value",),
    ClaimKind.DATE: ("date",),
    ClaimKind.QUOTE: ("quote",),
}


def _extractor_fields() -> FieldsReader | None:
    try:
        from factdesk.claims.extract.typed import (  # type: ignore[import-not-found,unused-ignore]
            fields_for_typed_claim,
        )
    except ImportError:  # an extractor without it: the plain reading below
        return None
    reader: FieldsReader = fields_for_typed_claim
    return reader


def fields_for(kind: ClaimKind, text: str) -> dict[str, Any]:
    """The fields DESIGN.md gives a claim of `kind`, read from the text a reviewer typed or selected."""
    reader = _extractor_fields()
    if reader is not None:
        return dict(reader(kind, text))
    return plain_fields(kind, text)


def plain_fields(kind: ClaimKind, text: str) -> dict[str, Any]:
    """Fields from the text's plain shape ("X is Y", a number and its unit, a date)."""
    if kind is ClaimKind.PERSON:
        return {"name": text.strip(" .")}
    if kind is ClaimKind.ROLE:
        match = _IS_A.match(text)
        return {"person": match["person"], "role": match["role"]} if match else {"person": text, "role": ""}
    if kind is ClaimKind.QUOTE:
        return {"quote": text.strip("\"“”'")}
    if kind is ClaimKind.VOTE:
        return {"measure": text}
    if kind is ClaimKind.QUANTITY:
        number = _NUMBER.search(text)
        if number is None:
            return {"value": None}
        return {"value": float(number.group().replace(",", "")), "unit": text[number.end() :].strip(" .") or None}
    if kind is ClaimKind.DATE:
        found = DATE_PATTERN.search(text)
        value = date_from_match(found) if found else None
        return {"date": value.isoformat() if isinstance(value, dt.date) else (value or text)}
    return {"subject": None}


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of the article that holds [start, end)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    for sentence in split_sentences(text[line_start:line_end]):
        if sentence.start <= start - line_start < sentence.end or sentence.end >= end - line_start:
            return sentence.text
    return text[start:end]


def suggest_added(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion:
    """The checker's suggestion for an added claim: by its kind where its fields allow, else by its text."""
    needed = _REQUIRED.get(claim.kind, ())
    if all(claim.fields.get(name) not in (None, "") for name in needed):
        return suggest(claim, index, on)
    return check_statement(claim, index)


def relocate(claim: Claim, article: str) -> Claim | None:
    """An added claim's place in an edited article: its words again, nearest where they were; None if gone.

    A typed claim (no place) keeps none. The sentence is taken again from the new text.
    """
    if claim.end <= claim.start:
        return claim
    if article[claim.start : claim.end].split() == claim.text.split():
        return claim
    pattern = re.compile(r"\s+".join(re.escape(word) for word in claim.text.split()))
    found = [match for match in pattern.finditer(article)]
    if not found:
        return None
    nearest = min(found, key=lambda match: abs(match.start() - claim.start))
    start, end = nearest.span()
    return replace(claim, start=start, end=end, sentence=sentence_around(article, start, end))
