"""Words for the same moment of an event (moment_words.yaml): "take effect" and "apply from", "sworn in" and
"took office". The date check reads a date after one as standing where a date after the other does."""

from __future__ import annotations

from functools import cache

from factdesk.claims.check.word_groups import load_groups

_STEM = 4  # letters a word is compared by, as the date check's stems are


@cache
def _groups() -> dict[str, frozenset[int]]:
    """Each word's stem -> the groups it belongs to."""
    return load_groups("moment_words.yaml", key=lambda word: word[:_STEM])


def same_moment(word: str, other: str) -> bool:
    """Whether two words, in lower case, tell of the same moment of an event ("effect", "apply")."""
    groups = _groups()
    return bool(groups.get(word[:_STEM], frozenset()) & groups.get(other[:_STEM], frozenset()))
