"""Groups of words that stand for one another, read from a YAML file of this package (`groups: [[...], ...]`):
counted_alike.yaml (nouns that count the same things), moment_words.yaml (words for one moment of an event)."""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files

import yaml


def load_groups(name: str, key: Callable[[str], str] = str) -> dict[str, frozenset[int]]:
    """Each word's `key` (the word itself, or its stem) -> the numbers of the groups it belongs to."""
    text = files("factdesk.claims.check").joinpath(name).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    found: dict[str, set[int]] = {}
    for number, group in enumerate(data["groups"]):
        for word in group:
            found.setdefault(key(str(word)), set()).add(number)
    return {word: frozenset(groups) for word, groups in found.items()}
