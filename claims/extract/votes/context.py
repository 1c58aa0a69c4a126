"""The body a sentence means by "the council" or "the court": the one the article named last.

"Twelve council members voted for that text" after a paragraph about the Security Council is a
Security Council vote; without the body its claims would be checked against any record that day.
"""

from __future__ import annotations

import re

from factdesk.claims.extract.votes.mention import BODY
from factdesk.claims.sentences import Sentence

# A body written in lower case, and the word its full name ends with ("the panel" -> "... Committee").
_BODY_WORD = re.compile(r"\b(council|assembly|court|committee|senate|house|parliament|panel)\b")
_ENDS_WITH = {"panel": "committee"}


def body_from_context(sentence: Sentence, before: list[Sentence]) -> str | None:
    """The full name of the body `sentence` refers to in lower case, from the sentences `before` it (in order)."""
    word = _BODY_WORD.search(sentence.text)
    if word is None:
        return None
    ending = _ENDS_WITH.get(word[1], word[1])
    for earlier in reversed(before):
        named = [" ".join(m["body"].split()) for m in BODY.finditer(earlier.text)]
        for body in reversed(named):
            if body.lower().split()[-1] == ending and len(body.split()) > 1:
                return body
    return None
