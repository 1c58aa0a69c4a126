"""Whether two figures agree, as far as the way each is written allows.

"nearly 6,000" is borne out by 5,900, "about 6,000" by 5,600 (it rounds to thousands), "52%" by 51.9%
(the source's figure rounded as the article writes it), and 2,682 is 2,862 mistyped. Where a figure
stands (`figure_places`) says which source figure to compare; this says whether they agree.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factdesk.claims.check.figure_places import WHOLE_SUM, Figure
from factdesk.claims.check.unit_conversions import converted, convertible
from factdesk.claims.extract.clock_times import TIME_OF_DAY
from factdesk.claims.extract.race_times import ELAPSED_TIME, precision

# How far the true value may be from the figure written with each approximation, as
# (lowest, highest) multiples of the written figure.
_APPROXIMATIONS = {
    "almost": (0.85, 1.0),
    "nearly": (0.85, 1.0),
    "close to": (0.85, 1.0),
    "just under": (0.9, 1.0),
    "under": (0.7, 1.0),
    "less than": (0.7, 1.0),
    "fewer than": (0.7, 1.0),
    "up to": (0.95, 1.0),  # "up to £106 billion": a ceiling a source names, not a rough figure
    "more than": (1.0, 1.3),
    "over": (1.0, 1.3),
    "just over": (1.0, 1.1),
    "at least": (1.0, 1.3),
    "as many as": (0.9, 1.0),
}
# a sum said round: one or two digits and a scale word ("$11 billion", "2 million"), as a speaker rounds
_ROUND_SUM = re.compile(r"\D{0,4}\d{1,2}\s?(?:million|billion|trillion|bn|mn|m)\b.*", re.IGNORECASE)
_MINUTES_SHORTLY = 15  # "shortly after 4 a.m.": up to this many minutes after
_MINUTES_ABOUT = 5  # "about 5:47 p.m." is within this many minutes of the time
_ROUGHLY = (0.9, 1.1)  # about, around, roughly, approximately, some, an estimated
_ROUGHLY_BOUND = 0.1  # how far past "more than N" or short of "nearly N" a rounded figure may lie
# bounds a figure may not pass, however it is rounded ("fewer than 35 points" is not 35.2 points)
_CEILINGS = frozenset({"under", "less than", "fewer than"})
# the figures an amount without a figure may stand for ("dozens of lawmakers" are around 60 of them, not 350
# or 6): up to the next such word's twofold
_WORDS_FOR_AMOUNTS = {
    "dozens": (12, 200),
    "hundreds": (100, 2_000),
    "thousands": (1_000, 20_000),
    "tens of thousands": (10_000, 200_000),
    "hundreds of thousands": (100_000, 2_000_000),
    "millions": (1e6, 2e7),
    "tens of millions": (1e7, 2e8),
    "hundreds of millions": (1e8, 2e9),
    "billions": (1e9, 2e10),
    "tens of billions": (1e10, 2e11),
    "hundreds of billions": (1e11, 2e12),
}
_FLOORS = frozenset({"more than", "over", "at least"})
BOUNDS = _CEILINGS | _FLOORS  # the approximations that only bound a figure: "more than 1.5°C"


def _range(approx: str | None) -> tuple[float, float]:
    if not approx:
        return (1.0, 1.0)
    return _APPROXIMATIONS.get(approx, _ROUGHLY)


def fits(claimed: Figure, recorded: Figure) -> bool:
    """Whether the recorded figure bears out the claimed one, as far as either's approximation allows.

    "nearly 6,000" is borne out by 5,900; 105 is not by "at least 107"; and when both are
    approximate ("over 700", "over 900") the figures themselves must agree.
    """
    if convertible(recorded.unit, claimed.unit):  # "435 miles" against "700 kilometers"
        value = converted(recorded.value, str(recorded.unit), str(claimed.unit))
        if claimed.approx or recorded.approx:
            return abs(value - claimed.value) <= (_ROUGHLY[1] - 1) * max(abs(value), abs(claimed.value))
        # each as precise as its last digit: "850 miles" is 845 to 855 miles, 1,360 to 1,376 km
        slack = converted(_step(recorded), str(recorded.unit), str(claimed.unit)) / 2 + _step(claimed) / 2
        return abs(value - claimed.value) <= slack * (1 + 1e-9)
    if ELAPSED_TIME in (claimed.unit, recorded.unit):  # "2:00:35" fits 2:00:35.2, not 2:00:53
        coarser_step = max(precision(claimed.written), precision(recorded.written))
        return claimed.unit == recorded.unit and abs(claimed.value - recorded.value) < coarser_step
    if TIME_OF_DAY in (claimed.unit, recorded.unit):  # "about 5:47 p.m." fits 17:47, and 17:45
        if claimed.unit != recorded.unit:
            return False
        if claimed.approx and claimed.approx.endswith(("after", "before")):
            # "shortly after 4 a.m." fits 4:10 a.m.: within a quarter of an hour, on its side
            later = recorded.value - claimed.value
            return 0 <= (later if claimed.approx.endswith("after") else -later) <= _MINUTES_SHORTLY
        tolerance = _MINUTES_ABOUT if claimed.approx or recorded.approx else 0
        return abs(claimed.value - recorded.value) <= tolerance
    amounts = [_WORDS_FOR_AMOUNTS.get(" ".join(f.written.lower().split())) for f in (claimed, recorded)]
    if amounts[0] is not None and amounts[1] is not None:
        return amounts[0] == amounts[1]  # "hundreds" is not "thousands"
    if amounts[0] is not None:  # "dozens" against "around 60" (a source's "hundreds" bears out no exact figure)
        return amounts[0][0] <= recorded.value < amounts[0][1]
    if bounds_contradict(claimed, recorded):
        return False
    if claimed.value == recorded.value or _rounded(claimed, recorded):
        return True
    if _ROUND_SUM.fullmatch(recorded.written.strip()) and _rounded(recorded, claimed):
        return True  # "$11 billion" in a source, said round, bears out the article's "$11.02 billion"
    if _unscaled_millions(claimed, recorded):
        return fits(claimed, replace(recorded, value=recorded.value * 1e6))
    if claimed.approx and recorded.approx:  # "over 340" fits "over 345"; "over 343" does not
        if _rounds_to(recorded.value, claimed.value) or _rounds_to(claimed.value, recorded.value):
            return True
        if _range(claimed.approx) == _range(recorded.approx) == _ROUGHLY and _within(claimed, recorded, _BOTH_ROUGH):
            return True  # "roughly $75 million" and "around $74 million": two roundings of one sum
        return _bound_meets_rough(claimed, recorded) or _bound_meets_rough(recorded, claimed)
    if recorded.approx:  # the source gives a range for the true value: the claim must be in it
        if recorded.approx not in _APPROXIMATIONS:
            return _about(recorded, claimed.value)
        low, high = _range(recorded.approx)
        return recorded.value * low - 1e-9 <= claimed.value <= recorded.value * high + 1e-9
    if claimed.approx and claimed.approx not in _APPROXIMATIONS:
        return _about(claimed, recorded.value)
    low, high = _range(claimed.approx)  # the claim gives a range: the source's value must be in it
    return claimed.value * low - 1e-9 <= recorded.value <= claimed.value * high + 1e-9


_BOTH_ROUGH = 0.02  # two figures each said to be about so much agree this near each other


def _within(one: Figure, other: Figure, share: float) -> bool:
    return abs(one.value - other.value) <= share * max(abs(one.value), abs(other.value))


def bounds_contradict(claimed: Figure, recorded: Figure) -> bool:
    """Whether a strict bound rules the other figure out, however either is rounded: "fewer than 35 points"
    against 35.2 points, "less than 94%" against "over 94%"."""
    return (
        _bounds_apart(claimed, recorded)
        or _bounds_apart(recorded, claimed)
        or _passed(claimed, recorded)
        or _passed(recorded, claimed)
    )


def _bounds_apart(ceiling: Figure, floor: Figure) -> bool:
    """ "fewer than 11,000" against "more than 11,000": a ceiling at or below a floor leaves no value for both."""
    return ceiling.approx in _CEILINGS and floor.approx in _FLOORS and ceiling.value <= floor.value


def _passed(bound: Figure, other: Figure) -> bool:
    """Whether a figure that is no bound itself lies past a strict bound: above "fewer than N", below "more
    than N" ("more than 11 million" and "more than 11.3 million" agree)."""
    if other.approx in _APPROXIMATIONS:
        return False
    if bound.approx in _CEILINGS:
        return other.value > bound.value
    return bound.approx in _FLOORS and other.value < bound.value


def _bound_meets_rough(bound: Figure, rough: Figure) -> bool:
    """ "more than $950 million" and "about $975 million": a floor (or ceiling) and a rounded figure agree
    when the rounded one lies just past the floor (or short of the ceiling)."""
    if bound.approx not in _APPROXIMATIONS or rough.approx in _APPROXIMATIONS:
        return False
    low, high = _range(bound.approx)
    # both are rough: only the near end of the bound's range ("nearly 1,700" is no "about 1,500")
    low, high = max(low, 1 - _ROUGHLY_BOUND), min(high, 1 + _ROUGHLY_BOUND)
    return bound.value * low - 1e-9 <= rough.value <= bound.value * high + 1e-9


def _about(rough: Figure, precise: float) -> bool:
    """ "approximately 495,000" is 494,989 rounded to its last written digit, not 485,407: "about N" rounds,
    to the places N is written to ("about 6,000": to thousands, 5,600 and 6,400 both; "about 150": 145 to 154)."""
    low, high = _about_range(rough)
    return low - 1e-9 <= precise <= high + 1e-9


def _about_range(rough: Figure) -> tuple[float, float]:
    """The values "about N" stands for: N to its last written digit, or within a tenth when that is unknown."""
    numeral = _NUMERAL.search(rough.written)
    if numeral is None:
        low, high = _ROUGHLY
        return rough.value * low, rough.value * high
    number = float(numeral[0].replace(",", ""))
    if not number:
        return 0.0, 0.0
    whole = numeral[0].replace(",", "").split(".")[0]
    # the value of the last digit written that is not a trailing zero, the scale applied
    places = len(numeral[1] or "") if numeral[1] and numeral[1].strip("0") else -(len(whole) - len(whole.rstrip("0")))
    half_step = abs(rough.value / number) * 10.0**-places / 2 * (1 + 1e-9)
    return rough.value - half_step, rough.value + half_step


_NUMERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _step(figure: Figure) -> float:
    """The value of a figure's last written digit, its scale applied: "850" 10, "4.3" 0.1, "1.2 million" 100,000."""
    numeral = _NUMERAL.search(figure.written)
    if numeral is None or not float(numeral[0].replace(",", "")):
        return 0.0
    number = float(numeral[0].replace(",", ""))
    whole = numeral[0].replace(",", "").split(".")[0]
    places = len(numeral[1]) if numeral[1] else -(len(whole) - len(whole.rstrip("0")))
    return abs(figure.value / number) * 10.0**-places


def _rounded(claimed: Figure, recorded: Figure) -> bool:
    """ "52%" for 51.9%, "5.1 billion" for 5.08 billion, "$2.04 billion" for "$2,043 million": the source's
    figure rounded to the places the article writes (never the other way round, nor between two figures of
    the same precision)."""
    said, given = _NUMERAL.search(claimed.written), _NUMERAL.search(recorded.written)
    if said is None or given is None or claimed.kind != recorded.kind:
        return False
    said_number, given_number = float(said[0].replace(",", "")), float(given[0].replace(",", ""))
    if not said_number or not given_number:
        return False
    # the value of the last digit each writes, scale applied ("2.04 billion": ten million)
    said_step = claimed.value / said_number * 10.0 ** -len(said[1] or "")
    given_step = recorded.value / given_number * 10.0 ** -len(given[1] or "")
    if given_step >= said_step * (1 - 1e-9):
        return False
    # a value half-way between two ("24.95%") may be rounded either way: "24.9%" and "25.0%" both write it
    return abs(recorded.value - claimed.value) <= said_step * (0.5 + 1e-6)


def _unscaled_millions(claimed: Figure, recorded: Figure) -> bool:
    """ "$14.02 billion" against a results table's "$14,017": a whole sum in a table whose "(in millions)"
    heading the excerpt left out, which only a claim in billions may be read against."""
    return (
        claimed.kind == recorded.kind == "money"
        and claimed.value >= 1e9
        and recorded.value < 1e6
        and WHOLE_SUM.fullmatch(recorded.written) is not None
    )


def _rounds_to(precise: float, rough: float) -> bool:
    """Whether `rough` is `precise` rounded to rough's last significant digit (345 -> 350, 340)."""
    digits = f"{rough:.10g}".replace(".", "").rstrip("0") or "0"
    unit = 10.0 ** (len(f"{abs(rough):.0f}") - len(digits)) if rough >= 1 and float(rough).is_integer() else 0.0
    close = abs(precise - rough) <= 0.03 * max(abs(precise), abs(rough))
    return unit >= 10 and close and abs(precise - rough) <= unit / 2


def one_typo_apart(value: float, other: float) -> bool:
    """2,682 and 2,862, 98,966 and 88,966: figures of three digits or more that differ by one digit or
    two swapped, the way a figure is mistyped; and "$69 million" for $69 billion, a scale word slipped."""
    if value and other and abs(value) >= 1000 and round(max(value, other) / min(value, other), 6) in (1000.0, 1e6):
        return True
    a, b = f"{value:.10g}", f"{other:.10g}"
    if len(a) != len(b) or len(a.replace(".", "")) < 3 or a == b:
        return False
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    if len(differ) == 1:
        return True
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
    )


def coarser(claimed: Figure, recorded: Figure) -> bool:
    """The source writes the claim's figure to fewer decimal places ("$9.2 billion" for the article's "$9.19
    billion"): not a contradiction, though the source cannot confirm the last digit. A whole number ("5
    percent", "4-3/4") is taken as exact: a rate is set to it, not rounded to it."""
    coarse = _NUMERAL.search(recorded.written)
    written_rounded = (coarse is not None and coarse[1] is not None) or _ROUND_SUM.fullmatch(recorded.written.strip())
    return bool(written_rounded) and not claimed.approx and not recorded.approx and _rounded(recorded, claimed)


def mistyped(claimed: Figure, recorded: Figure) -> bool:
    """One figure mistyped for the other; a rate one digit off (4.25% against 5.25%) is another rate, so a
    share counts only when two digits are swapped."""
    a, b = f"{claimed.value:.10g}", f"{recorded.value:.10g}"
    if claimed.kind == "percent" and len(a) == len(b) and a.find(".") == b.find("."):
        # "55.65%" for 56.55%: two digits swapped, the point between them or not
        da, db = a.replace(".", ""), b.replace(".", "")
        differ = [i for i in range(len(da)) if da[i] != db[i]]
        return len(differ) == 2 and differ[1] == differ[0] + 1 and sorted(da) == sorted(db)
    return claimed.kind != "percent" and one_typo_apart(claimed.value, recorded.value)


def digits_swapped(claimed: Figure, recorded: Figure) -> bool:
    """Two neighbouring digits swapped ("$57.5 billion" for $55.7 billion, "69.1%" for 61.9%), the point
    between them or not, in a figure of three digits or more with the same point: the commonest slip of all."""
    a, b = f"{claimed.value:.10g}", f"{recorded.value:.10g}"
    if len(a) != len(b) or a.find(".") != b.find(".") or a == b:
        return False
    da, db = a.replace(".", ""), b.replace(".", "")
    differ = [i for i in range(len(da)) if da[i] != db[i]]
    return len(da) >= 3 and len(differ) == 2 and differ[1] == differ[0] + 1 and sorted(da) == sorted(db)
