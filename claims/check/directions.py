"""Which way a figure went, as a text says it: "rose 14%", "down 13% from a year ago", "eased to 6.9%".

A statement and its source that give the same figure but disagree on the way disagree on the fact.
The word right before a figure ("down 13%", "fell 38%") says its way even when the clause says
another figure's too ("down 13% from a year ago but up 19% from the previous quarter"); otherwise
the clause's one way does. A level ("to 6.9%") is never compared with a change ("by 6.9%").
"""

from __future__ import annotations

import re
from functools import cache

from factdesk.claims.check.figure_places import CLAUSE_EDGE
from factdesk.claims.extract.opposites import FROM_AN_EARLIER_FIGURE, way_just_before, ways_of_a_figure

_TO_OR_BY = re.compile(r"\b(to|by)\s*$", re.IGNORECASE)
_HEDGE = r"(?:by\s+)?(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than)\s+)?"
_TURN = re.compile(r"\b(?:even\s+as|while|whereas|but|although|though)\b", re.IGNORECASE)  # a clause of its own
# "up 13%", "down by about 2.5 points", "up about $3": a bare up or down says a way only right before a figure
_JUST_BEFORE = rf"{_HEDGE}[$€£¥]?"
_FROM_WORDS = rf"(?:{FROM_AN_EARLIER_FIGURE}|from\s+){_HEDGE}[$€£¥]?"  # "from 8.7%", "from a revised 6.4%"
_FROM = re.compile(rf"\b{_FROM_WORDS}$", re.IGNORECASE)
_FROM_WINDOW = 70  # characters before a figure in which its "from" words are written


@cache
def _directions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words for a figure going up and going down (claims/extract/data/directions.yaml), each as one pattern."""
    up, down = ways_of_a_figure()

    def pattern(phrases: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)

    return pattern(list(up)), pattern(list(down))


def opposite_direction(
    said: str, said_by: str | None, recorded: str, recorded_by: str | None
) -> tuple[str, str] | None:
    """("rose", "fell") when one text says a figure went up and the other that it went down (and not both);
    a level ("to 6.9%") and a change ("by 6.9%") are not compared."""
    if not (re.search(r"\d", said) and re.search(r"\d", recorded)):
        return None  # only where both speak of a figure
    if said_by and recorded_by and said_by != recorded_by:
        return None
    said_ways, recorded_ways = _ways(said), _ways(recorded)
    if said_ways is None or recorded_ways is None:
        return None
    (said_way, said_word), (recorded_way, recorded_word) = said_ways, recorded_ways
    return (said_word, recorded_word) if said_way != recorded_way else None


def _ways(text: str) -> tuple[str, str] | None:
    """("up", "rose") when the text speaks of one way only."""
    up, down = _directions()
    ups, downs = (
        sorted(m.group().lower() for m in up.finditer(text)),
        sorted(m.group().lower() for m in down.finditer(text)),
    )
    if ups and not downs:
        return "up", ups[0]
    if downs and not ups:
        return "down", downs[0]
    return None


def figure_turned(sentence: str, written: str, excerpt: str, excerpt_written: str) -> tuple[str, str] | None:
    """(the sentence's way word, the excerpt's) when the two give a figure going opposite ways."""
    said, said_by, said_word = _way_of(sentence, written)
    recorded, recorded_by, recorded_word = _way_of(excerpt, excerpt_written)
    if said is None or recorded is None or said == recorded:
        return None
    if said_by and recorded_by and said_by != recorded_by:
        return None
    return said_word, recorded_word


# "7.9% in the 12 months to June, down from 8.7%": what way a level went, said after it (no other figure between)
_LEVEL_FROM = re.compile(rf"(?P<between>[^.;%$€£¥]{{0,50}}?),\s+(?P<way>up|down)\s+{_FROM_WORDS}\d", re.IGNORECASE)


_RESTATED = re.compile(r"[$€£¥]?\d[\d.,]*(?:\s+(?:cents?|points?|million|billion))?,\s+or\s+$")


def _way_of(text: str, written: str) -> tuple[str | None, str | None, str]:
    """The way a figure went (up, down or None), "to" or "by" before it, and the word that says the way."""
    found = re.search(r"\s+".join(map(re.escape, written.split())), text)
    if found is None:
        return None, None, ""
    if _FROM.search(text, max(0, found.start() - _FROM_WINDOW), found.start()):
        return None, None, ""  # "slowed to 2.9% from 3.9%": where the change started, which went no way itself
    preposition = _TO_OR_BY.search(text, max(0, found.start() - 6), found.start())
    by = preposition[1].lower() if preposition else None
    level = _LEVEL_FROM.match(text, found.end())
    if level is not None:
        # "CPI rose by 7.9% in the 12 months to June 2023, down from 8.7% in May": the level went down to 7.9%
        return level["way"].lower(), "to", f"{level['way'].lower()} from"
    anchor = found.start()
    restated = _RESTATED.search(text, max(0, anchor - 40), anchor)
    if restated is not None:
        anchor = restated.start()  # "down $3.03, or 9.6%": the share goes the way of the sum it restates
    before = way_just_before(_JUST_BEFORE).search(text, max(0, anchor - 40), anchor)
    if before is not None:
        way = "up" if before["up"] else "down"
        return way, by, " ".join((before["up"] or before["down"]).lower().split())
    edges = [*CLAUSE_EDGE.finditer(text, max(0, found.start() - 80), found.start())]
    edges += _TURN.finditer(text, max(0, found.start() - 80), found.start())  # "lost $1.47 billion even as X added"
    start = max([0, *(edge.end() for edge in edges)])
    after = CLAUSE_EDGE.search(text, found.end(), found.end() + 80)
    clause = text[start : after.start() if after else found.end() + 80]
    ways = _ways(clause)
    return (ways[0], by, ways[1]) if ways else (None, by, "")


# "40.5%, down from 42.2%": a bare way word right before "from" and the figure a change started at
_BARE_FROM = re.compile(rf"\b(?P<way>up|down|higher|lower)\s+{_FROM_WORDS}$", re.IGNORECASE)
_PAIRED = re.compile(r"\s*(?:,|and)\s+[$€£¥]?\d")
_LEVEL_BEFORE = 80  # characters before "from" in which the level a figure went to is written
_TO_LEVEL = re.compile(r"\s+to\s+(?P<level>[$€£¥]?\d[\d,.]*\S*)")  # "from 315 to 200"
_ASIDE = 30  # characters of an aside between a level and its "from" ("to 1.4% for 2024, from 1.9%")
_TURNS = re.compile(r"\b(?:while|whereas|but|and|as|although|though)\b|;")


def against_its_level(sentence: str, written: str, value: float, levels: dict[str, float]) -> tuple[str, str] | None:
    """(the way word, the level) when the sentence says a figure went one way from `written` to a level it gives
    that lies the other way ("Turnout was 40.5%, up from 42.2%"): the sentence contradicts itself, whatever
    the sources say. `levels` are the sentence's other figures of the same unit, as written, with their values."""
    found = re.search(r"\s+".join(map(re.escape, written.split())), sentence)
    started = None if found is None else _FROM.search(sentence, max(0, found.start() - _FROM_WINDOW), found.start())
    if found is None or started is None:
        return None
    if _PAIRED.match(sentence, found.end()):
        return None  # "2.5% and 2.2%, up from 2.3% and 2.0%": each went from its own
    went_to = _TO_LEVEL.match(sentence, found.end())
    if went_to is not None:  # "reduces the senators from 315 to 200": the level follows
        reached = went_to["level"].rstrip(".,;:")
        level = next((level for level in levels if level.split()[0] == reached), None)
        if level is None:
            return None
        clause_start = max([0, *(e.end() for e in CLAUSE_EDGE.finditer(sentence, 0, found.start()))])
        ways = _ways(sentence[clause_start : started.start()])
    else:
        offset = max(0, started.start() - _LEVEL_BEFORE)
        before = sentence[offset : started.start()]
        placed = [
            (at[-1].start(), level)
            for level in levels
            if (at := list(re.finditer(rf"(?<![\w.,]){re.escape(level)}(?![\w])", before)))
        ]
        if not placed:
            return None
        level_at, level = max(placed)  # the nearest before "from": "rose 5% to 40.5% from ..." went to 40.5%
        # the level's clause when only a short aside lies between: "raised its forecast to 1.4% for 2024, from 1.9%"
        aside = sentence[offset + level_at + len(level) : started.start()]
        clause_end = offset + level_at if len(aside) <= _ASIDE and not _TURNS.search(aside) else found.start()
        clause_start = max([0, *(e.end() for e in CLAUSE_EDGE.finditer(sentence, 0, clause_end))])
        ways = _ways(sentence[clause_start : found.start()])
    bare = _BARE_FROM.search(sentence, max(0, found.start() - _FROM_WINDOW - 10), found.start())
    if bare is not None:
        way, word = ("up" if bare["way"].lower() in ("up", "higher") else "down"), bare["way"].lower()
    elif ways is None:
        return None
    else:
        way, word = ways
    if (way == "up" and levels[level] < value) or (way == "down" and levels[level] > value):
        return word, level
    return None
