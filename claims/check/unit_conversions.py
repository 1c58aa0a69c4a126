"""Lengths and weights in the units news writes them both in: "700 kilometers (435 miles)", "870 miles"
against a source's "1,400 kilometers"; a rate's move in basis points or percentage points ("25 basis points"
is a quarter of a percentage point). A figure in one unit is compared with a source's in the other."""

from __future__ import annotations

# unit as the quantity finder names it -> (the base it converts to, how many of the base one makes)
_IN_BASE = {
    "kilometres": ("km", 1.0),
    "kilometers": ("km", 1.0),
    "miles": ("km", 1.609344),
    "metres": ("m", 1.0),
    "meters": ("m", 1.0),
    "feet": ("m", 0.3048),
    "kilograms": ("kg", 1.0),
    "pounds": ("kg", 0.45359237),
    "basis": ("bp", 1.0),  # "25 basis points": the quantity finder names the unit by its first word
    "percentage points": ("bp", 100.0),
}


def convertible(unit: str | None, other: str | None) -> bool:
    """Two different units of one measure ("miles" and "kilometres")."""
    # "metres" and "meters" are one unit spelt two ways, compared as one
    return (
        unit != other
        and unit in _IN_BASE
        and other in _IN_BASE
        and _IN_BASE[unit][0] == _IN_BASE[other][0]
        and (_IN_BASE[unit][1] != _IN_BASE[other][1])
    )


def converted(value: float, unit: str, to_unit: str) -> float:
    """`value` in `unit` written in `to_unit` (the two `convertible`)."""
    return value * _IN_BASE[unit][1] / _IN_BASE[to_unit][1]


def a_measure(unit: str | None) -> bool:
    """Whether the unit measures a length, a weight or a rate's move (and so a count of things never stands for it)."""
    return unit in _IN_BASE
