"""Cues that a capitalised word is a person's name that the name model does not weigh: a headline's
Title Case, a surname misspelt beside its owner's, a calling or a relation before a one-word name."""

from __future__ import annotations

import re

from factdesk.base.text import fold
from factdesk.claims.extract.name_model import common_words, is_role_noun, is_title_word, relations
from factdesk.claims.extract.name_spans import NameSpan
from factdesk.claims.extract.tokens import first_letters, is_capital
from factdesk.claims.sentences import Sentence
from rapidfuzz.fuzz import ratio


class HeadlineCase:
    """Whether a sentence is set in Title Case (a headline), worked out only if a name needs it."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.answer: bool | None = None

    def __bool__(self) -> bool:
        if self.answer is None:
            firsts = [first for first in first_letters(self.sentence.text) if first.isalpha()]
            ends_like_prose = self.sentence.text.rstrip().endswith((".", "!", "?", '"', "”", "’"))
            self.answer = not ends_like_prose and len(firsts) >= 5 and sum(map(is_capital, firsts)) / len(firsts) >= 0.6
        return self.answer


def one_typo_from(word: str, surnames: dict[str, list[NameSpan]]) -> bool:
    """Whether `word` is a surname of the article's people with one letter changed, dropped or added."""
    if len(word) < 5 or word in common_words():
        return False
    return any(
        len(surname) >= 5 and surname[0] == word[0] and ratio(word, surname) >= _SURNAME_TYPO for surname in surnames
    )


_SURNAME_TYPO = 83  # rapidfuzz ratio: one letter changed in six, or dropped in seven


_WORD_BEFORE = re.compile(r"\b([a-z][a-z-]*)\s*,?\s+$")


def known_by_one_name(text: str, single: NameSpan) -> bool:
    """ "fashion designer Halston", "their nine-month-old child, Gloria": a calling or a relation right
    before one capitalised word makes it a person known by that name."""
    before = _WORD_BEFORE.search(text, max(single.sentence.start, single.start - 30), single.start)
    if before is None or is_title_word(single.name):
        return False
    word = before.group(1)
    return word in relations() or (is_role_noun(word) and fold(single.name) not in common_words())
