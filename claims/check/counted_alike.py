"""Nouns that count the same things (counted_alike.yaml): "the 342-member house" and "342 seats"."""

from __future__ import annotations

from functools import cache

from factdesk.claims.check.word_groups import load_groups


@cache
def _groups() -> dict[str, frozenset[int]]:
    """Each noun (singular, lower case) -> the groups it belongs to."""
    return load_groups("counted_alike.yaml")


def counted_alike(noun: str, other: str) -> bool:
    """Whether two nouns ("member", "Seats") count the same things, whatever their case or a plural s."""
    groups = _groups()
    noun, other = noun.lower().rstrip("s"), other.lower().rstrip("s")
    return bool(groups.get(noun, frozenset()) & groups.get(other, frozenset()))
