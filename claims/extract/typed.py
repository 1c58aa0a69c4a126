"""The fields of a claim a reviewer types in, read by the same finders that read articles.

A reviewer who adds "Yoav Gallant is Defense Minister" as a role claim expects the checker to
treat it as a role: `{person, role}`, as DESIGN.md gives the fields of each kind. The typed
text is read as a one-sentence article; the first claim of the chosen kind gives the fields,
and where the finders see none, the fields a kind needs are read from the text's plain shape.
"""

from __future__ import annotations

import re
from typing import Any

from factdesk.claims.extract.lexicon import Lexicon
from factdesk.claims.model import ClaimKind

_IS_A = re.compile(r"^\s*(?P<person>.+?)\s+(?:is|was|as)\s+(?:the\s+|an?\s+)?(?P<role>.+?)\s*\.?\s*$", re.IGNORECASE)
_SAID = re.compile(r"^\s*(?P<speaker>[^:“\"]{2,80}?)\s*(?::|said|says)\s*[“\"]?(?P<quote>.+?)[”\"]?\s*$")


def fields_for_typed_claim(kind: ClaimKind | str, text: str, lexicon: Lexicon | None = None) -> dict[str, Any]:
    """The fields a claim of `kind` with this text has (never the bare `{text}`)."""
    from factdesk.claims.extract import extract_claims  # the pipeline imports this module's package

    kind = ClaimKind(kind)
    text = " ".join(text.split())
    for claim in extract_claims(text, lexicon):
        if claim.kind is kind and (kind is not ClaimKind.PERSON or claim.start == 0):
            return {**_plain_fields(kind, text), **{k: v for k, v in claim.fields.items() if v is not None}}
    return _plain_fields(kind, text)


def _plain_fields(kind: ClaimKind, text: str) -> dict[str, Any]:
    """Fields from the text's shape when no finder recognised it."""
    if kind is ClaimKind.PERSON:
        return {"name": text.strip(" .")}
    if kind is ClaimKind.ROLE:
        match = _IS_A.match(text)
        if match:
            return {"person": match["person"], "role": match["role"]}
        return {"person": text, "role": ""}
    if kind is ClaimKind.QUOTE:
        match = _SAID.match(text)
        if match:
            return {"speaker": match["speaker"].strip(" ,"), "quote": match["quote"]}
        return {"quote": text.strip('“”"')}
    if kind is ClaimKind.VOTE:
        return {"measure": text}
    if kind is ClaimKind.QUANTITY:
        number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
        if number:
            return {"value": float(number.group().replace(",", "")), "unit": text[number.end() :].strip() or None}
        return {"value": None}
    if kind is ClaimKind.DATE:
        return {"date": text}
    return {"subject": None}
