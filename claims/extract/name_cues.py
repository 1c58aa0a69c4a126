"""Cues that a capitalised word is a person's name that the name model does not weigh: a headline's
Title Case, a surname misspelt beside its owner's, a calling or a relation before a one-word name, a
calling before a given name, a middle initial."""

from __future__ import annotations

import re

from factdesk.base.text import fold
from factdesk.claims.extract.lexicon import SPEECH_VERBS
from factdesk.claims.extract.name_model import (
    INITIAL,
    common_words,
    given_names,
    is_role_noun,
    is_title_word,
    relations,
    role_nouns,
    surnames,
)
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


def may_be_surname(word: str, lower_in_article: frozenset[str]) -> bool:
    """Whether a capitalised word after a title can be a surname: "President Biden", "Mr. Brown", not
    "General Motors" (a common word no list of names has) or "Mr Bodyboarding" (the article writes it
    in lower case, as a common noun)."""
    lower = fold(word)
    if lower in lower_in_article:
        return False
    return lower not in common_words() or lower in surnames() or lower in given_names()


_CALLING_BEFORE = re.compile(r"\b([a-z][a-z-]*)\s+$")
_AS_CALLING = re.compile(r"\s+as\s+(?:(?:the|a|an|its|their|his|her)\s+)?((?:[a-z-]+\s+){0,3}[a-z-]+)")
_PREPOSITIONS = frozenset("of for to in on at by with from".split())
_SUFFIX = re.compile(r"[IVX]+|Jr\.?|Sr\.?")


def called_by_calling(text: str, sentence: Sentence, start: int, end: int, words: list[str]) -> bool:
    """ "defender Youssef Msakni", "named Wes Streeting as health secretary": a calling right before a
    name, or after "as" just after it, and a given name or a surname the lists know."""
    if len(words) < 2 or not (words[0].lower() in given_names() or words[-1].lower() in surnames()):
        return False
    if any(word.lower() in common_words() and word.lower() not in given_names() for word in words[:-1]):
        return False  # "Gulf War" and "Olympic Games" have callings before them too
    before = _CALLING_BEFORE.search(text, max(sentence.start, start - 30), start)
    if before is not None and before[1] in role_nouns():  # singular: "hosts Brixton Market" is a verb
        return True
    after = _AS_CALLING.match(text, end, sentence.end)
    for word in after[1].split() if after else ():
        if word in _PREPOSITIONS:
            return False  # "as worthy of the player": the calling is another's
        if is_role_noun(word):
            return True
    return False


def middle_initial(words: list[str]) -> bool:
    """ "Glenn A. Profitt II", "William C. Cesaroni": a given name, an initial, a surname (and a suffix)."""
    core = words[:-1] if len(words) > 3 and _SUFFIX.fullmatch(words[-1]) else words
    if len(core) < 3 or not any(INITIAL.match(w) for w in core[1:-1]):
        return False
    first = core[0].lower()
    if first not in given_names() and (len(first) < 3 or first in common_words() or is_title_word(first)):
        return False  # "Delwyn J. Langejans": a given name no list has is still a name before an initial
    last = core[-1]
    return len(last) > 2 and last.lower() not in common_words() and not last.isupper()


_SPEECH_AFTER = re.compile(r"^(?:,[^,.]{1,60},)?\s+(?:" + "|".join(SPEECH_VERBS) + r")\b")
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r")\s+$")
# what only a person does, right after the name ("scored from the penalty spot", "resigned on Monday")
_PERSON_ACT_AFTER = re.compile(
    r"^(?:,[^,.]{1,60},)?\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:scored|resigned|died|testified|pleaded|"
    r"married|born|arrested|sentenced|sworn\s+in|elected|appointed|nominated|tweeted)\b"
)


def spoken_beside(before: str, after: str) -> bool:
    """A speech verb right after the run ("X said") or right before it ("said X")."""
    return bool(_SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before))


def acts_as_a_person(after: str, words: list[str]) -> bool:
    """ "Ferjani Sassi scored from the penalty spot": a verb only a person is the subject of, after a run of
    words no dictionary has (not "Real Madrid scored", whose "real" is a common word)."""
    if not _PERSON_ACT_AFTER.match(after):
        return False
    return not any(word.lower() in common_words() and word.lower() not in given_names() for word in words)
