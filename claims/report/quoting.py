"""Each sentence quoted once, with every claim in it picked out.

A sentence holds several claims (a name, its title, a vote, a figure); quoting it
under each claim repeated a 50-word sentence up to six times. The report numbers
sentences in article order and quotes each one once, where its first claim is
listed, with every claim's words marked (role and vote claims too, found by their
offsets); later claims of the same sentence point back to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

# how bad a verdict is: a piece of a sentence covered by several claims shows the worst
SEVERITY = {"disputed": 3, "unsupported": 2, "unreviewed": 1, "verified": 0}


@dataclass(frozen=True, slots=True)
class Span:
    """A claim's words in its sentence: [start, end) into the sentence, and the claim's verdict."""

    start: int
    end: int
    verdict: str
    claim_id: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    """One sentence of the article and the spans of all its claims."""

    number: int
    sentence: str
    spans: tuple[Span, ...]

    def pieces(self) -> list[tuple[str, str | None]]:
        """The sentence cut at every span's edge: (text, worst verdict covering it, or None)."""
        edges = sorted({0, len(self.sentence), *(s.start for s in self.spans), *(s.end for s in self.spans)})
        out: list[tuple[str, str | None]] = []
        for left, right in pairwise(edges):
            covering = [s.verdict for s in self.spans if s.start <= left and right <= s.end]
            worst = max(covering, key=SEVERITY.__getitem__) if covering else None
            out.append((self.sentence[left:right], worst))
        return out

    def written(self, claim_id: str) -> str | None:
        """The claim's words as the article writes them, if they were found in the sentence."""
        span = next((s for s in self.spans if s.claim_id == claim_id), None)
        return self.sentence[span.start : span.end] if span else None

    def runs(self) -> list[tuple[str, bool]]:
        """The sentence as (text, highlighted) runs: overlapping claims merged into one run."""
        merged: list[tuple[str, bool]] = []
        for text, verdict in self.pieces():
            marked = verdict is not None
            if merged and merged[-1][1] == marked:
                merged[-1] = (merged[-1][0] + text, marked)
            else:
                merged.append((text, marked))
        return merged


class _Located(Protocol):
    """What `quote_sentences` needs of a claim (ReportClaim has it)."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def verdict(self) -> str: ...
    @property
    def orphaned(self) -> bool: ...


def _offset(claims: Sequence[_Located]) -> int | None:
    """Where the sentence starts in the article, from a claim whose words occur in it."""
    for claim in claims:
        at = claim.sentence.find(claim.text) if claim.text else -1
        if at >= 0 and claim.end - claim.start == len(claim.text):
            return claim.start - at
    return None


def _span(claim: _Located, offset: int | None) -> Span | None:
    sentence = claim.sentence
    start, end = -1, -1
    if offset is not None and not claim.orphaned:
        start, end = claim.start - offset, claim.end - offset
    if not 0 <= start < end <= len(sentence):
        start = sentence.find(claim.text) if claim.text else -1
        end = start + len(claim.text)
    if start < 0 or (start == 0 and end >= len(sentence.rstrip())):
        return None  # not found, or the whole sentence (a statement): no highlight to add
    return Span(start, end, claim.verdict, claim.id)


def quote_sentences(claims: Sequence[_Located]) -> tuple[list[Quote], dict[str, int]]:
    """The article's quoted sentences in order, and each claim id's sentence number (from 1)."""
    groups: dict[tuple[str, bool], list[_Located]] = {}
    for claim in sorted(claims, key=lambda c: (c.orphaned, c.start)):
        groups.setdefault((claim.sentence, claim.orphaned), []).append(claim)
    quotes: list[Quote] = []
    numbers: dict[str, int] = {}
    for number, ((sentence, _orphaned), members) in enumerate(groups.items(), start=1):
        offset = _offset([m for m in members if not m.orphaned])
        spans = tuple(span for span in (_span(m, offset) for m in members) if span is not None)
        quotes.append(Quote(number, sentence, spans))
        numbers.update((m.id, number) for m in members)
    return quotes, numbers
