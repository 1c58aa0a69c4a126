"""Words for which way something went or stood, each with its opposite (data/opposites.tsv): "rose" and
"fell", "weakened" and "strengthened", "won" and "lost", "above" and "below". A sentence that writes one
where its source writes the other says the opposite of the source; a sentence with such a word is worth
checking even when no one is named in it."""

from __future__ import annotations

import re
from functools import cache

from factdesk.claims.extract.lexicon import data_lines

_WORD = re.compile(r"[a-z]+")
# A sentence is made worth checking by a verb of which way something went ("weakened", "reduced", "lost"),
# not by a comparison or a place ("after", "more", "first", "west" of "West Virginia"), though those are
# compared in a sentence that is checked.
_IRREGULAR_TURNS = frozenset("rose fell risen fallen grew shrank won lost cut sold bought".split())


@cache
def opposites() -> dict[str, frozenset[str]]:
    """Word -> the words for the other way, both ways round."""
    table: dict[str, set[str]] = {}
    for line in data_lines("opposites.tsv"):
        word, opposite = line.split("\t")
        table.setdefault(word, set()).add(opposite)
        table.setdefault(opposite, set()).add(word)
    return {word: frozenset(others) for word, others in table.items()}


def tells_a_turn(text: str) -> bool:
    """Whether the text says which way something went ("weakened", "reduced", "lost")."""
    table = opposites()
    return any(
        word in table and (word.endswith("ed") or word in _IRREGULAR_TURNS) for word in _WORD.findall(text.lower())
    )
