"""Check quantities, dates, quotes and statements against the excerpts of the store's sources."""

from __future__ import annotations

import datetime as dt
import re

from factdesk.claims.dates import DATE_PATTERN, date_from_match
from factdesk.claims.extract.numbers import NUMBER, number_value
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import ExcerptMatch, StoreIndex
from factdesk.sources.text import fold, plain
from rapidfuzz import fuzz

_RELATED = 60.0  # an excerpt scoring this against the sentence is about the same event
_NUMBER_IN_TEXT = re.compile(rf"(?<![\w.]){NUMBER}(?:\s+([a-z]+))?")


def _evidence(matches: list[ExcerptMatch]) -> tuple[Evidence, ...]:
    return tuple(Evidence(match.source.id, "source", match.excerpt, match.score) for match in matches)


def _numbers(text: str) -> list[tuple[float, str | None]]:
    found = []
    for match in _NUMBER_IN_TEXT.finditer(text):
        written = match.group(0).split()[0] if match.group(1) else match.group(0)
        value = number_value(written)
        if value is not None:
            found.append((value, match.group(1)))
    return found


def check_quantity(claim: Claim, index: StoreIndex) -> Suggestion:
    value = float(claim.fields["value"])
    unit = claim.fields.get("unit")
    related = [m for m in index.find_excerpts(claim.sentence, limit=3) if m.score >= _RELATED]
    for match in related:
        if any(abs(found - value) < 1e-9 for found, _ in _numbers(match.excerpt)):
            return Suggestion(
                Verdict.VERIFIED,
                int(min(90, match.score)),
                f"{match.source.id} gives the same figure",
                _evidence([match]),
            )
    for match in related:
        conflicting = [found for found, found_unit in _numbers(match.excerpt) if unit and found_unit == unit]
        if conflicting:
            figure = f"{conflicting[0]:g} {unit}"
            return Suggestion(
                Verdict.DISPUTED,
                int(min(85, match.score)),
                f"{match.source.id} gives {figure}, not {claim.text}",
                _evidence([match]),
            )
    if related:
        return Suggestion(Verdict.UNSUPPORTED, 50, "related sources do not give this figure", _evidence(related))
    return Suggestion(Verdict.UNSUPPORTED, 60, "no source in the store gives this figure")


def _dates_in(text: str) -> list[dt.date]:
    return [d for d in (date_from_match(m) for m in DATE_PATTERN.finditer(text)) if isinstance(d, dt.date)]


def check_date(claim: Claim, index: StoreIndex) -> Suggestion:
    claimed = claim.fields["date"]
    related = [m for m in index.find_excerpts(claim.sentence, limit=3) if m.score >= _RELATED]
    for match in related:
        known = [*_dates_in(match.excerpt), *([match.source.date] if match.source.date else [])]
        if any(day.isoformat().endswith(claimed.lstrip("-")) or day.isoformat().startswith(claimed) for day in known):
            return Suggestion(
                Verdict.VERIFIED, int(min(85, match.score)), f"{match.source.id} has the same date", _evidence([match])
            )
    for match in related:
        in_excerpt = _dates_in(match.excerpt)
        if in_excerpt:
            return Suggestion(
                Verdict.DISPUTED,
                int(min(75, match.score)),
                f"{match.source.id} dates it {in_excerpt[0]}, not {claimed}",
                _evidence([match]),
            )
    return Suggestion(Verdict.UNSUPPORTED, 50, "no source in the store gives this date", _evidence(related))


def check_quote(claim: Claim, index: StoreIndex) -> Suggestion:
    quote = fold(claim.fields["quote"])
    matches = index.find_excerpts(claim.fields["quote"], limit=5, cutoff=30.0)
    scored = sorted(((fuzz.partial_ratio(quote, fold(m.excerpt)), m) for m in matches), key=lambda p: -p[0])
    if scored and scored[0][0] >= 97:
        return Suggestion(Verdict.VERIFIED, 90, f"word for word in {scored[0][1].source.id}", _evidence([scored[0][1]]))
    if scored and scored[0][0] >= 80:
        return Suggestion(
            Verdict.DISPUTED,
            int(scored[0][0]),
            f"close to {scored[0][1].source.id}, but the wording differs",
            _evidence([scored[0][1]]),
        )
    return Suggestion(
        Verdict.UNSUPPORTED, 60, "no source in the store has these words", _evidence([m for _, m in scored[:2]])
    )


def check_statement(claim: Claim, index: StoreIndex) -> Suggestion:
    related = index.find_excerpts(plain(claim.text), limit=3)
    if related and related[0].score >= 80:
        return Suggestion(
            Verdict.VERIFIED,
            int(related[0].score * 0.8),
            f"{related[0].source.id} says much the same; read it to confirm",
            _evidence(related[:2]),
        )
    if related and related[0].score >= _RELATED:
        return Suggestion(
            Verdict.UNSUPPORTED,
            45,
            f"{related[0].source.id} is related but does not clearly say this",
            _evidence(related[:2]),
        )
    return Suggestion(Verdict.UNSUPPORTED, 55, "no source in the store says this")
