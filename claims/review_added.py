"""Claims a reviewer adds: their fields by kind, their sentence, their suggestion, and finding them again.

An added claim is either typed (no place in the article: `start == end`) or made
from words selected in the article. Its fields follow DESIGN.md's fields per
kind, read from its text by the extractor's own reading of typed claims
(`claims.extract.typed.fields_for_typed_claim`). When the
article is edited, a selected claim is looked for again by its words, nearest
its old place; if its words are gone it is orphaned, never dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from factdesk.claims.check import suggest
from factdesk.claims.check.excerpts import check_statement
from factdesk.claims.extract.typed import fields_for_typed_claim
from factdesk.claims.model import Claim, ClaimKind, Suggestion
from factdesk.claims.sentences import split_sentences
from factdesk.sources.index import StoreIndex
from rapidfuzz import fuzz

# The fields each kind's checker reads without a default; an added claim lacking one is checked by its text.
_REQUIRED: dict[ClaimKind, tuple[str, ...]] = {
    ClaimKind.PERSON: ("name",),
    ClaimKind.ROLE: ("person", "role"),
    ClaimKind.QUANTITY: ("value",),
    ClaimKind.DATE: ("date",),
    ClaimKind.QUOTE: ("quote",),
}


def fields_for(kind: ClaimKind, text: str) -> dict[str, Any]:
    """The fields DESIGN.md gives a claim of `kind`, read from the text a reviewer typed or selected."""
    return fields_for_typed_claim(kind, text)


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


def relocate(claim: Claim, article: str, expected: int | None = None) -> Claim | None:
    """An added claim's place in an edited article: its words again, in its sentence, nearest where they were; None
    if gone.

    A typed claim (no place) keeps none. The sentence is taken again from the new text.
    """
    if claim.end <= claim.start:
        return claim
    in_its_sentence = _same_words(sentence_around(article, claim.start, claim.end), claim.sentence)
    if article[claim.start : claim.end].split() == claim.text.split() and in_its_sentence:
        return claim
    pattern = re.compile(r"\s+".join(re.escape(word) for word in claim.text.split()))
    found = [match for match in pattern.finditer(article)]
    if not found:
        return None
    if len(found) == 1:
        start, end = found[0].span()
        return replace(claim, start=start, end=end, sentence=sentence_around(article, start, end))
    # the words in the sentence they were marked in, or the one most like it, before any other place of the
    # same words ("Netanyahu and" twice: a paragraph put above the story, and a word of the claim's sentence
    # changed, sent the claim, verdict and note, to the other one)
    likeness = {match.start(): _likeness(sentence_around(article, *match.span()), claim.sentence) for match in found}
    near = claim.start if expected is None else expected  # where its words should be, given the text put above
    ranked = sorted(found, key=lambda match: (-likeness[match.start()], abs(match.start() - near)))
    best, runner_up = likeness[ranked[0].start()], likeness[ranked[1].start()]
    if best < 100.0 and (best < _LIKE_ITS_SENTENCE or best - runner_up < _CLEARLY_MORE_LIKE):
        return None  # no place of the words is in a sentence clearly like the reviewer's: which it was is a guess
    start, end = ranked[0].span()
    return replace(claim, start=start, end=end, sentence=sentence_around(article, start, end))


def _same_words(one: str, other: str) -> bool:
    return one.split() == other.split()


_LIKE_ITS_SENTENCE = 70.0  # a sentence this like the recorded one may be it, edited (a word or two changed) ...
_CLEARLY_MORE_LIKE = 10.0  # ... when it is this much more like it than any other place of the words


def _likeness(one: str, other: str) -> float:
    """100 for the same words, less the more the two sentences were edited apart."""
    return 100.0 if _same_words(one, other) else fuzz.ratio(" ".join(one.split()), " ".join(other.split()))
