"""What a figure is in its sentence, as the words right before it say: a winner's margin, a request, a change or
a level, a part or the whole it is of. A decided figure never stands where a requested one does ("sentenced to
11 years" against "prosecutors sought 15 years"), nor a change where a level does ("winds increased by 110 mph"
against "maximum sustained winds of 165 mph"), nor a part where its whole does ("Eighteen of those who died"
against the 72 of "Eighteen of the 72 people who died")."""

from __future__ import annotations

import re
from functools import lru_cache

from factdesk.claims.extract.opposites import way_just_before

# "won by more than 275,000 votes", "unseated Street by 1,508 votes", "a majority of 1,508", "a margin of 3 points"
_MARGIN = re.compile(
    r"(?:\b(?:won|wins?|winning|beat(?:s|en|ing)?|defeat(?:s|ed|ing)?|unseat(?:s|ed|ing)?|oust(?:s|ed|ing)?"
    r"|edg(?:es|ed|ing)|lead(?:s|ing)?|led|ahead|trail(?:s|ed|ing)?)\b"
    r"[^,.;:]{0,60}?\bby|\b(?:majority|margin|lead)\s+of)\s+"
    r"(?:(?:about|around|nearly|almost|more\s+than|over|some|just|only|fewer\s+than|less\s+than)\s+)?[$€£]?$",
    re.IGNORECASE,
)


_HEDGED = r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|just|over|under)\s+)?[$€£¥]?"
_OF_AT_TO = re.compile(rf"\b(?:of|at|to)\s+{_HEDGED}$", re.IGNORECASE)


def change_or_level(text: str, start: int) -> tuple[bool, bool]:
    """Whether the figure at `start` is a change ("rose by 4%", "an increase of 4%") or a level ("at 6.5%", "to
    6.5%", "winds of 165 mph"), as the words right before it say; neither when they say neither."""
    window = max(0, start - 40)
    if way_just_before(rf"by\s+{_HEDGED}").search(text, window, start) or way_just_before(rf"of\s+{_HEDGED}").search(
        text, window, start
    ):
        return True, False
    return False, _OF_AT_TO.search(text, window, start) is not None


# "asked for a 15-year prison sentence", "sought $40 billion", "demanded raises of 40 percent": a request
_ASKED = re.compile(
    r"\b(?:ask(?:ed|ing|s)?\s+for|sought|seek(?:s|ing)?|recommend(?:ed|ing|s)?|request(?:ed|ing|s)?|demand(?:ed|ing|s)?"
    r"|propos(?:ed|ing|es))\s+(?:[a-z-]+\s+){0,2}?(?:of\s+)?"  # "demanded raises of 40 percent"
    r"(?:(?:a|an|the|about|around|some|up\s+to|no\s+more\s+than|at\s+least)\s+)*[$€£¥]?$",
    re.IGNORECASE,
)


def a_margin(text: str, start: int, end: int | None) -> bool:
    """ "won by 1,508 votes", "a majority of 1,508": how far ahead a winner finished; "one short of a
    majority", "eight seats ahead of": how far one count is from another (`end` given for a count)."""
    return (
        _MARGIN.search(text, max(0, start - 90), start) is not None
        or (end is not None and a_difference(text, end))
        or a_threshold(text, start, end)
    )


# "He needed 316", "a two-thirds vote, or 16 senators, was required": what a decision needed, not a count of it;
# "needed an absolute majority of the house's members — 374 votes", "The required majority was 316 votes"
_NEEDED_BEFORE = re.compile(
    r"(?:\b(?:need(?:ed|s|ing)?|requir(?:ed|es|ing|e))\s+"
    r"(?:(?:a|an|the|at\s+least|only|just|about)\s+)*(?:(?:[\w-]+\s+)?majority\b[^.;:!?]{0,60}?(?:\s[—–]\s*|,\s*|\bof\s+))?"
    r"|\brequired\s+(?:majority|threshold|minimum|number)\s+(?:was|is|of|stood\s+at)\s+)"
    r"(?:(?:at\s+least|only|just|about)\s+)?[$€£]?$",
    re.IGNORECASE,
)
_NEEDED_AFTER = re.compile(
    r"(?:[^.;:]{0,30}?\b(?:was|were|is|are|be)\s+(?:required|needed|necessary)"
    r"|\s+(?:(?:he|she|it|they|we|you)\s+(?:had\s+)?)?(?:needed|required|needs|requires|need))\b",
    re.IGNORECASE,
)


def a_threshold(text: str, start: int, end: int | None) -> bool:
    """ "needed 316 votes", "16 senators were required": a threshold, which neither a result nor a margin is."""
    before = _NEEDED_BEFORE.search(text, max(0, start - 110), start) is not None
    return before or (end is not None and _NEEDED_AFTER.match(text, end) is not None)


def a_difference(text: str, end: int) -> bool:
    """ "one short of a majority", "three seats more than in 2019", "eight points ahead of": how far apart two
    counts are, which no count in a source stands for."""
    return DIFFERENCE_AFTER.match(text, end) is not None


# the words after a figure that make it a difference
DIFFERENCE_AFTER = re.compile(r"\s*(?:(?:short|shy)\s+of|(?:more|fewer|less)\s+than|behind|ahead)\b", re.IGNORECASE)


def asked_for(text: str, start: int) -> bool:
    """ "asked for a 15-year prison sentence", "sought $40 billion": what someone asked for, not what was decided."""
    return _ASKED.search(text, max(0, start - 40), start) is not None


# "Eighteen of the 72 people", "192 of the assembly's 300 seats": a figure right after "X of the" is a whole
# (not after "the opinion of all eight Justices"); the words that may stand for the part's number:
_PART_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?|hundreds?|thousands?"
    r"|dozens?|all|most|many|some|half|none|each|several|few|majority"
).split("|")
# (and "Of the 113 seats, X won 52" at a sentence's start)
_PART_OF_THE = re.compile(
    rf"(?:(?:\d[\d,.]*|\b(?:{'|'.join(_PART_WORDS)}))\s+of|(?:^|[.!?]\s+)Of)"
    r"\s+(?:(?:the|its|their|all|[a-z][\w-]*['’]s)\s+){1,2}$"
    r"|\d\s+of\s+$",  # "28 of 32 patients"
    re.IGNORECASE,
)
_OF_SOME = re.compile(r"\s+of\s+(?:(?:the|those|them|these|its|their|all)\b|\d)", re.IGNORECASE)  # "Eighteen of those"


def a_whole(text: str, start: int) -> bool:
    """ "Eighteen of the 72 people": the figure at `start` is the whole another figure is a part of."""
    return _PART_OF_THE.search(text, max(0, start - 40), start) is not None


def a_part(text: str, end: int) -> bool:
    """ "Eighteen of those who died", "192 of the 300 seats": the figure ending at `end` is a part of some whole."""
    return _OF_SOME.match(text, end) is not None


_OF_A_COUNTED_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|all|[a-z][\w-]*['’]s)\s+){0,2}\d[\d,]*\s+([a-z][\w'’-]*)"
)


def whole_counts(text: str, end: int) -> str | None:
    """What the whole that the figure ending at `end` is a part of counts: "seats" for the 192 of "192 of the
    assembly's 300 seats", and for the 52 of "Of the 113 seats in the Legislative Yuan, the Kuomintang won 52"."""
    whole = _OF_A_COUNTED_WHOLE.match(text, end)
    if whole:
        return whole[1].lower()
    counted = [unit for start, stop, unit in _wholes_counted(text) if start <= end <= stop]
    return counted[0] if counted else None


# "Of the 113 seats in the Legislative Yuan, the Kuomintang won 52, the DPP 51": the sentence's bare counts
# are parts of that whole, counting what it counts
_OF_A_WHOLE = re.compile(r"(?:^|(?<=[.!?]\s))Of\s+(?:the|its|their|all)\s+\d[\d,]*\s+([a-z]+)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@lru_cache(maxsize=4096)  # read once per excerpt, not once per figure in it
def _wholes_counted(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, unit) of each stretch of the text whose bare counts count a whole's unit: from "Of the 113
    seats" to the end of its sentence."""
    stretches = []
    for whole in _OF_A_WHOLE.finditer(text):
        end = _SENTENCE_END.search(text, whole.end())
        stretches.append((whole.end(), end.start() if end else len(text), whole[1].lower()))
    return tuple(stretches)
