"""What a figure is in its sentence, as the words right before it say: a winner's margin, a request, a change or
a level. A decided figure never stands where a requested one does ("sentenced to 11 years" against "prosecutors
sought 15 years"), nor a change where a level does ("winds increased by 110 mph" against "maximum sustained winds
of 165 mph")."""

from __future__ import annotations

import re

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


def a_margin(text: str, start: int) -> bool:
    """ "won by 1,508 votes", "a majority of 1,508": how far ahead a winner finished."""
    return _MARGIN.search(text, max(0, start - 90), start) is not None


def asked_for(text: str, start: int) -> bool:
    """ "asked for a 15-year prison sentence", "sought $40 billion": what someone asked for, not what was decided."""
    return _ASKED.search(text, max(0, start - 40), start) is not None
