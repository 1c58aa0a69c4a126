"""Elapsed times as sport and its records write them: "won in 2:00:35", "a world record of 3:26.00",
"a personal best of 2:02:42". Each is a quantity in seconds with the unit "elapsed time", so a race time
is compared with a race time, digit for digit, and never taken for two counts ("2" and "00:35").

Hours, minutes and seconds ("2:00:35") or a fraction of a second ("3:26.00", "1:41.11") say it is a time
taken; "4:05" alone is one only after a word that says so ("in 4:05", "a time of 4:05"), since a bare
"4:05" is as often a time of day or a score.
"""

from __future__ import annotations

import re

from factdesk.claims.extract.quantity_words import QuantityMention
from factdesk.claims.sentences import Sentence

ELAPSED_TIME = "elapsed time"

_ELAPSED = re.compile(
    r"(?<![\w:.,])(?:(?P<hours>\d{1,2}):(?P<minutes>[0-5]\d)|(?P<lone_minutes>\d{1,2})):(?P<seconds>[0-5]\d)"
    r"(?P<fraction>\.\d{1,3})?(?![\d:]|\.\d)"
)
_CLOCK_BEFORE = re.compile(r"(?i:\b(?:at|by|until|till|since|from)\s+)$")  # "at 14:14:05" is a time of day
_TAKEN_BEFORE = re.compile(
    r"(?i:\b(?:in|clocked|clocking|timed|ran|run|finished|(?:time|record|best|mark|timing)s?\s+of))\s+$"
)


def find_elapsed_times(sentence: Sentence, blocked: list[tuple[int, int]]) -> list[QuantityMention]:
    """The race times and other times taken in a sentence outside `blocked` spans, each in seconds."""
    found = []
    for match in _ELAPSED.finditer(sentence.text):
        start, end = match.span()
        if any(s < end and start < e for s, e in blocked):
            continue
        before = sentence.text[max(0, start - 20) : start]
        if _CLOCK_BEFORE.search(before) and not match["fraction"]:
            continue  # "at 14:14:05" is a clock's reading; "stands at 3:43.13" a time taken
        if not (match["hours"] or match["fraction"] or _TAKEN_BEFORE.search(before)):
            continue  # "4:05" alone: a time of day, a score or a ratio as often as a time taken
        hours = int(match["hours"] or 0)
        minutes = int(match["minutes"] or match["lone_minutes"])
        seconds = int(match["seconds"]) + float(match["fraction"] or 0)
        value = hours * 3600 + minutes * 60 + seconds
        fields: dict[str, object] = {"value": value, "unit": ELAPSED_TIME}
        found.append(QuantityMention(sentence.start + start, sentence.start + end, match.group(), fields))
    return found


def precision(written: str) -> float:
    """The last digit's worth in seconds: 1 for "2:00:35", 0.01 for "3:26.00"."""
    fraction = re.search(r"\.(\d+)\s*$", written)
    return 10.0 ** -len(fraction[1]) if fraction else 1.0
