"""The words of a court's ruling and which way each goes (data/ruling_words.tsv)."""

from __future__ import annotations

import re
from functools import cache

from factdesk.claims.extract.lexicon import phrase_table

_NOT_VERBS = (
    "constitutional",
    "constitutionality",
    "lawful",
    "legality",
    "valid",
    "validity",
    "violate",
    "violated",
    "violates",
)


@cache
def ruling_words() -> dict[str, str]:
    """Word or phrase -> "strike", "keep" or "dismiss" (data/ruling_words.tsv)."""
    return phrase_table("ruling_words.tsv")


@cache
def word_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(ruling_words(), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def ruled_measure(measure: str) -> tuple[str, str] | None:
    """("strike" or "keep", its object) when a claim's measure begins with a ruling's verb ("annulled the
    result", "uphold a Mississippi law")."""
    match = word_pattern().match(measure.removeprefix("to ").strip())
    if match is None or match[0].lower().endswith(_NOT_VERBS):
        return None  # "Constitutional amendment on ...", "violates ...": no ruling's act
    pole = ruling_words()[" ".join(match[0].lower().split())]
    if pole == "dismiss":
        return None
    return pole, measure.removeprefix("to ").strip()[match.end() :]
