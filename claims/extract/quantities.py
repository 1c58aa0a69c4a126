"""Quantity claims: numbers, number words, money, percentages and approximations ("almost six months")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from factdesk.claims.extract.clock_times import find_times
from factdesk.claims.extract.comparisons import comparison_before
from factdesk.claims.extract.currencies import currencies
from factdesk.claims.extract.numbers import FRACTION, NUMBER, NUMERAL, SCALES, number_value, tidy
from factdesk.claims.extract.opposites import way_before
from factdesk.claims.extract.quantity_words import APPROX, QuantityMention, amounts_in_words
from factdesk.claims.extract.race_times import find_elapsed_times
from factdesk.claims.extract.unit_heads import counted_after_a_name, counted_head
from factdesk.claims.sentences import Sentence
from factdesk.sources.text import STOPWORDS

_CURRENCY = currencies().before_pattern
_QUANTITY = re.compile(
    rf"(?<![\w.,-])(?:(?P<approx>(?i:{APPROX}))\s+)?(?P<currency>{_CURRENCY})?\s?(?P<number>{FRACTION}|{NUMBER})(?P<ordinal>(?<=\d)(?:st|nd|rd|th)\b)?"
    # "5m", "$5m": a short scale is written against the number ("4.3 m tall" is metres)
    # "$43 Billion" in a headline's title case too
    # "about Sh12\n    million": a hard-wrapped line may fall between the number and its scale
    r"(?:(?:[ \t]*\n[ \t]*|\s)?"
    r"(?P<scale>(?i:thousand|million|billion|trillion)|lakh\s+crores?|lakhs?|crores?|bln|mln|trln|bn|mn|tn)\b"
    r"|(?<=\d)(?P<short_scale>m|k)\b"
    # "$19.4B", "$721M": a results table's capital letter, a scale only after a currency ("5K" is a race)
    r"|(?(currency)(?<=\d)(?P<money_scale>[KMBT])\b|(?!)))?"
    r"(?:\s?(?P<percent>%|percent\b|per\s+cent\b|pct\b|(?<=\d)pc\b))?"
    # "a six-member team", "a 10-year-old browser", "a 20-minute demonstration": the count and its noun
    r"(?:-(?P<compound>[a-z]{2,}(?:-[a-z]{2,}){0,2})\b)?(?![\w-]*\d)(?!-\w)(?![.,]\d)"
)
# "$94-99 billion", "3–4 million", "$67.0 to $71.0 billion": a range whose scale (and currency) both ends share
_RANGE = re.compile(
    rf"(?<![\w.,-])(?P<currency>{_CURRENCY})?\s?(?P<low>{NUMERAL})\s?(?:[-–]|\sto\s)\s?(?:{_CURRENCY})?(?P<high>{NUMERAL})"
    r"\s?(?P<scale>(?i:thousand|million|billion|trillion)|bln|mln|trln|bn|mn|tn)\b"
)
# The same pattern for lower-cased text, without case-blind groups: it finds where a quantity may
# start in half the time of `_QUANTITY`, which then decides at those places only.
_QUANTITY_IN_LOWER_CASE = re.compile(
    _QUANTITY.pattern.replace("(?i:", "(?:").replace(_CURRENCY, currencies().before_pattern_lower)
)
_IDENTIFIER_BEFORE = re.compile(
    r"(?i:\b(?:resolution|no\.|number|article|section|chapter|page|room|flight|route|"
    r"highway|bill|act|paragraph|clause|item|version|model|episode|vol\.|district|ward|precinct|gate|terminal|"
    r"platform|local|lodge|amendment|proposition|prop\.|measure|question|initiative|phase|stage|round|category|level|"
    r"title|schedule|annex|appendix|exhibit|figure|table|docket|directive|decree|ordinance|protocol))\s*$"
)
_REFERENCE_BEFORE = re.compile(r"(?i:\b(?:the|these|those|both|its|his|her|their|our))\s+$")
# "the one", "no one"; "one by one", "one after another": no count of one
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:the|this|that|which|no|any|each|every|some|the\s+only|no\s+one|one\s+by|one\s+after))\s+$"
)
_MONEY_PHRASE = currencies().phrase_pattern
_WORD_AFTER = re.compile(r"^\s+([a-z][a-z'’-]*)")
_OF_PHRASE = re.compile(r"^\s+of\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)")
# Compounds of a number that name a kind of thing, not a count of it.
_IDIOM_COMPOUNDS = frozenset(
    "state way party sided fold thirds third quarters quarter fifths wheel dimensional tier tiered pronged "
    "track speed stroke horse point star time".split()
)
# "984 ft", "27 yd.", "6 km": units as tables and match reports abbreviate them, read as the words
_UNIT_ABBREVIATIONS = {
    "ft": "feet",
    "yd": "yards",
    "yds": "yards",
    "km": "kilometres",
    "mi": "miles",
    "kg": "kilograms",
    "lb": "pounds",
    "lbs": "pounds",
    "cm": "centimetres",
    "mm": "millimetres",
    "sq": "square",
    "m": "metres",
}
_MINUS = re.compile(r"(?<=[\s(])[-−](?=\d)")
_DEGREES = re.compile(
    r"\s?°\s?(?P<sign>[CF]\b)?|(?P<letter>[CF])(?![\w'’-])|\s+degrees?\s+(?P<name>Celsius|Fahrenheit|centigrade)\b"
)
_COUNTED_AFTER = re.compile(r"\s+(?:[a-z-]+s|people|[A-Z]{3})\b")  # "2.5m people", "5m homes", "3m EUR": millions
_PER_HOUR = re.compile(r"(?:\s+(?:per|an|a)\s+hour|/hr?)\b")
_SPEEDS = {"miles": "mph", "kilometres": "km/h", "kilometers": "km/h"}
_PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
_PERCENTAGE_POINTS = re.compile(r"\s+percentage\s+points?\b")
# "100 billion per year" counts no "per", "one short of" no "short", "three more than" no "more"
_NOT_UNITS = frozenset({"per", "each", "apiece", "short", "shy", "more", "fewer", "less", "ahead", "behind"})
_IN_A_NAME = re.compile(r"[ -](?:[A-Z][a-z]+)")  # "Five Star": a capitalised word right after a number word
_LOWER_BEFORE = re.compile(r"\b[a-z]+\s+$")  # ... in running text: "the Five Star Movement"
_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC)\b")  # "(1640 GMT)": a time in a zone
_LEADING_ZEROS = re.compile(r"0\d")
_SMALL_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


def find_quantities(sentence: Sentence, taken: list[tuple[int, int]]) -> list[QuantityMention]:
    """Quantities in `sentence` outside the spans in `taken` (dates, tallies, quotes already claimed)."""
    # "to -0.50%": a minus sign is read as the number's (the press writes "minus 0.5%"), not as a hyphen
    text = _MINUS.sub(" ", sentence.text)
    blocked = [(s - sentence.start, e - sentence.start) for s, e in taken]
    found = find_elapsed_times(sentence, blocked)  # first: "2:00:35" is one race time, not "2" and a time of day
    for finder in (_ranges, find_times):
        blocked += [(q.start - sentence.start, q.end - sentence.start) for q in found]
        found += finder(sentence, blocked)
    blocked += [(q.start - sentence.start, q.end - sentence.start) for q in found]
    claimed = list(blocked)  # and each quantity this loop finds, as it finds it
    for match in _quantity_matches(text):
        number = match["number"]
        start, end = match.span()
        if any(s < end and start < e for s, e in blocked):
            continue
        value = number_value(number)
        if value is None or _is_identifier(text, match, value) or _LEADING_ZEROS.match(number):
            continue  # "203 000 years": the second group of a number spaced in thousands is no number of its own
        lowered = number.lower()
        before = text[max(0, match.start() - 24) : match.start()]  # the patterns look at the words just before
        if _PER_BEFORE.search(before):
            continue  # "a birth rate of 6.39 per 1,000 people": the rate's base, not a count
        if match["compound"] and match["compound"].split("-")[0] in _IDIOM_COMPOUNDS:
            continue  # "a two-state solution", "a three-way race", "two-thirds": no count of anything
        if re.fullmatch(r"[0-2]\d[0-5]\d", number) and _ZONE_AFTER.match(text, end):
            continue  # "12:40 p.m. EDT (1640 GMT)": the time in another zone, no count (nor comparable as a time)
        if number[:1].isupper() and number.isalpha() and _IN_A_NAME.match(text, end) and _LOWER_BEFORE.search(before):
            continue  # "the Five Star Movement": a number word in a name, in running text (not a headline's)
        if lowered == "one" and not _one_counts(text, match, before):
            continue  # "one of them", "no one", "one another": a pronoun
        if lowered in _SMALL_WORDS and _REFERENCE_BEFORE.search(before) and not match["compound"]:
            continue  # "the two allies": a reference, not a quantity
        scale = match["scale"] or match["short_scale"] or match["money_scale"]
        metres = scale == "m" and not match["currency"] and not _COUNTED_AFTER.match(text, end)
        if metres:  # "cleared 6.25m", "the 100m final", "4.3m tall": metres; "2.5m people", "£5m": millions
            scale = None
        if scale:
            for word in scale.lower().split():  # "lakh crore": a lakh of crores
                value *= SCALES[word]
        fields: dict[str, Any] = {"value": tidy(value)}
        unit, end = ("metres", end) if metres else _unit(text, match, end, value)
        if unit:
            fields["unit"] = unit
        if match["approx"]:
            fields["approx"] = re.sub(r"\s+", " ", match["approx"].lower())
        while start < end and text[start].isspace():
            start += 1  # "0 -0": the minus read as the number's is a space here, but not in the article
        start = _with_its_way(text, start, fields.get("unit"), claimed)
        found.append(QuantityMention(sentence.start + start, sentence.start + end, text[start:end], fields))
        claimed.append((start, end))
    found.extend(amounts_in_words(text, sentence.start, claimed))
    found.sort(key=lambda quantity: quantity.start)
    return found


def _with_its_way(text: str, start: int, unit: str | None, taken: list[tuple[int, int]]) -> int:
    """Where a figure's claim starts: at the way word right before it ("fell 4%", "down from 66%"), as a change
    is claimed with its way, unless those words are another claim's. A bare "up" or "down" is a way only before
    a share, a sum or points, or with "from" or "by" ("down 9.6%", not the "up" of "set up 3 committees")."""
    way = way_before(text, start)
    compared = comparison_before(text, start) if way == start else start
    if compared < start:  # "above the 87 votes needed": a figure claimed with what it is compared as
        return start if any(s < start and compared < e for s, e in taken) else compared
    if any(s < start and way < e for s, e in taken):
        return start
    bare = _BARE_WAY.match(text, way)
    if bare and not bare["by"] and unit not in _CHANGED_UNITS and unit not in currencies().before.values():
        return start
    return way


_BARE_WAY = re.compile(r"(?:up|down|higher|lower)\s+(?P<by>(?:by|from)\s+)?", re.IGNORECASE)
_CHANGED_UNITS = frozenset({"percent", "points", "percentage points", "basis points", "cents", "pence"})


def _ranges(sentence: Sentence, blocked: list[tuple[int, int]]) -> list[QuantityMention]:
    """Both ends of each range with a scale, each a figure of its own: "$94-99 billion" is $94 billion and
    $99 billion."""
    found: list[QuantityMention] = []
    lowered = sentence.text.lower()
    if not any(scale in lowered for scale in ("thousand", "illion", "bn", "mn", "tn", "bln", "mln", "trln")):
        return found  # a range is read only with its scale
    for match in _RANGE.finditer(sentence.text):
        if any(s < match.end() and match.start() < e for s, e in blocked):
            continue
        scale = SCALES[match["scale"].lower()]
        unit = currencies().before[match["currency"]] if match["currency"] else None
        for start, end, group in ((match.start(), match.end("low"), "low"), (match.start("high"), match.end(), "high")):
            fields: dict[str, Any] = {"value": tidy(float(match[group].replace(",", "")) * scale)}
            if unit:
                fields["unit"] = unit
            text = sentence.text[start:end]
            found.append(QuantityMention(sentence.start + start, sentence.start + end, text, fields))
    return found


def _scaled(match: re.Match[str]) -> bool:
    return bool(match["scale"] or match["short_scale"] or match["money_scale"])


def _quantity_matches(text: str) -> Iterator[re.Match[str]]:
    """The same matches as `_QUANTITY.finditer(text)`, found faster."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lower-casing moved offsets ("İ"): take the slow path
        yield from _QUANTITY.finditer(text)
        return
    at = 0
    while (candidate := _QUANTITY_IN_LOWER_CASE.search(lowered, at)) is not None:
        match = _QUANTITY.match(text, candidate.start())
        if match is None:
            at = candidate.start() + 1
        else:
            yield match
            at = match.end()


# A numeral right after a capitalised word inside a sentence names a thing: "Internet Explorer 6",
# "Boeing 737", "Apollo 11", "Vostok 1".
NAME_BEFORE = re.compile(r"(?<=[\w,;:] )[A-Z][\w.'’-]*[A-Za-z] $")
_SCORE_AFTER = re.compile(r"\s*[–—-]\s*\d")  # "Sweden 1 – 0": a score, whose sides are counts of goals
_YEAR_BEFORE = re.compile(r"(?i:\b(?:in|since|by|until|of|from|to|before|after|during|early|late|mid|c\.|circa))\s+$")
_AGE_AROUND = re.compile(r"[A-Z][\w'’-]+,\s*(?:now\s+)?$")  # "Ishiba, 67,", "Musk, now 52,"
MAGNITUDE = "magnitude"
# "a magnitude 7.6 earthquake", "put the magnitude at 6.8", "M 7.8", "ML 7.2": an earthquake's magnitude, named
# before its number (which is then neither a thing's name nor a count of the noun after it). One quake has one
# magnitude; a storm's category or an alert's level changes from day to day, and stays a thing's number here.
_MAGNITUDE_BEFORE = re.compile(r"(?:\bmagnitude(?:\s+(?:at|of|was|is))?|(?<![\w.])(?-i:M[wLs]?))\s*$", re.IGNORECASE)
_QUAKE_AFTER = re.compile(
    r"(?:-|\s+)(?:magnitude\s+)?(?:earth)?quakes?\b|(?:-|\s+)magnitude\b|\s+tremors?\b", re.IGNORECASE
)
# "Sanae Takaichi 181 votes": a result after a name, not a model number
_RESULT_AFTER = re.compile(r"\s+(?:votes?|seats?|delegates?|points?|goals?|runs?|wickets?|medals?)\b")


# "PVV 37; VVD 24", "Republicans 221, Democrats 212": a row of names, each with its figure
_PAIR_AFTER = re.compile(r"\s*(?:;\s*[A-Z][^;]{0,60}?\s|,\s*(?:and\s+)?[A-Z][\w.'’-]*\s+)\d+\s*(?:[;,.)]|$)")
_PAIR_BEFORE = re.compile(r"\d\s*(?:;\s*[A-Z][^;]{0,60}?\s|,\s*(?:and\s+)?[A-Z][\w.'’-]*\s+)$")


def _in_table(text: str, match: re.Match[str]) -> bool:
    """Whether the number after a name is one of a row of names with figures, not part of a name."""
    start, end = match.start("number"), match.end("number")
    return bool(_PAIR_AFTER.match(text, end, end + 80) or _PAIR_BEFORE.search(text, max(0, start - 80), start))


# "one another", "one way or another", "at one point", "one thing": idioms, not counts
_NOT_COUNTED_AFTER_ONE = frozenset("another way thing point".split())


def _one_counts(text: str, match: re.Match[str], before: str) -> bool:
    """ "one percent", "at least one shell", "fired one shell", "only one day to test": a count of one;
    "one of them", "no one", "one another", "One day, ...": not."""
    if match["percent"] or _scaled(match) or match["currency"] or match["compound"] or match["approx"]:
        return True
    if not before.strip() or _NOT_A_COUNT_BEFORE.search(before):
        return False
    word = _WORD_AFTER.match(text[match.end() :])
    return word is not None and word.group(1) not in _NOT_COUNTED_AFTER_ONE and word.group(1) not in STOPWORDS


def _is_item_number(text: str, match: re.Match[str]) -> bool:
    """ "Standings: 1. Max Verstappen 395.5 points; 2. Lewis Hamilton", "finalists: 1) Ann Lee, 2) Bo Chan": the
    number of an item in a list, known by the next (or the previous) item's number written the same way
    ("Votes in favour: 94. The motion ..." is a count)."""
    number = int(match["number"])
    marker = text[match.end("number") : match.end("number") + 1]
    if marker not in (".", ")") or not re.match(r"[.)]\s+[A-Z]", text[match.end("number") :]):
        return False
    item = r"(?:^|[:;,\n])\s*{}" + re.escape(marker) + r"\s+[A-Z]"
    later = re.search(item.format(number + 1), text[match.end("number") :])
    earlier = number > 1 and re.search(item.format(number - 1), text[: match.start("number")])
    return bool(later or earlier)


def _is_identifier(text: str, match: re.Match[str], value: float) -> bool:
    """A number that is no quantity: an identifier or a year."""
    before = text[max(0, match.start("number") - 24) : match.start("number")]
    if _IDENTIFIER_BEFORE.search(before):
        return True
    if _MAGNITUDE_BEFORE.search(before):
        return False  # "M 7.8": a reading on a scale, not a thing's number
    # "Messi's 26th match" is a count, as "Boeing's 737" is not: an ordinal is no model's or flight's number
    plain_numeral = match["number"][:1].isdigit() and not (
        match["currency"] or _scaled(match) or match["percent"] or match["ordinal"]
    )
    after = text[match.end("number") :]
    if (
        plain_numeral
        and "," not in match["number"]  # "Route 66", "Boeing 737": no name's number has thousands ("Platini 80,000")
        and NAME_BEFORE.search(before)
        and not (_SCORE_AFTER.match(after) or _RESULT_AFTER.match(after) or _in_table(text, match))
    ):
        return True
    model_like = plain_numeral and not match["approx"] and "," not in match["number"]  # not "About 33,000 UAW members"
    if model_like and re.match(r"\s[A-Z]{2,}\b", after) and re.search(r"[A-Z]\w*(?:['’]s)?\s+$", before):
        return True  # "Boeing's 737 MAX", "Mercedes 500 SL": a model's name (not "you lose 13 IQ points")
    if re.match(r":\d\d", text[match.end("number") :]) or re.search(r"\d:$", before):
        return True  # "23:05": a time of day
    if plain_numeral and re.fullmatch(r"\d{1,2}", match["number"]) and _is_item_number(text, match):
        return True  # "Standings: 1. Max Verstappen 395.5 points; 2. Lewis Hamilton": a list's numbering
    if before.endswith("(") and re.search(r"\d\s?[–—-]\s?\d+\($", before) and after.startswith(")"):
        return True  # "7-6(6)": a tie-break's points, part of the score
    written = match["number"]
    is_year = re.fullmatch(r"(?:19|20)\d\d", written) is not None or (
        re.fullmatch(r"1[0-8]\d\d", written) is not None
        and _YEAR_BEFORE.search(before) is not None
        and not ((word := _WORD_AFTER.match(after)) and word.group(1) not in STOPWORDS)
    )  # "in 1792", "the law of 1848": an older year where a year is written (not "of 1709 schoolchildren")
    return is_year and not match["currency"] and not match["percent"]


def _unit(text: str, match: re.Match[str], end: int, value: float) -> tuple[str | None, int]:
    """The unit and the span's new end: "%" or "$", else the noun right after the number."""
    if match["compound"]:
        return match["compound"], end
    if match["ordinal"]:  # "the 89th minute": the ordinal counts minutes
        word = _WORD_AFTER.match(text[end:])
        return (word.group(1), end + word.end()) if word else (None, end)
    if match["percent"]:
        return "percent", end
    if _MAGNITUDE_BEFORE.search(text, max(0, match.start("number") - 24), match.start("number")):
        return MAGNITUDE, end  # "a magnitude 7.6 earthquake" measures magnitude, not earthquakes
    if re.fullmatch(r"\d\.\d", match["number"]) and _QUAKE_AFTER.match(text, end):
        return MAGNITUDE, end  # "after 7.6 quake hits", "a 6.4-magnitude tremor": a reading, not a count of quakes
    if _AGE_AROUND.search(text, 0, match.start()) and (
        text[end : end + 1] == "," or (text[end : end + 1] == "." and not text[end + 1 :].strip())
    ):
        return "age", end  # "Ishiba, 67, said", "... backing Jackson, 51.": a person's age
    if match["currency"]:
        return currencies().before[match["currency"]], end
    after = text[end:]
    degrees = _DEGREES.match(after)
    if degrees:  # "14.98°C", "1.48C", "2 degrees Celsius": a temperature, on its scale
        scale = (degrees["sign"] or degrees["letter"] or degrees["name"] or "C")[0].upper()
        return f"°{scale}", end + degrees.end()
    points = _PERCENTAGE_POINTS.match(after)
    if points:
        return "percentage points", end + points.end()  # "0.15 percentage points": a change in a rate
    named_money = _MONEY_PHRASE.match(after)
    if named_money:  # "10 million Swedish crowns", "5 billion Mexican pesos"
        return currencies().phrases[" ".join(named_money.group(1).lower().split())], end + named_money.end()
    word = _WORD_AFTER.match(after)
    if word and word.group(1) not in STOPWORDS and word.group(1) not in _NOT_UNITS:
        money = currencies().after.get(word.group(1))
        if money and (_scaled(match) or word.group(1) not in currencies().after_a_scale):
            return money, end + word.end()  # "300 million euros", "5 billion pounds"
        unit = _UNIT_ABBREVIATIONS.get(word.group(1), word.group(1))
        hourly = _PER_HOUR.match(after, word.end())
        if hourly:  # "14,000 miles per hour" is the "14,000 mph" of another writer
            return _SPEEDS.get(unit, f"{unit} per hour"), end + hourly.end()
        head = counted_head(after, word.end(), word.group(1), value) if unit == word.group(1) else None
        if head is not None:  # "1736 randomized participants", "16 million customer accounts"
            return head[0], end + head[1]
        return unit, end + word.end()
    named = counted_after_a_name(after, value) if word is None else None
    if named is not None:  # "33,000 UAW members", "500 Syrian refugees"
        return named[0], end + named[1]
    of_phrase = _OF_PHRASE.match(after)
    if of_phrase and not re.match(r"\s+\d", after[of_phrase.end() :]):  # "192 of the assembly's 300 seats": a part
        # "of those who died": what a relative clause says they did is not what is counted
        counted = re.split(r"\b(?:who|whom|which|that)\b", of_phrase.group(1))[0]
        nouns = [w for w in counted.split() if w not in STOPWORDS]
        # "six of the shells hit": what is counted is plural ("of the world's nations": the last word)
        plural = [w for w in nouns if w.endswith("s") and not w.endswith(("'s", "’s", "ss"))]
        if plural or nouns:
            return (plural or nouns)[0] if plural else nouns[-1], end
    return None, end
