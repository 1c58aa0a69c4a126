"""What a figure counts when the word after it only describes it: "1736 randomized participants" counts
participants, "16 million customer accounts" accounts. English puts the counted noun last in its phrase, and
after a number above one that noun is plural; a singular word between them is a modifier. A span of time or a
measure stays the unit ("30 year bonds" is a term of years, "20 mph winds" a speed)."""

from __future__ import annotations

import re

# a plural noun right after the first word: "-s", not "-ss", "-us" or "-is" ("class", "census", "basis")
_PLURAL_AFTER = re.compile(r"\s+([a-z]{2,}(?<!ss)(?<!us)(?<!is)s)\b(?![-'’])")
# singular words that are plural already, or the unit themselves: "3 million people", "5 police officers" is a
# count of officers but "50 staff members" of staff members all the same
_COUNTED_THEMSELVES = frozenset(
    "people police children staff personnel cattle feet men women teeth mice geese aircraft crew".split()
)
_SPANS_AND_MEASURES = frozenset(
    (
        "second minute hour day night week month year decade century mile metre meter kilometre kilometer foot "
        "inch yard acre hectare ton tonne pound ounce gallon litre liter degree point percent mph kph storey story"
    ).split()
)


def counted_head(after: str, word_end: int, unit: str, value: float) -> tuple[str, int] | None:
    """The plural noun a modifier `unit` (ending at `word_end` of `after`) describes, and where it ends."""
    if value == 1 or unit.endswith("s") or unit in _COUNTED_THEMSELVES or unit in _SPANS_AND_MEASURES:
        return None
    head = _PLURAL_AFTER.match(after, word_end)
    return (head.group(1), head.end()) if head else None


# one or two names or acronyms between a number and what it counts: "33,000 UAW members", "500 Syrian refugees"
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_NAMES_BETWEEN = re.compile(r"(?:\s+(?:[A-Z]{2,6}|[A-Z][a-z]+)){1,2}(?=\s+[a-z])")


def counted_after_a_name(after: str, value: float) -> tuple[str, int] | None:
    """The plural noun a figure counts past the names that describe it ("33,000 UAW members" counts members,
    "1,200 BBC journalists" journalists), and where it ends; None when no plural noun follows them."""
    names = _NAMES_BETWEEN.match(after)
    if value == 1 or names is None:
        return None
    head = _PLURAL_AFTER.match(after, names.end()) or _WORD_AFTER.match(after, names.end())
    if head is None or not (head.re is _PLURAL_AFTER or head.group(1) in _COUNTED_THEMSELVES):
        return None
    return head.group(1), head.end()
