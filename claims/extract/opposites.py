"""Words for which way something went or stood, each with its opposite (data/opposites.tsv): "rose" and
"fell", "weakened" and "strengthened", "won" and "lost", "above" and "below". A sentence that writes one
where its source writes the other says the opposite of the source; a sentence with such a word is worth
checking even when no one is named in it."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml
from factdesk.claims.extract.comparisons import comparison_length
from factdesk.claims.extract.lexicon import data_lines

_WORD = re.compile(r"[a-z]+")
# A sentence is made worth checking by a verb of which way something went ("weakened", "reduced", "lost"),
# not by a comparison or a place ("after", "more", "first", "west" of "West Virginia"), though those are
# compared in a sentence that is checked.
_IRREGULAR_TURNS = frozenset("rose fell risen fallen grew shrank sank won lost cut sold bought".split())


@cache
def ways_of_a_figure() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words and phrases for a figure going up and going down (data/directions.yaml): "rose", "closed
    higher"; "fell", "edged down"."""
    data = _directions()
    return tuple(data["up"]), tuple(data["down"])


@cache
def _directions() -> dict[str, list[str]]:
    text = resources.files("factdesk.claims.extract").joinpath("data", "directions.yaml").read_text(encoding="utf-8")
    data: dict[str, list[str]] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data


@cache
def opposites() -> dict[str, frozenset[str]]:
    """Word -> the words for the other way, both ways round: the pairs of data/opposites.tsv, and every
    one-word way up against every one-word way down ("jumped" against "dropped")."""
    pairs = [tuple(line.split("\t")) for line in data_lines("opposites.tsv")]
    up, down = (tuple(word for word in words if " " not in word) for words in ways_of_a_figure())
    pairs += [(rising, falling) for rising in up for falling in down]
    table: dict[str, set[str]] = {}
    for word, opposite in pairs:
        table.setdefault(word, set()).add(opposite)
        table.setdefault(opposite, set()).add(word)
    return {word: frozenset(others) for word, others in table.items()}


def tells_a_turn(text: str) -> bool:
    """Whether the text says which way something went ("weakened", "reduced", "lost")."""
    table = opposites()
    return any(
        word in table and (word.endswith("ed") or word in _IRREGULAR_TURNS) for word in _WORD.findall(text.lower())
    )


@cache
def _way_pattern() -> str:
    """A way word for a figure as a pattern with `up` and `down` groups: "rose", "closed higher", a bare "down"."""

    def alternatives(phrases: tuple[str, ...]) -> str:
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))

    up, down = ways_of_a_figure()
    return rf"(?:(?P<up>\b(?:up|higher|{alternatives(up)})\b)|(?P<down>\b(?:down|lower|{alternatives(down)})\b))"


@cache
def way_just_before(between: str) -> re.Pattern[str]:
    """A way word ending right before a figure, with words matching `between` after it ("by about", "from")."""
    return re.compile(rf"{_way_pattern()}\s+{between}$", re.IGNORECASE)


# "from a revised 6.4%", "from an earlier estimate of 4.8%", "from last year's 3.1%": where a change started,
# named as the figure it was then
FROM_AN_EARLIER_FIGURE = (
    r"from\s+(?:(?:an?|the)\s+(?:(?:upwardly|downwardly)\s+)?(?:revised|previous|earlier|initial|preliminary|prior)"
    r"(?:\s+(?:estimate|forecast|projection|reading|figure|level|target)\s+of)?|last\s+year's|the\s+previous\s+year's)\s+"
)
# "rose 4%", "fell to 237.8 million", "down from 66%", "down from a revised 6.4%"
_WAY_TO_FIGURE = rf"(?:{FROM_AN_EARLIER_FIGURE}|(?:by|to|from)\s+)?"


def way_before(text: str, start: int) -> int:
    """Where a figure starting at `start` starts with the way word written right before it ("fell 4%", "up
    from 66%"): a change is claimed with its way, and a reviewer reads it so. `start` when there is none."""
    found = way_just_before(_WAY_TO_FIGURE).search(text, max(0, start - 70), start)
    if not found:
        return start
    way = " ".join((found["up"] or found["down"]).lower().split())
    if way in _done_to_a_figure() and not _LINKED.search(found.group(), len(found["up"] or found["down"])):
        return start  # "raised 5 million pounds": money raised, not a change
    return found.start()


_LINKED = re.compile(r"\s(?:by|to|from)\s", re.IGNORECASE)


@cache
def _done_to_a_figure() -> frozenset[str]:
    """The ways someone does to a figure, a change only with "by", "to" or "from" after them."""
    return frozenset(_directions()["done_to_a_figure"])


def figure_text_start(text: str) -> int:
    """Where the figure itself starts in a quantity's text that leads with its way ("fell 4%" -> 5)."""
    found = _leading_way().match(text)
    return found.end() if found else comparison_length(text)  # "above the 87 votes" -> "87 votes"


@cache
def _leading_way() -> re.Pattern[str]:
    return re.compile(rf"{_way_pattern()}\s+{_WAY_TO_FIGURE}", re.IGNORECASE)
