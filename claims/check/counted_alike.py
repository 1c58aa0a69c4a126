"""Nouns that count the same things (counted_alike.yaml): "the 342-member house" and "342 seats"."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml


@cache
def _groups() -> dict[str, frozenset[int]]:
    """Each noun (singular, lower case) -> the groups it belongs to."""
    text = files("factdesk.claims.check").joinpath("counted_alike.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    found: dict[str, set[int]] = {}
    for number, group in enumerate(data["groups"]):
        for noun in group:
            found.setdefault(str(noun), set()).add(number)
    return {noun: frozenset(groups) for noun, groups in found.items()}


def counted_alike(noun: str, other: str) -> bool:
    """Whether two nouns, singular and in lower case ("member", "seat"), count the same things."""
    groups = _groups()
    return bool(groups.get(noun, frozenset()) & groups.get(other, frozenset()))
