"""A figure as written in a text, and how strongly a source's figure stands in the place of a claim's.

An excerpt's figures are read the way the article's are (the same quantity finder), so "€12 billion",
"12bn euros" and "twelve" are values, with the scale applied. One stands in the place of another when it
is the same kind of figure, counts the same thing, and has the same words around it; whether the two
then agree is `figure_fits`'s to say.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factdesk.claims.check.counted_alike import counted_alike
from factdesk.claims.check.figure_periods import other_period, period_at
from factdesk.claims.check.figure_roles import a_margin, a_part, a_whole, asked_for, change_or_level, whole_counts
from factdesk.claims.check.number_forms import english_numbers, english_scales
from factdesk.claims.check.unit_conversions import a_measure, convertible
from factdesk.claims.dates import WEEKDAYS
from factdesk.claims.extract.clock_times import TIME_OF_DAY
from factdesk.claims.extract.currencies import currencies, same_money
from factdesk.claims.extract.dates_found import find_dates
from factdesk.claims.extract.lexicon import phrase_table
from factdesk.claims.extract.opposites import figure_text_start
from factdesk.claims.extract.quantities import MAGNITUDE, find_quantities
from factdesk.claims.extract.race_times import ELAPSED_TIME
from factdesk.claims.sentences import Sentence
from factdesk.sources.text import STOPWORDS, content_words
from rapidfuzz import fuzz

CLOCK_UNITS = (TIME_OF_DAY, ELAPSED_TIME)  # a time is written whole ("5:47 p.m.", "2:00:35"): no unit word
CURRENCIES = currencies().codes
_SAME_NOUN_SPELLING = 85  # a noun misspelt by a letter or two is the same noun
WINDOW = 48  # characters either side of a figure whose words say what it counts
NOT_CONTEXT = frozenset(
    {"percent", "cent", "thousand", "million", "billion", "trillion", "bn", "mn", "bln", "mln", "trln", "tn"}
)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure written in a text: its value (scale applied), how it is written, and the words around it."""

    value: float
    written: str
    unit: str | None
    approx: str | None
    context: frozenset[str]  # the content words around it
    after: tuple[str, ...] = ()  # the first content words after it: what it counts, when no unit is read
    before: tuple[str, ...] = ()  # the content word just before it: what it numbers ("posts 542", "flight 370")
    names: frozenset[str] = frozenset()  # the names in its clause: whose figure it is ("killed in Syria")
    label: str = ""  # a name written right before it, as a table or tally writes: "PVV 37", "Republicans: 221"
    subjects: frozenset[str] = frozenset()  # the names of its clause before it: "The PVV won 37"
    period: tuple[str, str] | None = None  # the reporting period it is of: ("q4", "2022") for "Q4 2022 $76,048 million"
    # how far ahead a winner finished ("won by 1,508 votes"), one count of another ("one short"), or what a
    # decision needed ("needed 316"): no count of a result stands for any of them
    margin: bool = False
    asked: bool = False  # what someone asked for, not what was decided ("prosecutors sought a 15-year sentence")
    change: bool = False  # how far something went ("increased by about 110 mph"), not where it stands
    level: bool = False  # where something stands ("winds of 165 mph", "to 6.25%"), not how far it went
    part: bool = False  # a part of some whole ("Eighteen of those who died")
    whole: bool = False  # the whole a part is of ("Eighteen of the 72 people"): 72

    def counts(self, unit: str | None) -> bool:
        """Whether this figure counts `unit`: "76-week" counts weeks, as "76 weeks" does."""
        if unit is None:
            return False
        modifiers = self.written.lower().split()[1:-1]  # "192 laser beams" counts lasers too
        return same_unit(unit, self.unit) or unit in self.after or any(same_unit(unit, word) for word in modifiers)

    @property
    def kind(self) -> str:
        if self.unit == "percent":
            return "percent"
        if self.unit in CURRENCIES:
            return "money"
        return "count"


@lru_cache(maxsize=20_000)  # an excerpt is read once however many claims it is checked against
def figures_in(text: str) -> list[Figure]:
    """The figures of a text, read as the article's quantities are (dates are not figures)."""
    text = english_numbers(
        _SPACED_THOUSANDS.sub(lambda found: re.sub(r"[ \u00a0\u202f]", ",", found[0]), english_scales(text))
    )
    text = _ONE_SPACE_GROUP.sub(lambda found: found[0].replace(" ", ","), text)
    sentence = Sentence(0, len(text), text)
    taken = [(found.start, found.end) for found in find_dates(sentence)]
    stated = _STATED_IN.search(text)
    scale = _TABLE_SCALES[stated[1].lower()] if stated else 1
    figures = []
    for mention in find_quantities(sentence, taken):
        lead = figure_text_start(mention.text)  # "fell 4%": the figure "4%", its way read from the words before it
        written = mention.text[lead:]
        figures.append(
            figure_at(text, mention.start + lead, mention.end, written, _scaled(written, mention.fields, scale))
        )
    return figures


# "EUR 35 000 000": thousands set apart by spaces, as laws and European documents write them (two groups at
# least, so that "in 2019 200 people" stays two numbers); read as "35,000,000", the text keeping its length
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f]\d{3}|(?:[ \u00a0\u202f]\d{3}){2,})+(?![\d])")
# ... and one group after a word that leads an amount, or before a decimal and a scale: "about 26 000
# light-years", "EUR 1 074.3 billion" (not the two numbers of "Chapter 3 150 people")
_ONE_SPACE_GROUP = re.compile(
    r"(?:(?<=\babout )|(?<=\baround )|(?<=\bsome )|(?<=\bnearly )|(?<=\bover )|(?<=\bthan )|(?<=EUR )|(?<=USD )"
    # "at least 25 000 km", "almost 12 000 jobs", "up to 5 000 people"
    r"|(?<=\bleast )|(?<=\balmost )|(?<=\broughly )|(?<=\bapproximately )|(?<=\bup to )|(?<=\bunder )"
    r"|(?<=[€$£]))\d{1,3} \d{3}(?![\d,-])(?!\.\d)|(?<![\d.,])\d{1,3} \d{3}(?=\.\d+\s?(?:billion|million|trillion|bn)\b)"
)
# "(in millions, except per share amounts)": a results table's sums are written without their scale
_STATED_IN = re.compile(r"\bin\s+(thousands|millions|billions)\b", re.IGNORECASE)
_TABLE_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}
WHOLE_SUM = re.compile(r"\D*\d{1,3}(?:,\d{3})+\s*")  # "$40,111": a sum in the table's unit, not "$5.33" a share


def _scaled(written: str, fields: Mapping[str, Any], scale: float) -> Mapping[str, Any]:
    if scale == 1 or fields.get("unit") not in CURRENCIES or not WHOLE_SUM.fullmatch(written):
        return fields
    return {**fields, "value": float(fields["value"]) * scale}


def figure_at(text: str, start: int, end: int, written: str, fields: Mapping[str, Any]) -> Figure:
    around = whole_words(text, max(0, start - WINDOW), end + WINDOW)
    context = frozenset(w for w in content_words(around) if not w[0].isdigit() and w not in NOT_CONTEXT)
    after = words_after(text[end : end + 40])
    counted = whole_counts(text, end) if fields.get("unit") is None else None
    after = (counted, *after) if counted else after  # "192 of the assembly's 300 seats" counts seats
    before = word_before(text, start)
    names = names_near(text, start, end)
    label = _LABEL.search(text, max(0, start - 40), start)
    bare = label[1].lower() if label else ""
    return Figure(
        float(fields["value"]),
        written,
        fields.get("unit"),
        fields.get("approx"),
        context,
        after,
        before,
        names,
        bare if bare not in STOPWORDS and bare not in NOT_NAMES else "",
        names_before(text, start, end),
        period_at(text, start, end),
        a_margin(text, start, None if fields.get("unit") in _SHARES else end),  # "15% more than": a share
        asked_for(text, start),
        *change_or_level(text, start),
        a_part(text, end),
        a_whole(text, start),
    )


_LABEL = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)\)?\s*:?\s*$")  # "(PvdA) 25" too


CLAUSE_EDGE = re.compile(r"[,;:()\[\]]|[.!?]\s")  # where a clause ends
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
NOT_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
) | frozenset(day.lower() for day in WEEKDAYS)


def names_near(text: str, start: int, end: int) -> frozenset[str]:
    """The capitalised words of the figure's clause, but the one opening a sentence: whose figure it is
    ("8,574 people had been killed in Turkey", "The Liberal Democrats won 72 seats")."""
    return names_before(text, start, end) | _names_in(text, end, _clause_end(text, end), end)


def names_before(text: str, start: int, end: int) -> frozenset[str]:
    """The names of the figure's clause written before it: its subject ("The PVV won 37 seats")."""
    left_edge = max(0, start - 60)
    for edge in CLAUSE_EDGE.finditer(text, left_edge, start):
        left_edge = edge.end()
    return _names_in(text, left_edge, start, end)


def _clause_end(text: str, end: int) -> int:
    """Where the figure's clause ends: at a comma, unless it goes on with a list of names ("in the Seattle
    area, Oregon and California")."""
    at = end
    while (right := CLAUSE_EDGE.search(text, at, end + 60)) is not None:
        listed = _NAMES_LISTED.match(text, right.start()) if right.group() == "," else None
        if listed is None:
            return right.start()
        at = listed.end()
    return min(len(text), end + 60)


_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_NAMES_LISTED = re.compile(rf",\s+{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+{_NAME}")


def _names_in(text: str, piece_start: int, piece_end: int, end: int) -> frozenset[str]:
    found = set()
    for word in _CAPITALISED.finditer(text, piece_start, piece_end):
        if not text[: word.start()].strip() or re.search(r"[.!?]\s*$", text[: word.start()]):
            continue  # a sentence's first word is capitalised whatever it is
        if len(word.group()) < 2 or (word.start() >= end and not text[end : word.start()].strip(" °")):
            continue  # the figure's own unit: "2 °C", "3 degrees Celsius", "5 MW"
        bare = re.sub(r"['’]s$", "", word.group()).lower()
        if bare not in STOPWORDS and bare not in NOT_NAMES:
            found.add(bare)
    return frozenset(found)


def stems(words: Iterable[str]) -> frozenset[str]:
    """Words cut to four letters: "Brazil" and "Brazilian" name one thing, "argued" and "arguments" tell of one,
    as "began" and "begin" do (an irregular past is read as its base first)."""
    bases = _irregular_bases()
    return frozenset(bases.get(word, word)[:4] for word in words)


@lru_cache(maxsize=1)
def _irregular_bases() -> dict[str, str]:
    return phrase_table("irregular_verbs.tsv")


def whole_words(text: str, start: int, end: int) -> str:
    """text[start:end] without a word cut at either edge ("sent" of "dissent")."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start += 1
    while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end -= 1
    return text[start:end]


def words_after(tail: str) -> tuple[str, ...]:
    """The first two content words after a figure, up to the next number: what it counts ("542 and 543
    and 15 shells": 542 counts no shells)."""
    tail = re.split(r"\d", tail, maxsplit=1)[0]
    return tuple(content_words(tail))[:2]


def word_before(text: str, start: int) -> tuple[str, ...]:
    return tuple(w for w in content_words(text[max(0, start - 30) : start]) if not w[0].isdigit())[-1:]


def worlds_apart(claimed: Figure, recorded: Figure) -> bool:
    """Two figures too far apart to be one figure mistyped ("$134.90 billion" and a table's "$14,017"; "nine" and
    209), unless one is the other at another scale ("$68.7 million" for "$68.7 billion")."""
    low, high = sorted((abs(claimed.value), abs(recorded.value)))
    if low == 0 or high / low <= _APART:
        return False
    ratio = high / low
    steps = round(math.log(ratio, 1000))
    return not (steps >= 1 and 0.8 <= ratio / 1000**steps <= 1.25)


_SHARES = ("percent", "percentage points", "points")
_APART = 20.0  # times: sums further apart than this are not one figure written wrong


def same_place(claim_figure: Figure, recorded: Figure) -> int:
    """How strongly a recorded figure stands where the claimed one does (0: not at all)."""
    if claim_figure.kind != recorded.kind:
        return 0
    if claim_figure.kind == "money" and not same_money(
        claim_figure.unit, claim_figure.written, recorded.unit, recorded.written
    ):
        return 0  # "C$39.8 billion" stands where a Canadian budget's "$39.8 billion" does
    if claim_figure.margin != recorded.margin:
        return 0  # how far ahead a winner finished is no candidate's total
    if claim_figure.part and recorded.whole:
        return 0  # "Eighteen of those who died" does not stand where the 72 of "Eighteen of the 72 people" does
    if recorded.asked and not claim_figure.asked:
        return 0  # "was sentenced to 11 years" does not stand where "prosecutors sought 15 years" does (a request
        # the sentence speaks of may stand where the requester's own filing gives it: "submits that 40 years")
    if claim_figure.kind != "percent" and (
        (claim_figure.change and recorded.level) or (claim_figure.level and recorded.change)
    ):  # "winds increased by about 110 mph" does not stand where "maximum sustained winds of 165 mph" does (a
        return 0  # share may be either: "eased to 6.9%" is the rate that "rose by 6.9% in the 12 months")
    if worlds_apart(claim_figure, recorded):
        return 0  # "the back nine" against a total of 209, "hundreds of thousands" against "thousands"
    score = 0
    if _COMPOUND.search(claim_figure.written) and not _same_thing(claim_figure.unit or "", recorded.unit or "-"):
        return 0  # "the 720-seat assembly" is the size of a thing: only a figure of the same thing stands there
    if claim_figure.unit in _SPANS_OF_TIME and not _same_thing(claim_figure.unit, recorded.unit or "-"):
        return 0  # "three weeks after the veto" is a time: a count of votes never stands there
    if recorded.unit in _SPANS_OF_TIME and not _same_thing(recorded.unit, claim_figure.unit or "-"):
        return 0  # nor does a time stand where a count is ("a range of 0 to 0.1%" against "17 years")
    measured = a_measure(claim_figure.unit) or a_measure(recorded.unit)
    if measured and not (same_unit(claim_figure.unit, recorded.unit) or convertible(claim_figure.unit, recorded.unit)):
        return 0  # "two world titles" is not where a height of "6.25m" stands
    if (claim_figure.unit in CLOCK_UNITS or recorded.unit in CLOCK_UNITS) and claim_figure.unit != recorded.unit:
        return 0  # "12:01 a.m." or a race time "2:00:35" stands in no count's place, nor a count in a time's
    if _ordinal(claim_figure.written) != _ordinal(recorded.written):
        return 0  # "the 21st conference" is no count of nations
    if _ordinal(claim_figure.written) and not _same_noun(claim_figure.unit or "-", recorded.unit or "-"):
        return 0  # "the fifth prime minister" is not counted where "the Fifth Republic" is
    if "age" in (claim_figure.unit, recorded.unit) and not (_an_age(claim_figure) and _an_age(recorded)):
        return 0  # "Corbyn, 69," is an age; "after two years of talks" is not
    if other_period(claim_figure.period, recorded.period):
        return 0  # "2.9% in the fourth quarter" does not stand where "3.9 percent in the third quarter" does
    if claim_figure.period and recorded.period and claim_figure.period[0] == recorded.period[0]:
        score += 2
    if (
        recorded.counts(claim_figure.unit)
        or claim_figure.counts(recorded.unit)
        or _named_before(claim_figure, recorded)
        or convertible(claim_figure.unit, recorded.unit)  # "435 miles" where "700 kilometers" stands
    ):
        score += 2
    elif claim_figure.unit and recorded.unit and claim_figure.kind == "count":
        if not _same_thing(claim_figure.unit, recorded.unit):
            score -= 2  # "97 seconds" is not in the place of "eight goals", nor "four weeks" of "four months"
    if claim_figure.approx and claim_figure.approx == recorded.approx:
        score += 1
    if recorded.whole and not claim_figure.whole:
        score -= 2  # "hold 182 seats" is a part's count more likely than the house's, "192 of the 300 seats"
    shared = claim_figure.context & recorded.context
    score += min(len(shared), 3)
    if claim_figure.after[:1] and claim_figure.after[:1] == recorded.after[:1]:
        score += 1  # "$40 billion to Ukraine" stands where "$60 billion to Ukraine" does
    if claim_figure.before and claim_figure.before == recorded.before:
        score += 1  # "posts 544" stands where "posts 542" does
    if recorded.label and recorded.label[:4] in stems(claim_figure.subjects):
        score += 3  # "PVV 37; VVD 24" in a table: the figure labelled with the name the claim's figure is of
    return score


def _named_before(claim_figure: Figure, recorded: Figure) -> bool:
    """ "The number of births in 2022 was 9.56 million": a source names what it counts before the figure."""
    return bool(claim_figure.unit) and recorded.unit is None and recorded.before == (claim_figure.unit,)


_COMPOUND = re.compile(r"\d-[a-z]")
_SPANS_OF_TIME = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "century centuries".split()
)


_ORDINAL = re.compile(
    r"\d(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\w+teenth|twentieth|thirtieth|hundredth)\b",
    re.IGNORECASE,
)


def _ordinal(written: str) -> bool:
    return _ORDINAL.search(written) is not None


def _an_age(figure: Figure) -> bool:
    """ "Ishiba, 67,", "67-year-old", "aged 67", "67 years old": a figure that is someone's age."""
    unit = (figure.unit or "").lower()
    if unit in ("age", "year-old", "aged", "years-old") or figure.before == ("aged",):
        return True
    return unit.rstrip("s") == "year" and "old" in figure.after


def same_unit(unit: str | None, other: str | None) -> bool:
    """ "weeks" and "week" (of "76-week"), "degrees" and "°C": one unit, however written."""
    a, b = _unit_key(unit), _unit_key(other)
    return a == b or (a == "°" and b.startswith("°")) or (b == "°" and a.startswith("°"))


def _unit_key(unit: str | None) -> str:
    key = (unit or "").lower().rstrip("s").replace("meter", "metre")  # "meters" and "metres"
    return "°" if key == "degree" else key


def _same_noun(unit: str, other: str) -> bool:
    """The thing an ordinal counts, however spelt ("30th anniversary", "10th anniversay")."""
    return _same_thing(unit, other) or fuzz.ratio(unit.lower(), other.lower()) >= _SAME_NOUN_SPELLING


def _same_thing(unit: str, other: str) -> bool:
    """ "quake" and "earthquake", "seat" and "seats", "members" of a house and its "seats": one thing counted."""
    if same_unit(unit, other):
        return True
    a, b = unit.lower().rstrip("s"), other.lower().rstrip("s")
    if "age" in (a, b):  # "Ishiba, 67," and "67-year-old", "aged 67"
        return {a, b} <= {"age", "year", "year-old", "aged"}
    return a.endswith(b) or b.endswith(a) or counted_alike(a, b) or convertible(unit, other)


_SHORT_UNITS = {"m": "metres", "km": "kilometres", "kg": "kilograms", "ft": "feet"}


def _short_unit(written: str) -> str:
    """The unit a figure writes short against its number ("6.25m" -> "metres"), or ""."""
    short = re.search(r"\d(m|km|kg|ft)\s*$", written)
    return _SHORT_UNITS[short[1]] if short else ""


def as_written(figure: Figure) -> str:
    """The excerpt's figure as it writes it, with its unit word when the excerpt has one after it."""
    written, unit = figure.written, figure.unit or ""  # "6.25m": a unit written short, against the number
    if unit == MAGNITUDE:
        return f"{unit} {written}"  # "magnitude 7.6": the scale is named before its reading
    if unit and unit not in (*CURRENCIES, "percent", *CLOCK_UNITS) and unit not in written + _short_unit(written):
        written = f"{written} {unit}"
    return re.sub(r"\s+", " ", written).strip()
