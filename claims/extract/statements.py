"""Statement claims: a sentence where a named actor does something concrete, and not an opinion."""

from __future__ import annotations

import re

from claims.extract.lexicon import COUNTRIES, NATIONALITIES, OPINION_MARKERS
from claims.sentences import Sentence

ACTION_VERBS = re.compile(  # only whether one occurs matters, so no optional "has/had" before it
    r"\b(?:cancel(?:l)?ed|met|meets|announced|signed|visited|launched|resigned|appointed|"
    r"approved|killed|arrested|proposed|expressed|led|ordered|rejected|agreed|called\s+for|sent|deployed|imposed|"
    r"lifted|released|attacked|struck|won|lost|elected|fired|dismissed|nominated|accused|sued|banned|passed|"
    r"vetoed|abstained|withdrew|invaded|captured|is\s+scheduled\s+to|are\s+scheduled\s+to|will\s+meet|"
    r"will\s+visit|plans\s+to|pledged|promised|offered|raised|cut|increased|reduced|spent|paid|received|"
    r"confirmed|denied|condemned|warned|demanded|said|told|reported|opened|closed|suspended|halted|resumed|"
    r"postponed|delayed|convicted|sentenced|charged|indicted|founded|acquired|bought|sold)\b",
    re.IGNORECASE,
)
_ACTOR_WORDS = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(name)
        for name in sorted({*COUNTRIES, *(k for k, v in NATIONALITIES.items() if v)}, key=len, reverse=True)
    )
    + r")\b"
)


def is_opinion(sentence: Sentence) -> bool:
    return OPINION_MARKERS.search(sentence.text) is not None


def statement_subject(sentence: Sentence, people_named: list[str]) -> str | None:
    """The actor a statement is about, if the (non-opinion) sentence is check-worthy; None otherwise."""
    if not ACTION_VERBS.search(sentence.text):
        return None
    if people_named:
        return people_named[0]
    actor = _ACTOR_WORDS.search(sentence.text)
    if actor is None:
        return None
    return NATIONALITIES.get(actor.group()) or actor.group()
