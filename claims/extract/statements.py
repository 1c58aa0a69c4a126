"""Statement claims: a sentence where a named actor does something concrete, and not an opinion."""

from __future__ import annotations

import re

from factdesk.claims.extract.lexicon import COUNTRIES, NATIONALITIES, OPINION_MARKERS
from factdesk.claims.extract.opposites import tells_a_turn
from factdesk.claims.sentences import Sentence

# Whether one of these occurs is all that matters: single words are a set look-up, the few
# phrases a small regex (one big alternation scanned every sentence at every position).
ACTION_WORDS = frozenset(
    """cancelled canceled met meets announced signed visited launched resigned appointed approved killed arrested
    proposed expressed led ordered rejected agreed sent deployed imposed lifted released attacked struck won lost
    elected fired dismissed nominated accused sued banned passed vetoed abstained withdrew invaded captured pledged
    promised offered raised cut increased reduced spent paid received confirmed denied condemned warned demanded
    said told reported opened closed suspended halted resumed postponed delayed convicted sentenced charged
    indicted founded acquired bought sold""".split()
)
ACTION_PHRASES = re.compile(
    r"\b(?:called\s+for|(?:is|are)\s+scheduled\s+to|will\s+(?:meet|visit)|plans\s+to)\b", re.IGNORECASE
)
_WORDS = re.compile(r"[a-z]+")


def has_action(text: str) -> bool:
    """Whether the text has a verb of concrete action (cancelled, met, announced, ...)."""
    return not ACTION_WORDS.isdisjoint(_WORDS.findall(text.lower())) or ACTION_PHRASES.search(text) is not None


_ACTOR_WORDS = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(name)
        for name in sorted({*COUNTRIES, *(k for k, v in NATIONALITIES.items() if v)}, key=len, reverse=True)
    )
    + r")\b"
)


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def is_opinion(sentence: Sentence) -> bool:
    """Whether the writer's own words (not a quote) argue rather than report."""
    return OPINION_MARKERS.search(_QUOTED.sub(" ", sentence.text.lower())) is not None


def is_statement(sentence: Sentence, people_named: list[str]) -> bool:
    """Whether the sentence is check-worthy as a statement: someone named does something concrete, or it
    says which way something went ("The yen weakened after the decision")."""
    if tells_a_turn(sentence.text):
        return True
    return has_action(sentence.text) and (bool(people_named) or _ACTOR_WORDS.search(sentence.text) is not None)


def statement_subject(sentence: Sentence, people_named: list[str]) -> str | None:
    """The actor a statement is about: the first person named, or a country; None if neither is."""
    if people_named:
        return people_named[0]
    actor = _ACTOR_WORDS.search(sentence.text)
    return None if actor is None else NATIONALITIES.get(actor.group()) or actor.group()
