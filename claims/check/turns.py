"""A sentence that writes a word for one way where its source writes the word for the other, in the same
place: "The yen strengthened after the decision" against "The yen weakened after the Bank of Japan ...",
"the captain was the first to leave" against "the captain was the last to leave the aircraft".

In the same place means the words beside the two agree: of the two words before and the two after each,
at least two stand alike. A source that also writes the sentence's own word as firmly in that place says
both, and contradicts nothing.
"""

from __future__ import annotations

import re

from factdesk.claims.extract.opposites import opposites

_TOKEN = re.compile(r"[\w'’]+")
_REACH = 2  # words either side compared
_IN_PLACE = 2  # how many of them must stand alike (by default)


def turned_word(sentence: str, excerpt: str, in_place: int = _IN_PLACE) -> tuple[str, str] | None:
    """(the sentence's word, the excerpt's opposite word) when the excerpt says the other way in its place:
    with `in_place` of the words beside them alike."""
    table = opposites()
    said = [word.lower() for word in _TOKEN.findall(sentence)]
    recorded = [word.lower() for word in _TOKEN.findall(excerpt)]
    for i, word in enumerate(said):
        others = table.get(word)
        if not others:
            continue
        own = max((_alike(said, i, recorded, j) for j, w in enumerate(recorded) if w == word), default=0)
        for j, other in enumerate(recorded):
            if other in others and _alike(said, i, recorded, j) >= max(in_place, own + 1):
                return word, other
    return None


def _alike(said: list[str], i: int, recorded: list[str], j: int) -> int:
    """How many of the words beside said[i] and recorded[j], at the same distance, are the same."""
    alike = 0
    for step in range(1, _REACH + 1):
        for k, m in ((i - step, j - step), (i + step, j + step)):
            if 0 <= k < len(said) and 0 <= m < len(recorded) and said[k] == recorded[m]:
                alike += 1
    return alike


def the_other_way(sentence: str) -> list[str]:
    """The sentence with each word for a way turned to its opposite ("The yen strengthened" -> "The yen
    weakened"): what to look a source up by, since the word that differs is the one the search needs."""
    table = opposites()
    turned = []
    for found in _TOKEN.finditer(sentence):
        for other in sorted(table.get(found.group().lower(), ())):
            turned.append(sentence[: found.start()] + other + sentence[found.end() :])
    return turned
