"""Claims, verdicts and suggestions: the values every other module passes around."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any


class ClaimKind(str, Enum):
    PERSON = "person"
    ROLE = "role"
    VOTE = "vote"
    QUANTITY = "quantity"
    DATE = "date"
    QUOTE = "quote"
    STATEMENT = "statement"


class Verdict(str, Enum):
    VERIFIED = "verified"
    DISPUTED = "disputed"
    UNSUPPORTED = "unsupported"
    UNREVIEWED = "unreviewed"


@dataclass(frozen=True, slots=True)
class Claim:
    """One check-worthy statement, located in the article text the reviewer sees."""

    id: str
    kind: ClaimKind
    text: str
    start: int
    end: int
    sentence: str
    fields: Mapping[str, Any] = field(default_factory=dict)

    def span_in_sentence(self) -> tuple[int, int] | None:
        """Where the claim's words stand in its sentence, if they do. The claim's text has its whitespace
        tidied ("at least $100 billion") while the sentence keeps the article's line breaks ("at least\n$100")."""
        return _found_in(self.text.strip(), self.sentence)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "fields": dict(self.fields),
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """A store entry that bears on a claim, with the passage or register line that decided it."""

    store_id: str
    kind: str  # "source" | "person" | "vote"
    quote: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"store_id": self.store_id, "kind": self.kind, "quote": self.quote, "score": round(self.score, 1)}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the checker proposes; the reviewer decides."""

    verdict: Verdict
    confidence: int
    reason: str
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict.value,
            "confidence": max(0, min(100, self.confidence)),  # a percentage, whatever a checker computed
            "reason": self.reason,
            "evidence": [item.to_json() for item in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Mark:
    """The reviewer's decision on one claim."""

    verdict: Verdict = Verdict.UNREVIEWED
    note: str = ""
    evidence: tuple[str, ...] = ()
    reviewer: str | None = None
    at: str | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """One line of the review's history."""

    claim_id: str
    field: str
    old: Any
    new: Any
    reviewer: str
    at: str


@dataclass
class ReviewedClaim:
    """A claim as the reviewer works on it: the suggestion, the mark, and whether it is orphaned or added."""

    claim: Claim
    suggestion: Suggestion | None
    mark: Mark = field(default_factory=Mark)
    orphaned: bool = False
    added: bool = False

    def told_in_full(self) -> str:
        """One line with all the reviewer gave it (verdict, note, evidence): what to paste back when it is lost."""
        line = f"{self.claim.id} ({self.mark.verdict.value}): {self.claim.text}"
        line += f" [note: {self.mark.note}]" if self.mark.note else ""
        return line + (f" [evidence: {', '.join(self.mark.evidence)}]" if self.mark.evidence else "")


@lru_cache(maxsize=4096)
def _found_in(words: str, sentence: str) -> tuple[int, int] | None:
    at = sentence.find(words)
    if at >= 0:
        return at, at + len(words)
    found = re.search(r"\s+".join(map(re.escape, words.split())), sentence) if words.strip() else None
    return found.span() if found else None
