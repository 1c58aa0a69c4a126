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


# "vetoed the bid in the council", "abstained in the Security Council": the body named right after the vote
_IN_THE_BODY = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:in|at)\s+the\s+(?P<body>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z]\w+|[a-z]+)\b"
)


def body_written_after(sentence: Sentence, end: int) -> str | None:
    """The body a vote is said to be cast in right after it ("... in the council"), by its full name: a word in
    lower case is the body the sentence named before with that last word ("the Security Council")."""
    after = _IN_THE_BODY.match(sentence.text, end - sentence.start)
    if after is None:
        return None
    written = " ".join(after["body"].split())
    if BODY.fullmatch(written):
        return written
    word = _BODY_WORD.fullmatch(written)
    if word is None:
        return None
    ending = _ENDS_WITH.get(word[1], word[1])
    named = [" ".join(m["body"].split()) for m in BODY.finditer(sentence.text, 0, end - sentence.start)]
    return next((body for body in reversed(named) if body.lower().split()[-1] == ending), None)
