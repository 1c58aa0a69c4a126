"""Stable claim ids: derived from what a claim says, never from where it stands.

The id hashes the claim's kind and folded text (plus its sentence, for kinds
whose text alone repeats, like "two"); an edit elsewhere in the article leaves
it unchanged. A claim that repeats exactly gets "-2", "-3" in reading order.
"""

from __future__ import annotations

import hashlib

from factdesk.base.text import fold
from factdesk.claims.extract.kinds import CONTEXTUAL
from factdesk.claims.model import ClaimKind

_CONTEXTUAL = CONTEXTUAL  # kinds whose text alone repeats ("two"): declared in kinds.py


class IdMaker:
    def __init__(self) -> None:
        self._seen: dict[str, int] = {}
        self._folded_sentence = ("", "")  # claims come in reading order: one sentence's claims in a row

    def _fold_sentence(self, sentence: str) -> str:
        if self._folded_sentence[0] != sentence:
            self._folded_sentence = (sentence, fold(sentence))
        return self._folded_sentence[1]

    def make(self, kind: ClaimKind, text: str, sentence: str) -> str:
        key = f"{kind.value}\x1f{fold(text)}"
        if kind in _CONTEXTUAL:
            key += f"\x1f{self._fold_sentence(sentence)}"
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=5).hexdigest()
        base = f"{kind.value}-{digest}"
        count = self._seen.get(base, 0) + 1
        self._seen[base] = count
        return base if count == 1 else f"{base}-{count}"
