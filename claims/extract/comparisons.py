"""A figure written as what another is compared with: "above the 87 votes needed", "just ahead of the AfD on
30.6%", "three votes more than the absolute majority of 176".

The comparison word is the claim: a reporter who writes "below" for "above" keeps both figures right, so
the figure's claim starts at the word ("below the 87 votes"), as a change's starts at its way ("fell 4%").
A bare "more than 45,000" is an approximation, not a comparison: a comparison names what it compares with
("the", "its", or a name and "on" or "of").
"""

from __future__ import annotations

import re

from factdesk.claims.extract.numbers import NUMBER_WORD
from factdesk.claims.extract.quantity_words import APPROX

UP_WORDS = ("above", "ahead of", "more than", "higher than", "greater than", "larger than", "bigger than")
DOWN_WORDS = ("below", "behind", "short of", "shy of", "fewer than", "less than", "lower than", "smaller than")
_WORD = r"[^\W\d_][\w'’.-]*"
_WORDS = "|".join(r"\s+".join(phrase.split()) for phrase in sorted(UP_WORDS + DOWN_WORDS, key=len, reverse=True))
# what the figure is of, between the comparison word and the figure: "the", "the absolute majority of",
# "the AfD on", "Hamilton on", "the conservative Christian Democrats (CDU) on"
_BETWEEN = (
    rf"(?:(?:the|its|their|his|her)\s+(?:\(?{_WORD}\)?\s+){{0,6}}?(?:(?:of|on|at|with)\s+)?"
    rf"|(?:\(?{_WORD}\)?\s+){{1,3}}?(?:of|on|at|with)\s+)"
)
COMPARISON_LEAD = re.compile(rf"\b(?P<word>{_WORDS})\s+{_BETWEEN}$", re.IGNORECASE)
# at the start of a quantity's text, up to its figure: "ahead of the AfD on " of "ahead of the AfD on 30.6%"
_FIGURE_AHEAD = rf"(?=(?:(?:{APPROX})\s+)?(?:[$€£¥]?\d|{NUMBER_WORD}\b(?!-)))"  # "about 16%", "three", not "two-thirds"
_LEADING = re.compile(rf"(?P<word>{_WORDS})\s+{_BETWEEN}{_FIGURE_AHEAD}", re.IGNORECASE)
_REACH = 60  # characters before a figure in which its comparison is written


def comparison_before(text: str, start: int) -> int:
    """Where the comparison leading to the figure at `start` starts ("below the 87 votes"); `start` if none."""
    found = COMPARISON_LEAD.search(text, max(0, start - _REACH), start)
    return found.start() if found else start


def leading_comparison(text: str) -> str | None:
    """The comparison word a quantity's text leads with ("below" of "below the 87 votes"), lowered."""
    found = _LEADING.match(text)
    return " ".join(found["word"].lower().split()) if found else None


def comparison_length(text: str) -> int:
    """How many characters of a quantity's text its leading comparison takes (0 when it has none)."""
    found = _LEADING.match(text)
    return found.end() if found else 0
