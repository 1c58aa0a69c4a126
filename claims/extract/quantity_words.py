"""Amounts written in words: "thousands of fans", "twice", "almost half of", "a couple of points",
"fourth place", "nearly a decade". News gives these where it has no figure, and a fact-checker checks
them as figures ("almost half" is not borne out by 30 percent)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from factdesk.sources.text import STOPWORDS

APPROX = (
    r"almost|nearly|about|around|roughly|approximately|some|more\s+than|over|under|less\s+than|fewer\s+than|"
    r"at\s+least|up\s+to|as\s+many\s+as|close\s+to|just\s+over|just\s+under|an\s+estimated|estimated"
)


@dataclass(frozen=True, slots=True)
class QuantityMention:
    start: int
    end: int
    text: str
    fields: dict[str, Any]


_OF_PHRASE = re.compile(r"^\s+of\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)")


def amounts_in_words(text: str, offset: int, blocked: list[tuple[int, int]]) -> Iterator[QuantityMention]:
    """The amounts in words of one sentence (`offset` is where it starts), outside the `blocked` spans."""
    found = [*_vague_amounts(text, offset), *_fractions(text, offset), *_word_ordinals(text, offset)]
    for mention in found:
        start, end = mention.start - offset, mention.end - offset
        if not any(s < end and start < e for s, e in blocked):
            blocked = [*blocked, (start, end)]
            yield mention


# "thousands of fans", "dozens of rounds", "twice": amounts news gives without a figure.
_VAGUE = re.compile(
    rf"(?<![\w-])(?:(?P<approx>(?i:{APPROX}))\s+)?(?P<vague>(?i:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions))"
    # "pledge hundreds of millions" ending a headline: the amount needs no word after it
    r"(?![\w-])(?=\s+(?P<after>[a-z]+)|\W|$)|(?i:dozens|hundreds|thousands|millions|billions)(?=\s+(?P<next>[a-z]+)))"
    r"|(?<![\w-])(?P<times>(?i:twice|thrice))\b"
)
_VAGUE_WORDS = ("dozens", "hundreds", "thousands", "millions", "billions", "twice", "thrice")
_VAGUE_VALUES = {
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "tens of millions": 10_000_000,
    "hundreds of millions": 100_000_000,
    "tens of billions": 10_000_000_000,
    "hundreds of billions": 100_000_000_000,
}


def _vague_amounts(text: str, offset: int) -> Iterator[QuantityMention]:
    lowered = text.lower()
    if not any(word in lowered for word in _VAGUE_WORDS):
        return
    for match in _VAGUE.finditer(text):
        start, end = match.span()
        if match["times"]:
            fields: dict[str, Any] = {"value": 2 if match["times"].lower() == "twice" else 3, "unit": "times"}
        else:
            if not _counts_people_or_things(match["next"] or match["after"] or "", text[max(0, start - 8) : start]):
                continue
            fields = {"value": _VAGUE_VALUES[re.sub(r"\s+", " ", match["vague"].lower())], "approx": "at least"}
            of_phrase = _OF_PHRASE.match(text[end:])
            nouns = [w for w in of_phrase.group(1).split() if w not in STOPWORDS] if of_phrase else []
            if nouns:
                fields["unit"] = nouns[0]
        yield QuantityMention(offset + start, offset + end, text[start:end], fields)


def _counts_people_or_things(following: str, before: str) -> bool:
    """ "thousands of fans", "Hundreds were killed", "attracting thousands to": an amount; "in the hundreds",
    "by the thousands": a manner of speaking."""
    return following == "of" or not re.search(r"(?i:\bthe)\s+$", before)


# "almost half of the children", "a quarter of citizens", "half an hour", "a couple of points", "a decade"
_FRACTION = re.compile(
    rf"(?<![\w-])(?:(?P<approx>(?i:{APPROX}))\s+)?(?:(?i:a|one)\s+)?(?P<part>(?i:half|quarter|third))"
    r"(?=\s+(?:of|the|a|an)\b)"
    rf"|(?<![\w-])(?:(?P<approx2>(?i:{APPROX}))\s+)?(?i:a\s+)?(?P<couple>(?i:couple))(?=\s+of\b)"
    rf"|(?<![\w-])(?:(?P<approx3>(?i:{APPROX}))\s+)?(?i:a|one)\s+(?P<span>(?i:decade|century))\b(?!-)"
)
_A_PERIOD_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final|next|this|same|previous|current|latest|each|every)"
    r"[\s-]+$",
    re.IGNORECASE,
)
_PARTS = {"half": 50.0, "quarter": 25.0, "third": 100 / 3}
_PART_OF_A_UNIT = re.compile(
    r"\s+(?:of\s+)?an?\s+(hour|day|week|month|year|decade|century|mile|minute|percentage\s+point|point|kilometre|kilometer)\b",
    re.IGNORECASE,
)


def _fractions(text: str, offset: int) -> Iterator[QuantityMention]:
    lowered = text.lower()
    if not any(word in lowered for word in ("half", "quarter", "third", "couple", "decade", "century")):
        return
    for match in _FRACTION.finditer(text):
        start, end = match.span()
        approx = match["approx"] or match["approx2"] or match["approx3"]
        fields: dict[str, Any]
        if match["part"] and _A_PERIOD_BEFORE.search(text, max(0, start - 12), start):
            continue  # "the first quarter of 2024", "the second half of the year": a period, not a share
        if match["part"]:
            part = match["part"].lower()
            whole = _PART_OF_A_UNIT.match(text, end)
            if whole:  # "half an hour", "a quarter of a percentage point": part of the unit, not a share
                fields = {"value": round(_PARTS[part] / 100, 2), "unit": " ".join(whole.group(1).lower().split()) + "s"}
                end = whole.end()
            else:
                fields = {"value": round(_PARTS[part], 2), "unit": "percent"}
        elif match["couple"]:
            fields = {"value": 2, "approx": "about"}
            of_phrase = _OF_PHRASE.match(text[end:])
            nouns = [w for w in of_phrase.group(1).split() if w not in STOPWORDS] if of_phrase else []
            if nouns:
                fields["unit"] = nouns[0]
        else:
            fields = {"value": 1, "unit": match["span"].lower().replace("century", "centurie") + "s"}
        if approx:
            fields["approx"] = re.sub(r"\s+", " ", approx.lower())
        yield QuantityMention(offset + start, offset + end, text[start:end], fields)


# "fourth place", "his fifth World Cup": a rank is a checkable figure (first to third are too common to claim,
# but for a few nouns)
_ORDINAL_WORDS = {
    word: value
    for value, word in enumerate(
        "fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
        "seventeenth eighteenth nineteenth twentieth".split(),
        start=4,
    )
}
_ORDINAL = re.compile(rf"(?<![\w-])(?P<ordinal>(?i:{'|'.join(_ORDINAL_WORDS)}))\s+(?P<noun>[\w'’-]+)")
# "for the third time", "the second country to land": how many times, or where in a line of firsts, a
# record-keeper counts (a "second round" or "third quarter" is a stage, and "a third straight title" is
# as often hoped for as won)
_LOW_ORDINAL = re.compile(
    r"(?<![\w-])(?P<ordinal>(?i:second|third))\s+(?P<noun>(?i:times?|country|nation|woman|man|person))\b"
)
_LOW_ORDINAL_WORDS = {"second": 2, "third": 3}


def _word_ordinals(text: str, offset: int) -> Iterator[QuantityMention]:
    lowered = text.lower()
    if "th " not in lowered and "second " not in lowered and "third " not in lowered:
        return
    matches = sorted([*_ORDINAL.finditer(text), *_LOW_ORDINAL.finditer(text)], key=lambda match: match.start())
    for match in matches:
        noun = match["noun"]
        if noun.lower() in STOPWORDS:
            continue
        ordinal = match["ordinal"].lower()
        value = _ORDINAL_WORDS.get(ordinal) or _LOW_ORDINAL_WORDS[ordinal]
        fields = {"value": value, "unit": noun.lower()}
        yield QuantityMention(offset + match.start(), offset + match.end(), match.group(), fields)
