"""Validate JSON-LD against the part of the schema.org vocabulary in tests/data/schemaorg_claimreview.json."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

VOCABULARY = json.loads((Path(__file__).parent / "data" / "schemaorg_claimreview.json").read_text(encoding="utf-8"))
TYPES: dict[str, dict[str, Any]] = VOCABULARY["types"]


def _ancestry(type_name: str) -> list[str]:
    chain = []
    while type_name:
        chain.append(type_name)
        type_name = TYPES[type_name]["parent"]
    return chain


def _property_range(type_name: str, prop: str) -> list[str] | None:
    for ancestor in _ancestry(type_name):
        if prop in TYPES[ancestor]["properties"]:
            return TYPES[ancestor]["properties"][prop]
    return None


def _fits(value: Any, expected: str) -> bool:
    if expected == "Text":
        return isinstance(value, str) and bool(value.strip())
    if expected == "URL":
        return isinstance(value, str) and re.match(r"https?://\S+$", value) is not None
    if expected == "Number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected in ("Date", "DateTime"):
        try:
            (dt.date if expected == "Date" else dt.datetime).fromisoformat(value)
        except (TypeError, ValueError):
            return False
        return True
    return isinstance(value, dict) and value.get("@type") in TYPES and expected in _ancestry(value["@type"])


def problems(node: Any, where: str = "$") -> list[str]:
    """Every way `node` breaks the vocabulary: unknown types or properties, values out of range, fields missing."""
    if not isinstance(node, dict):
        return [f"{where}: not an object"]
    found: list[str] = []
    type_name = node.get("@type")
    if type_name not in TYPES:
        return [f"{where}: unknown @type {type_name!r}"]
    for required in VOCABULARY["required"].get(type_name, ()):
        if required not in node:
            found.append(f"{where}: {type_name} without {required}")
    for prop, value in node.items():
        if prop == "@context":
            if value not in ("https://schema.org", "http://schema.org"):
                found.append(f"{where}: @context {value!r}")
            continue
        if prop == "@type":
            continue
        expected = _property_range(type_name, prop)
        if expected is None:
            found.append(f"{where}.{prop}: not a property of {type_name}")
        elif not any(_fits(value, kind) for kind in expected):
            found.append(f"{where}.{prop}: {value!r} is not one of {expected}")
        elif isinstance(value, dict):
            found += problems(value, f"{where}.{prop}")
    return found
