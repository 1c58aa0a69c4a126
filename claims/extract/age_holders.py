"""Whose age "the 53-year-old" is when no name stands beside it: the one person the sentence, or the one
before it, names ("Javier Milei won on Sunday. The 53-year-old, who was first elected in 2021, ...")."""

from __future__ import annotations

import re

from factdesk.claims.extract.name_spans import NameSpan
from factdesk.claims.sentences import Sentence

# "The 53-year-old", "But the 53-year-old": an age that opens its sentence stands for its subject
_OPENS = re.compile(r"^\W*(?:(?:but|and|yet|now|still)\s+)?(?:the|a)\s*$", re.IGNORECASE)


# "the 69-year-old diplomat Tom Fletcher", "the 57-year-old former health minister X": a calling, then the name
_CALLING_BETWEEN = re.compile(r"^(?:\s+[a-z][\w-]*){1,4}\s+$")


def age_holder(
    sentence: Sentence,
    span: tuple[int, int],
    named: list[tuple[NameSpan, str]],
    named_before: list[tuple[NameSpan, str]],
) -> str | None:
    """The full name of whose age stands at `span` in `sentence`: a person named after it beyond a calling,
    the one person named before it in the sentence, or, for an age that opens the sentence or follows no
    name, the one person named in the sentence before (`named_before`)."""
    start, end = span
    for name_span, name in named:
        if name_span.start >= end and _CALLING_BETWEEN.match(
            sentence.text[end - sentence.start : name_span.start - sentence.start]
        ):
            return name
    if not _OPENS.match(sentence.text[: start - sentence.start]):
        earlier = {name for name_span, name in named if name_span.end <= start}
        if earlier:
            return _only(earlier)
    return _only({name for _, name in named_before})


def _only(names: set[str]) -> str | None:
    """The one person named, if one is: with two ("X, 54, replaced Y. The 43-year-old had written ..."), whose
    age it is cannot be read without understanding the sentence."""
    return next(iter(names)) if len(names) == 1 else None
