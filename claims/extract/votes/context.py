"""The body a sentence means by "the council" or "the court": the one the article named last.

"Twelve council members voted for that text" after a paragraph about the Security Council is a
Security Council vote; without the body its claims would be checked against any record that day.
"""

from __future__ import annotations

import re

from factdesk.claims.extract.votes.mention import BODY, MEASURE_NOUN
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


# "The motion was defeated": a measure named by its noun alone, with "the" or "this"
_BARE_MEASURE = re.compile(rf"(?i)(?:the\s+|this\s+|that\s+)?(?P<noun>{MEASURE_NOUN})")


def measure_from_before(measure: str | None, before: Sentence | None) -> str | None:
    """ "The motion was defeated by 119 votes to 68" after "he voted against a motion by X to suspend standing
    orders": the measure as the sentence before names it, when this one gives its noun alone."""
    bare = _BARE_MEASURE.fullmatch(measure or "")
    if bare is None or before is None:
        return None
    noun = bare["noun"].lower()
    named = re.search(
        rf"(?i)\b(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{noun}\s+(?:by|to|of|on|for|that)\s+[^,;]{{3,120}}", before.text
    )
    if named is None:
        return None
    # "a motion by lawmaker M.A. Sumanthiran to suspend ...": an initial's point does not end it
    cut = re.split(r"(?<!\b[A-Z])\.(?=\s|$)|\s(?:which|that|after|when|while|because|so)\s", named[0])[0]
    return re.sub(r"^(?:the|a|an)\s+", "", cut.strip(), flags=re.IGNORECASE) or None


_A_VOTE = re.compile(r"\bvot(?:ed|es|e|ing)\b|\d\s*[-–]\s*\d")


def body_of_the_vote_before(before: list[Sentence]) -> str | None:
    """ "Russia voted against; China, India and the UAE abstained." right after "the 15-member council voted
    11-1 to refer the crisis": the members' votes are in the body of the vote told just before."""
    if not before or _A_VOTE.search(before[-1].text) is None:
        return None
    named = [" ".join(m["body"].split()) for m in BODY.finditer(before[-1].text)]
    return named[-1] if named else body_from_context(before[-1], before[:-1])
