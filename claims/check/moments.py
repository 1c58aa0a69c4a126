"""Words for the same moment of an event (moment_words.yaml): "take effect" and "apply from", "sworn in" and
"took office". The date check reads a date after one as standing where a date after the other does."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml

_STEM = 4  # letters a word is compared by, as the date check's stems are


@cache
def _groups() -> dict[str, frozenset[int]]:
    """Each word's stem -> the groups it belongs to."""
    text = files("factdesk.claims.check").joinpath("moment_words.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    found: dict[str, set[int]] = {}
    for number, group in enumerate(data["groups"]):
        for word in group:
            found.setdefault(str(word)[:_STEM], set()).add(number)
    return {stem: frozenset(groups) for stem, groups in found.items()}


def same_moment(word: str, other: str) -> bool:
    """Whether two words, in lower case, tell of the same moment of an event ("effect", "apply")."""
    groups = _groups()
    return bool(groups.get(word[:_STEM], frozenset()) & groups.get(other[:_STEM], frozenset()))
