"""Names in a list are read together: "A, B and C" names people when a name beside it is believed.

News lists players, candidates, guests and band members. A run the name model hesitates over, or a
one-word name ("Andy Garcia, Shakira, Ricky Martin"), is a name when it stands in a list right beside
a name the article already believes, as long as nothing rules it out on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factdesk.base.text import fold
from factdesk.claims.extract.lexicon import COUNTRIES, ORGANISATION_WORDS
from factdesk.claims.extract.name_model import common_words, given_names, places, surnames, world_places
from factdesk.claims.extract.name_spans import LIST_GAP, NameSpan

_GAP_AFTER = re.compile(LIST_GAP)
_GAP_BEFORE = re.compile(LIST_GAP + r"$")
_REACH = 60  # how far a list's gap can run: "A of Ohio (a senator), B"
_RARE = 5000  # a word past this frequency rank ("Baron", "Thomas") is a name more often than a noun


def listed_beside(span: NameSpan, starts: set[int], ends: set[int], text: str) -> bool:
    """Whether `span` stands in a list right before a name starting at one of `starts`, or right after
    one ending at one of `ends`."""
    after = _GAP_AFTER.match(text, span.end, min(len(text), span.end + _REACH))
    if after and after.end() in starts:
        return True
    before = _GAP_BEFORE.search(text, max(0, span.start - _REACH), span.start)
    return bool(before and before.start() in ends)


def spread_over_lists(taken: Iterable[NameSpan], candidates: Iterable[NameSpan], text: str) -> list[NameSpan]:
    """The candidates listed beside a taken name, or beside a candidate taken so, however long the list
    ("A, B, C and D Jones" is read from either end)."""
    starts: set[int] = set()
    ends: set[int] = set()
    for span in taken:
        starts.add(span.start)
        ends.add(span.end)
    waiting = list(candidates)
    joined: list[NameSpan] = []
    grew = True
    while grew:
        grew = False
        for span in list(waiting):
            if listed_beside(span, starts, ends, text):
                waiting.remove(span)
                joined.append(span)
                starts.add(span.start)
                ends.add(span.end)
                grew = True
    return joined


def may_be_one_word_name(single: NameSpan, found_surnames: set[str], lower_in_article: frozenset[str]) -> bool:
    """Whether a lone capitalised word could be a one-word name ("Shakira", "Henrique") if a list says so:
    a given name or surname the lists know, inside its sentence, that is no frequent word of the language,
    no word the article writes in lower case, no place or body, and not the surname of a name found (that
    is a mention, as "Kane" after "Harry Kane")."""
    word = single.name
    lower = fold(word)
    if single.start <= single.sentence.start + 1 or lower in found_surnames or lower in lower_in_article:
        return False
    if word in COUNTRIES or word in ORGANISATION_WORDS or word in places() or word in world_places():
        return False
    known = lower in given_names() or lower in surnames()
    return known and common_words().get(lower, _RARE) >= _RARE


def without_listed_others(candidates: list[NameSpan], others: list[NameSpan], text: str) -> list[NameSpan]:
    """The candidates that stand in no list beside a run that is no name ("Ricky Martin, Chelsea and
    Arsenal" lists clubs): a list of names holds names only."""
    starts = {span.start for span in others}
    ends = {span.end for span in others}
    return [span for span in candidates if not listed_beside(span, starts, ends, text)]
