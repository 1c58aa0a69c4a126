"""Tallies as news writes them: "70-29", "by 330 votes to 275", "143 in favour to 9 against"."""

from __future__ import annotations

import re
from typing import Any

from factdesk.claims.extract.numbers import NUMBER, number_value, tidy


def _count(name: str) -> str:
    return rf"(?P<{name}>{NUMBER}|none|no)"


# Each pattern with the words (lower case) it cannot match without: a cheap test before the search.
TALLIES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (  # "by 300 votes to 250", "a no-confidence vote, 300 to 250"
        re.compile(r"\b(?:by|vote,?)\s+(?P<for>\d{1,3})\s+(?:votes\s+)?to\s+(?P<against>\d{1,3})\b"),
        ("vot",),
    ),
    (
        re.compile(
            r"\b(?P<for>\d{1,3})\s*[-–—]\s*(?P<against>\d{1,3})(?:\s*[-–—]\s*(?P<abstain>\d{1,3}))?\b(?!\s*(?:percent|%|years?|months?))"
        ),
        (),
    ),
    (
        re.compile(
            r"\bvote\s+of\s+"
            + _count("for")
            + r"(?:\s+(?:votes\s+)?in\s+favou?r)?\s+to\s+"
            + _count("against")
            + r"(?:\s+against)?(?:,?\s+with\s+"
            + _count("abstain")
            + r"\s+abstentions?)?",
            re.IGNORECASE,
        ),
        ("vote",),
    ),
    (
        re.compile(
            r"\b"
            + _count("for")
            + r"\s+(?:votes?\s+)?in\s+favou?r,?\s+(?:and\s+|to\s+|with\s+)?"
            + _count("against")
            + r"\s+(?:votes?\s+)?against(?:,?\s+(?:and|with)\s+"
            + _count("abstain")
            + r"\s+abstentions?)?",
            re.IGNORECASE,
        ),
        ("favo", "against"),
    ),
]


def find_tally(sentence: str, lowered: str) -> tuple[dict[str, Any], tuple[int, int]] | None:
    for pattern, needs in TALLIES:
        if not all(word in lowered for word in needs):
            continue
        match = pattern.search(sentence)
        if match is None:
            continue
        counts = {}
        for key in ("for", "against", "abstain"):
            written = match.groupdict().get(key)
            if written is not None:
                value = number_value(written) if written.lower() not in ("none", "no") else 0.0
                if value is not None:
                    counts[key] = tidy(value)
        if "for" in counts and "against" in counts:
            return counts, match.span()
    return None
