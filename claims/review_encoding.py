"""The review file's bytes: JSON-style YAML, one line per claim and per history entry.

`ReviewEncoder` keeps each claim's line until the claim's mark, suggestion or
place changes, so saving a 100,000-claim review re-serialises only what changed.
`claims.review_document` reads what this module writes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from factdesk.claims.model import Change, ReviewedClaim
from factdesk.sources.store import REVIEW_HEADER_OPENING

# its opening is how a store's loader knows a review file beside the store files, and skips it
HEADER = f"{REVIEW_HEADER_OPENING} (YAML in JSON style). Edit with care; factdesk rewrites it on every change.\n"

# What `json.dumps(ensure_ascii=False)` leaves unescaped but a YAML reader cannot take as it is: DEL and
# the C1 controls (PyYAML refuses them; NEL, U+0085, is a YAML line break and would be read as a space),
# the line and paragraph separators (line breaks to YAML and to `str.splitlines`), the byte-order mark,
# the non-characters U+FFFE and U+FFFF, and lone surrogates (not characters at all: UTF-8 cannot encode
# them). Escaped as \uXXXX, which JSON and YAML both read back as the same character.
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_SURROGATES = range(0xD800, 0xE000)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    # A lone surrogate is half of a character that was cut in two: written as U+FFFD, the mark of a
    # character that could not be read, so the file stays one that factdesk (and any YAML tool) reads.
    return "\\ufffd" if code in _SURROGATES else f"\\u{code:04x}"


def dumps(value: Any, **options: Any) -> str:
    """`value` as JSON that is also YAML any YAML tool reads back unchanged: one line unless `indent` is given.

    Only characters inside strings are escaped (JSON's own syntax is ASCII), so the result is still JSON.
    """
    text = json.dumps(value, ensure_ascii=False, **options)
    return _UNSAFE.sub(_escaped, text) if _UNSAFE.search(text) else text


def change_entry(change: Change) -> dict[str, Any]:
    return {
        "claim_id": change.claim_id,
        "field": change.field,
        "old": change.old,
        "new": change.new,
        "reviewer": change.reviewer,
        "at": change.at,
    }


def claim_entry(record: ReviewedClaim) -> dict[str, Any]:
    """One claim as the file stores it."""
    entry: dict[str, Any] = {
        "kind": record.claim.kind.value,
        "text": record.claim.text,
        "start": record.claim.start,
        "end": record.claim.end,
        "sentence": record.claim.sentence,
        "fields": dict(record.claim.fields),
        "verdict": record.mark.verdict.value,
    }
    if record.mark.note:
        entry["note"] = record.mark.note
    if record.mark.evidence:
        entry["evidence"] = list(record.mark.evidence)
    if record.mark.reviewer is not None or record.mark.at is not None:  # a reviewer named '' still has a time
        entry["reviewer"], entry["at"] = record.mark.reviewer, record.mark.at
    if record.suggestion is not None:
        entry["suggestion"] = record.suggestion.to_json()
    if record.orphaned:
        entry["orphaned"] = True
    if record.added:
        entry["added"] = True
    return entry


def review_data(
    header: Mapping[str, Any], records: Mapping[str, ReviewedClaim], history: Iterable[Change]
) -> dict[str, Any]:
    """The whole review as plain data: what the file holds."""
    return {
        **header,
        "claims": {claim_id: claim_entry(record) for claim_id, record in records.items()},
        "history": [change_entry(change) for change in history],
    }


class ReviewEncoder:
    """Writes a review's bytes, re-serialising only the claims that changed since the last call."""

    def __init__(self) -> None:
        # claim id -> (the values the line was made from, the line); compared by identity: marks and
        # suggestions are immutable and replaced when they change, so `is` is exact and cheap.
        self._lines: dict[str, tuple[tuple[object, ...], str]] = {}
        self._history: list[str] = []

    def encode(self, header: Mapping[str, Any], records: Mapping[str, ReviewedClaim], history: list[Change]) -> bytes:
        head = dumps(dict(header), indent=1)[:-2]  # drop the closing "\n}"
        lines = []
        for claim_id, record in records.items():
            made_from = (record.claim, record.mark, record.suggestion, record.orphaned, record.added)
            cached = self._lines.get(claim_id)
            if cached is not None and all(a is b for a, b in zip(cached[0], made_from, strict=True)):
                lines.append(cached[1])
                continue
            line = f"  {json.dumps(claim_id)}: {dumps(claim_entry(record))}"
            self._lines[claim_id] = (made_from, line)
            lines.append(line)
        if len(self._history) > len(history):
            self._history.clear()  # a different history (never in one session): start again
        for change in history[len(self._history) :]:
            self._history.append("  " + dumps(change_entry(change)))
        claims = ",\n".join(lines)
        changes = ",\n".join(self._history)
        text = f'{HEADER}{head},\n "claims": {{\n{claims}\n }},\n "history": [\n{changes}\n ]\n}}\n'
        return text.encode("utf-8")
