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
_NEARBY = 3  # words either side in which words of substance are looked for
_FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for from with and or but as that this these those it its his her their
    our my your he she they we i you is was were are be been being has have had do does did will would
    shall should can could may might must not no so than then there which who whom whose what when where
    while if also after before more most less first last""".split()
)


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
            if word in _CONVERSES and not _same_thing_after(said, i, recorded, j):
                continue  # "15 hours after it broke out" is "15 hours before it was put out": the other end
            if other in others and not _level_and_change(said, i, recorded, j):
                if _alike(said, i, recorded, j) >= max(in_place, own + 1):
                    return word, other
    return None


# words for an order in time, each true of the other end read the other way round
_CONVERSES = frozenset({"after", "before", "earlier", "later"})


def _same_thing_after(said: list[str], i: int, recorded: list[str], j: int) -> bool:
    """Whether the words after the two say the same thing: "before the vote" and "after the vote"."""
    after_said, after_recorded = said[i + 1 : i + 1 + _NEARBY], recorded[j + 1 : j + 1 + _NEARBY]
    if after_said[:2] == after_recorded[:2] and after_said:
        return True
    return bool(_substance(said, i) & _substance(recorded, j) & set(after_said) & set(after_recorded))


def _level_and_change(said: list[str], i: int, recorded: list[str], j: int) -> bool:
    """ "eased to 6.9%" against "rose by 6.9% ..., down from 7.1%": a level and a change, not two ways of one thing."""
    after_said = said[i + 1] if i + 1 < len(said) else ""
    after_recorded = recorded[j + 1] if j + 1 < len(recorded) else ""
    return {after_said, after_recorded} == {"to", "by"}


def _alike(said: list[str], i: int, recorded: list[str], j: int) -> int:
    """How many of the words beside said[i] and recorded[j] are the same: at the same distance, or (words
    of substance) anywhere a little way either side, since sources word things a little differently
    ("Australia had won their first two matches", "Australia lost their opening two matches")."""
    alike = 0
    for step in range(1, _REACH + 1):
        for k, m in ((i - step, j - step), (i + step, j + step)):
            if 0 <= k < len(said) and 0 <= m < len(recorded) and said[k] == recorded[m]:
                alike += 1
    nearby = _substance(said, i) & _substance(recorded, j)
    return max(alike, len(nearby))


def _substance(words: list[str], at: int) -> set[str]:
    """The words of substance within _NEARBY words of words[at], not counting it."""
    near = words[max(0, at - _NEARBY) : at] + words[at + 1 : at + 1 + _NEARBY]
    # figures are left to the figure check ("rose by 6.9%, down from 7.1%" is a rate up and a level down)
    return {word for word in near if word not in _FUNCTION_WORDS and not any(c.isdigit() for c in word)}


def the_other_way(sentence: str) -> list[str]:
    """The sentence with each word for a way turned to its opposite ("The yen strengthened" -> "The yen
    weakened"): what to look a source up by, since the word that differs is the one the search needs."""
    table = opposites()
    turned = []
    for found in _TOKEN.finditer(sentence):
        for other in sorted(table.get(found.group().lower(), ())):
            turned.append(sentence[: found.start()] + other + sentence[found.end() :])
    return turned
