"""Check a quantity against the figures of the source excerpts about the same thing.

An excerpt's figures are read the way the article's are (the same quantity finder), so
"€12 billion", "12bn euros" and "twelve" are values, with the scale applied. A figure
is the same when the values agree, allowing for what an approximation says ("nearly
6,000" fits 5,900, "more than 1,200" fits 1,250). A figure is contradicted when the
excerpt gives another value in the same place: the same kind of figure (a percentage,
a sum of money, a count), with the same unit word or the same words around it, and not
a value the article's sentence also gives (that one is accounted for).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factdesk.claims.extract.dates_found import find_dates
from factdesk.claims.extract.quantities import find_quantities
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.claims.sentences import Sentence
from factdesk.sources.index import ExcerptMatch, StoreIndex
from factdesk.sources.text import content_words

_RELATED = 55.0  # an excerpt scoring this against the sentence may be about the same event
_RELATED_AROUND = 60.0  # ... or this against the words around the figure
_CURRENCIES = frozenset({"USD", "EUR", "GBP", "JPY"})
_WINDOW = 48  # characters either side of a figure whose words say what it counts
_NOT_CONTEXT = frozenset({"percent", "cent", "thousand", "million", "billion", "trillion", "bn", "mn"})

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
    "up to": (0.7, 1.0),
    "more than": (1.0, 1.3),
    "over": (1.0, 1.3),
    "just over": (1.0, 1.1),
    "at least": (1.0, 1.3),
    "as many as": (0.9, 1.0),
}
_ROUGHLY = (0.9, 1.1)  # about, around, roughly, approximately, some, an estimated


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

    def counts(self, unit: str | None) -> bool:
        return unit is not None and (unit == self.unit or unit in self.after)

    @property
    def kind(self) -> str:
        if self.unit == "percent":
            return "percent"
        if self.unit in _CURRENCIES:
            return "money"
        return "count"


@lru_cache(maxsize=20_000)  # an excerpt is read once however many claims it is checked against
def figures_in(text: str) -> list[Figure]:
    """The figures of a text, read as the article's quantities are (dates are not figures)."""
    sentence = Sentence(0, len(text), text)
    taken = [(found.start, found.end) for found in find_dates(sentence)]
    return [
        _figure(text, mention.start, mention.end, mention.text, mention.fields)
        for mention in find_quantities(sentence, taken)
    ]


def _figure(text: str, start: int, end: int, written: str, fields: Mapping[str, Any]) -> Figure:
    around = text[max(0, start - _WINDOW) : end + _WINDOW]
    context = frozenset(w for w in content_words(around) if not w[0].isdigit() and w not in _NOT_CONTEXT)
    after = _words_after(text[end : end + 40])
    before = _word_before(text, start)
    return Figure(float(fields["value"]), written, fields.get("unit"), fields.get("approx"), context, after, before)


def _words_after(tail: str) -> tuple[str, ...]:
    """The first two content words after a figure, up to the next number: what it counts ("542 and 543
    and 15 shells": 542 counts no shells)."""
    tail = re.split(r"\d", tail, maxsplit=1)[0]
    return tuple(content_words(tail))[:2]


def _word_before(text: str, start: int) -> tuple[str, ...]:
    return tuple(w for w in content_words(text[max(0, start - 30) : start]) if not w[0].isdigit())[-1:]


def _range(approx: str | None) -> tuple[float, float]:
    if not approx:
        return (1.0, 1.0)
    return _APPROXIMATIONS.get(approx, _ROUGHLY)


def _fits(claimed: Figure, recorded: Figure) -> bool:
    """Whether the recorded figure bears out the claimed one, as far as either's approximation allows.

    "nearly 6,000" is borne out by 5,900; 105 is not by "at least 107"; and when both are
    approximate ("over 700", "over 900") the figures themselves must agree.
    """
    if claimed.value == recorded.value:
        return True
    if claimed.approx and recorded.approx:  # "over 340" fits "over 345"; "over 343" does not
        return _rounds_to(recorded.value, claimed.value) or _rounds_to(claimed.value, recorded.value)
    if recorded.approx:  # the source gives a range for the true value: the claim must be in it
        low, high = _range(recorded.approx)
        return recorded.value * low - 1e-9 <= claimed.value <= recorded.value * high + 1e-9
    low, high = _range(claimed.approx)  # the claim gives a range: the source's value must be in it
    return claimed.value * low - 1e-9 <= recorded.value <= claimed.value * high + 1e-9


def _rounds_to(precise: float, rough: float) -> bool:
    """Whether `rough` is `precise` rounded to rough's last significant digit (345 -> 350, 340)."""
    digits = f"{rough:.10g}".replace(".", "").rstrip("0") or "0"
    unit = 10.0 ** (len(f"{abs(rough):.0f}") - len(digits)) if rough >= 1 and float(rough).is_integer() else 0.0
    close = abs(precise - rough) <= 0.03 * max(abs(precise), abs(rough))
    return unit >= 10 and close and abs(precise - rough) <= unit / 2


def _same_place(claim_figure: Figure, recorded: Figure) -> int:
    """How strongly a recorded figure stands where the claimed one does (0: not at all)."""
    if claim_figure.kind != recorded.kind:
        return 0
    if claim_figure.kind == "money" and claim_figure.unit != recorded.unit:
        return 0
    score = 0
    if _COMPOUND.search(claim_figure.written) and not _same_thing(claim_figure.unit or "", recorded.unit or "-"):
        return 0  # "the 720-seat assembly" is the size of a thing: only a figure of the same thing stands there
    if claim_figure.unit in _SPANS_OF_TIME and not _same_thing(claim_figure.unit, recorded.unit or "-"):
        return 0  # "three weeks after the veto" is a time: a count of votes never stands there
    if recorded.counts(claim_figure.unit) or claim_figure.counts(recorded.unit):
        score += 2
    elif claim_figure.unit and recorded.unit and claim_figure.kind == "count":
        if not _same_thing(claim_figure.unit, recorded.unit):
            score -= 2  # "97 seconds" is not in the place of "eight goals", nor "four weeks" of "four months"
    if claim_figure.approx and claim_figure.approx == recorded.approx:
        score += 1
    shared = claim_figure.context & recorded.context
    score += min(len(shared), 3)
    if claim_figure.after[:1] and claim_figure.after[:1] == recorded.after[:1]:
        score += 1  # "$40 billion to Ukraine" stands where "$60 billion to Ukraine" does
    if claim_figure.before and claim_figure.before == recorded.before:
        score += 1  # "posts 544" stands where "posts 542" does
    return score


_COMPOUND = re.compile(r"\d-[a-z]")
_SPANS_OF_TIME = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "century centuries".split()
)


def _same_thing(unit: str, other: str) -> bool:
    """ "quake" and "earthquake", "seat" and "seats": one thing counted."""
    a, b = unit.lower().rstrip("s"), other.lower().rstrip("s")
    if "age" in (a, b):  # "Ishiba, 67," and "67-year-old", "aged 67"
        return {a, b} <= {"age", "year", "year-old", "aged"}
    return a.endswith(b) or b.endswith(a)


def _one_typo_apart(value: float, other: float) -> bool:
    """2,682 and 2,862, 98,966 and 88,966: figures of three digits or more that differ by one digit or
    two swapped, the way a figure is mistyped."""
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


def _claim_figure(claim: Claim) -> Figure:
    """The claim as a figure, with the words around it in its sentence."""
    value = float(claim.fields["value"])
    context: frozenset[str] = frozenset()
    at = claim.sentence.find(claim.text)
    if at >= 0:
        around = claim.sentence[max(0, at - _WINDOW) : at + len(claim.text) + _WINDOW]
        context = frozenset(w for w in content_words(around) if not w[0].isdigit() and w not in _NOT_CONTEXT)
    after: tuple[str, ...] = ()
    if at >= 0:
        tail = claim.sentence[at + len(claim.text) : at + len(claim.text) + 40]
        after = _words_after(tail)
    before = _word_before(claim.sentence, at) if at >= 0 else ()
    return Figure(value, claim.text, claim.fields.get("unit"), claim.fields.get("approx"), context, after, before)


def _evidence(matches: list[ExcerptMatch]) -> tuple[Evidence, ...]:
    return tuple(Evidence(match.source.id, "source", match.excerpt, match.score) for match in matches)


_SCORE = re.compile(r"(?<![\d.,])(\d+)\s*[–—-]\s*(\d+)(?![\d.,])")


def _score_of(claim: Claim) -> tuple[str, str] | None:
    """The score or tally ("1 – 0") the claimed number is one side of, if it is."""
    at = claim.sentence.find(claim.text.strip())
    for match in _SCORE.finditer(claim.sentence):
        if at >= 0 and match.start() <= at < match.end():
            return match.group(1), match.group(2)
    return None


# Words for which way a figure went: a statement and its source that disagree on it disagree on the fact.
_UP = frozenset(
    "rose rise rises risen increased increases grew grows climbed climbs jumped jumps soared soars surged surges "
    "doubled tripled".split()
)
_DOWN = frozenset(
    "fell falls fallen decreased decreases shrank shrinks dropped drops declined declines slumped slumps plunged "
    "plunges halved".split()
)


def opposite_direction(said: str, recorded: str) -> tuple[str, str] | None:
    """("rose", "fell") when one text says a figure went up and the other that it went down (and not both)."""
    if not (re.search(r"\d", said) and re.search(r"\d", recorded)):
        return None  # only where both speak of a figure
    said_words = set(re.findall(r"[a-z]+", said.lower()))
    recorded_words = set(re.findall(r"[a-z]+", recorded.lower()))
    said_up, said_down = said_words & _UP, said_words & _DOWN
    recorded_up, recorded_down = recorded_words & _UP, recorded_words & _DOWN
    if said_up and not said_down and recorded_down and not recorded_up:
        return sorted(said_up)[0], sorted(recorded_down)[0]
    if said_down and not said_up and recorded_up and not recorded_down:
        return sorted(said_down)[0], sorted(recorded_up)[0]
    return None


def check_quantity(claim: Claim, index: StoreIndex) -> Suggestion:
    """Verified when a related excerpt gives the figure in its place; disputed when it gives another there."""
    sentence_related = [m for m in index.find_excerpts(claim.sentence, limit=4) if m.score >= _RELATED]
    related = _with_figure_related(claim, index, sentence_related)
    score = _score_of(claim)
    if score is not None:  # one side of a score is checked as the score
        for match in related:
            if score in _SCORE.findall(match.excerpt):
                return Suggestion(
                    Verdict.VERIFIED, int(min(85, match.score)), f"{match.source.id} gives the same score",
                    _evidence([match]),
                )  # fmt: skip
        return Suggestion(Verdict.UNSUPPORTED, 50, "no related source gives this score", _evidence(related[:3]))
    claimed = _claim_figure(claim)
    in_sentence = figures_in(claim.sentence)
    others_in_sentence = [figure for figure in in_sentence if figure.value != claimed.value]
    placed: list[tuple[int, float, bool, Figure, ExcerptMatch]] = []
    loosely: list[tuple[Figure, ExcerptMatch]] = []
    for match in related:
        about_sentence = match in sentence_related
        recorded = figures_in(match.excerpt)
        left = [f for f in recorded if not _also_written(f, others_in_sentence)]
        for figure in recorded:
            fits = _fits(claimed, figure)
            if fits and match.score >= 80:
                loosely.append((figure, match))
            if not fits and _also_written(figure, others_in_sentence):
                continue  # the article gives that one too, elsewhere in the sentence
            place = _same_place(claimed, figure)
            if left == [figure] and about_sentence and match.score >= 65 and claimed.unit == figure.unit and place > 0:
                place += 1  # the one figure the excerpt gives that the sentence does not: in the claim's place
            if place >= 1:
                placed.append((place, match.score, fits, figure, match))
    if placed and not any(item[2] for item in placed):
        # no source gives this figure: one that differs from it by a mistyped digit is the same figure
        placed = [
            (place + 2 if _one_typo_apart(claimed.value, figure.value) else place, score, fits, figure, match)
            for place, score, fits, figure, match in placed
        ]
    if placed:
        # the figure that stands best where the claim's does decides; a tie goes to one that fits
        place, match_score, fits, figure, match = max(placed, key=lambda item: (item[0], item[2], item[1]))
        if not fits:
            # unless the closer excerpt gives this very figure nearly as well placed ("36 shells at the posts";
            # "six of the shells hit near the posts")
            closer = [
                item
                for item in placed
                if item[3].value == claimed.value and item[0] >= max(2, place - 1) and item[1] > match_score
            ]
            if closer:
                place, match_score, fits, figure, match = max(closer, key=lambda item: (item[0], item[1]))
        turned = opposite_direction(claim.sentence, match.excerpt) if fits else None
        if turned is not None:
            said_way, recorded_way = turned
            return Suggestion(
                Verdict.DISPUTED,
                int(min(80, match_score)),
                f"{match.source.id} gives {figure.written} but says “{recorded_way}”, where this says “{said_way}”",
                _evidence([match]),
            )
        if fits:
            return Suggestion(
                Verdict.VERIFIED,
                int(min(90, match_score)),
                f"{match.source.id} gives the same figure ({figure.written})",
                _evidence([match]),
            )
        exact = _exactly_given(claimed, related)
        if place >= 2 and exact is not None:
            # the related source gives this very figure elsewhere ("up 154% to $26.3 billion"): not contradicted
            figure, match = exact
            return Suggestion(
                Verdict.VERIFIED,
                int(min(80, match.score)),
                f"{match.source.id} gives the same figure ({figure.written})",
                _evidence([match]),
            )
        if place >= 2:
            return Suggestion(
                Verdict.DISPUTED,
                int(min(85, match_score * (0.7 + 0.1 * place))),
                f"{match.source.id} gives {_as_written(figure)}, not {claim.text}",
                _evidence([match]),
            )
    if loosely:
        figure, match = loosely[0]
        return Suggestion(
            Verdict.VERIFIED,
            int(min(75, match.score)),
            f"{match.source.id} gives the same figure ({figure.written})",
            _evidence([match]),
        )
    if related:
        return Suggestion(Verdict.UNSUPPORTED, 50, "related sources do not give this figure", _evidence(related[:3]))
    return Suggestion(Verdict.UNSUPPORTED, 60, "no source in the store gives this figure")


def _also_written(recorded: Figure, written: list[Figure]) -> bool:
    """Whether the sentence gives this figure too, as the same kind of thing ("a couple of points" does not
    account for "the #2 browser")."""
    return any(
        figure.value == recorded.value
        and (figure.unit is None or recorded.unit is None or figure.unit == recorded.unit)
        for figure in written
    )


def _with_figure_related(claim: Claim, index: StoreIndex, sentence_related: list[ExcerptMatch]) -> list[ExcerptMatch]:
    """The excerpts about the sentence's event, and those about what the figure counts: in a long sentence
    ("X hosted the two-day summit, which ended ... with an agreement to hold new talks within five months")
    the words around the figure say which excerpt gives it better than the whole sentence does."""
    found = {(m.source.id, m.excerpt): m for m in sentence_related}
    at = claim.sentence.find(claim.text)
    if at >= 0:
        around = claim.sentence[max(0, at - _WINDOW) : at + len(claim.text) + _WINDOW]
        for match in index.find_excerpts(around, limit=4):
            key = (match.source.id, match.excerpt)
            if match.score >= _RELATED_AROUND and key not in found:
                found[key] = match
    return sorted(found.values(), key=lambda match: -match.score)[:4]


def _exactly_given(claimed: Figure, related: list[ExcerptMatch]) -> tuple[Figure, ExcerptMatch] | None:
    """A related excerpt's figure with the claim's very value and unit, if the value is distinctive enough
    (a decimal, a share, money, or 10 and over) that finding it there is no coincidence."""
    distinctive = claimed.value >= 10 or claimed.value != int(claimed.value) or claimed.unit is not None
    if not distinctive:
        return None
    for match in related:
        for figure in figures_in(match.excerpt):
            if figure.value == claimed.value and figure.unit == claimed.unit:
                return figure, match
    return None


def _as_written(figure: Figure) -> str:
    """The excerpt's figure as it writes it, with its unit word when the excerpt has one after it."""
    written = figure.written
    if figure.unit and figure.unit not in _CURRENCIES and figure.unit != "percent" and figure.unit not in written:
        written = f"{written} {figure.unit}"
    return re.sub(r"\s+", " ", written)


def contradicted_figure(sentence: str, excerpt: str) -> tuple[Figure, Figure] | None:
    """(the sentence's figure, the excerpt's) where the excerpt gives another figure in the same place."""
    written = figures_in(sentence)
    recorded = figures_in(excerpt)
    values = {figure.value for figure in written}
    for claimed in written:
        placed = [
            (_same_place(claimed, figure), _fits(claimed, figure), figure)
            for figure in recorded
            if _fits(claimed, figure) or figure.value not in values
        ]
        placed = [item for item in placed if item[0] >= 2]
        if placed:
            place, fits, figure = max(placed, key=lambda item: (item[0], item[1]))
            if not fits and place >= 3:
                return claimed, figure
    return None
