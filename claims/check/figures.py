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

import datetime as dt
import re

from factdesk.claims.check.ages import check_age, is_age
from factdesk.claims.check.around import excerpts_around
from factdesk.claims.check.comparisons import wrong_comparison
from factdesk.claims.check.directions import against_its_level, figure_turned
from factdesk.claims.check.figure_fits import BOUNDS, coarser, mistyped, one_typo_apart
from factdesk.claims.check.figure_fits import fits as figure_fits
from factdesk.claims.check.figure_places import (
    Figure,
    as_written,
    figure_at,
    figures_in,
    same_place,
    same_unit,
)
from factdesk.claims.check.figure_roles import a_difference
from factdesk.claims.check.figure_search import (
    exactly_given,
    given_by_its_names,
    given_on_its_day,
    given_with_its_subject,
    in_a_related_source,
    mistyped_anywhere,
    numeral_of,
    of_its_period,
    rescaled_anywhere,
    swapped_anywhere,
    written_anywhere,
    written_beside_its_subject,
)
from factdesk.claims.check.figure_subjects import other_subject
from factdesk.claims.check.figure_times import SAME_DAYS, of_another_time
from factdesk.claims.extract.opposites import figure_text_start
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import ExcerptMatch, StoreIndex

_RELATED = 55.0  # an excerpt scoring this against the sentence may be about the same event
_RELATED_AROUND = 60.0  # ... or this against the words around the figure
_ABOUT_NOW = 35.0  # a source of the article's days scoring this against the sentence says it tells of them
_ANCHOR_RELATED = 40.0  # an excerpt only loosely about the words around the figure ...
_ANCHOR_PLACE = 4  # ... is about them when it gives a figure this firmly in the claim's place


def _claim_figure(claim: Claim) -> Figure:
    """The claim as a figure with the words around it (read as an excerpt's figures are), without its way word."""
    span, written = _figure_span(claim), claim.text[figure_text_start(claim.text) :]
    if span is None:
        fields = claim.fields
        return Figure(float(fields["value"]), written, fields.get("unit"), fields.get("approx"), frozenset())
    return figure_at(claim.sentence, *span, written, claim.fields)


def _figure_span(claim: Claim) -> tuple[int, int] | None:
    """Where the figure stands in the claim's sentence, after the way word it leads with ("fell 4%": "4%")."""
    span = claim.span_in_sentence()
    return None if span is None else (span[0] + figure_text_start(claim.text), span[1])


def _bears_out(figure: Figure, match: ExcerptMatch, most: int, score: float | None = None) -> Suggestion:
    """Verified: the excerpt gives the claim's figure; confidence is `score` (the placement's) or the excerpt's,
    at most `most`."""
    confidence = int(min(most, match.score if score is None else score))
    said = f"{match.source.id} gives the same figure ({figure.written})"
    return Suggestion(Verdict.VERIFIED, confidence, said, _evidence([match]))


def _evidence(matches: list[ExcerptMatch]) -> tuple[Evidence, ...]:
    return tuple(Evidence(match.source.id, "source", match.excerpt, match.score) for match in matches)


_SCORE = re.compile(r"(?<![\d.,])(\d+)\s*[–—-]\s*(\d+)(?![\d.,])")


def _score_of(claim: Claim) -> tuple[str, str] | None:
    """The score or tally ("1 – 0") the claimed number is one side of, if it is."""
    span = _figure_span(claim)
    for match in _SCORE.finditer(claim.sentence):
        if span is not None and match.start() <= span[0] < match.end():
            if claim.fields.get("unit") and re.search(r"\s-\s", match.group()):
                return None  # "Flight 516 - 367 passengers": a dash between two things, not a score
            return match.group(1), match.group(2)
    return None


def check_quantity(claim: Claim, index: StoreIndex, on: dt.date | None = None) -> Suggestion:
    """Verified when a related excerpt gives the figure in its place; disputed when it gives another there, or
    when the sentence says it went one way to a level that lies the other ("40.5%, up from 42.2%").
    A person's age is checked against what the sources say of that person, as of the article's date `on`."""
    suggestion = _against_the_sources(claim, index, on)
    if suggestion.verdict is Verdict.DISPUTED or claim.span_in_sentence() is None:
        return suggestion  # what a source gives, with its value, says more than the sentence's own arithmetic
    compared = wrong_comparison(claim.sentence)
    span = claim.span_in_sentence()
    if compared is not None and span is not None and any(s < span[1] and span[0] < e for s, e in compared.spans):
        return Suggestion(Verdict.DISPUTED, 70, compared.reason)
    claimed = _claim_figure(claim)
    levels = {f.written: f.value for f in figures_in(claim.sentence) if same_unit(f.unit, claimed.unit)}
    for start, value in levels.items():  # the claim is where the change started, or the level it went to
        turned_back = against_its_level(claim.sentence, start, value, levels)
        if turned_back is not None and claimed.written in (start, turned_back[1]):
            way, level = turned_back
            return Suggestion(Verdict.DISPUTED, 70, f"the sentence says {way} from {start} to {level}, the other way")
    return suggestion


def _against_the_sources(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion:
    if on is not None and is_age(claim):
        aged = check_age(claim, index, on)
        if aged is not None:
            return aged
    about = index.find_excerpts(claim.sentence, limit=4, cutoff=_ABOUT_NOW)
    sentence_related = [m for m in about if m.score >= _RELATED]
    # a source of the article's days even loosely about the sentence: a source of another era is not about it
    now = on is not None and any(m.source.date and abs((m.source.date - on).days) <= SAME_DAYS for m in about)
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
    placed, loosely = _placements(claimed, related, sentence_related, others_in_sentence, claim.sentence, on, now)
    if not loosely and not any(place >= 2 or fits for place, _, fits, _, _ in placed):
        # nothing closely related gives a figure in its place: look further, at excerpts that give one firmly
        anchored = _anchored(claim, claimed, index, related)
        placed += [
            item
            for item in _placements(claimed, anchored, [], others_in_sentence, claim.sentence, on, now)[0]
            if _firmly_placed(claimed, item[3])
        ]
        related = [*related, *anchored]
    if placed and not any(item[2] for item in placed):
        # no source gives this figure: one that differs from it by a mistyped digit is the same figure
        placed = [
            (place + 2 if mistyped(claimed, figure) else place, score, fits, figure, match)
            for place, score, fits, figure, match in placed
        ]
    if placed:
        # the figure that stands best where the claim's does decides; a tie goes to one that fits
        place, match_score, fits, figure, match = max(
            placed, key=lambda item: (item[0], item[2] or coarser(claimed, item[3]), item[1])
        )
        chosen = (place, match_score, fits, figure, match)
        beside_bound = _exact_beside_a_bound(claimed, chosen, placed)
        bound_fit = figure if beside_bound is not None else None
        if beside_bound is not None:  # "1.65C" against "1.55 °C, ... more than 1.5°C": the source's own figure decides
            place, match_score, fits, figure, match = beside_bound
        if not fits:
            # unless the closer excerpt gives this very figure nearly as well placed ("36 shells at the posts";
            # "six of the shells hit near the posts")
            closer = [
                item
                for item in placed
                if item[2] and item[0] >= max(2, place - 1) and item[1] >= match_score and item[3] is not bound_fit
            ]
            if closer:
                place, match_score, fits, figure, match = max(closer, key=lambda item: (item[0], item[1]))
        turned = figure_turned(claim.sentence, claimed.written, match.excerpt, figure.written) if fits else None
        if turned is not None:
            said_way, recorded_way = turned
            return Suggestion(
                Verdict.DISPUTED,
                int(min(80, match_score)),
                f"{match.source.id} gives {figure.written} but says “{recorded_way}”, where this says “{said_way}”",
                _evidence([match]),
            )
        if fits:
            return _bears_out(figure, match, 90, match_score)
        if coarser(claimed, figure):
            return Suggestion(
                Verdict.UNSUPPORTED,
                50,
                f"{match.source.id} gives {as_written(figure)}, which this figure rounds to; find the exact figure",
                _evidence([match]),
            )
        exact = exactly_given(claimed, related)
        if place >= 2 and exact is not None:
            # the related source gives this very figure elsewhere ("up 154% to $26.3 billion"): not contradicted
            figure, match = exact
            return _bears_out(figure, match, 80)
        beside = written_beside_its_subject(claimed, related)
        if place >= 2 and beside is not None:
            # "Rohit Sharma c Head b Maxwell 47 (31b)": a scorecard or table writes the very number by the name
            return Suggestion(
                Verdict.UNSUPPORTED,
                45,
                f"{beside.source.id} writes {numeral_of(claimed)} beside the name; read it to confirm",
                _evidence([beside]),
            )
        if place >= 2 and _a_difference(claim, claimed):
            return Suggestion(
                Verdict.UNSUPPORTED,
                45,
                f"{claimed.written} is a difference between two counts; {match.source.id} gives {as_written(figure)}",
                _evidence([match]),
            )
        found = given_with_its_subject(claim, claimed, index, place) if place >= 2 else None
        if found is not None:
            # looked up by its own words and names, the store gives this very figure: the first look was astray
            figure, match = found
            return _bears_out(figure, match, 80)
        anywhere = None
        if place >= 2:
            anywhere = (
                written_anywhere(claimed, index)
                or in_a_related_source(claimed, related)
                or given_on_its_day(claimed, claim.sentence, index, on, match.source)
            )
        if anywhere is not None:
            # the store gives this very figure, though not where the sentence's words led: a check, not a dispute
            elsewhere, source, excerpt = anywhere
            return Suggestion(
                Verdict.UNSUPPORTED,
                45,
                f"{source.id} gives {as_written(elsewhere)} elsewhere; read it to see whether it is this figure",
                (Evidence(source.id, "source", excerpt, 45.0),),
            )
        if place >= 2:
            return Suggestion(
                Verdict.DISPUTED,
                int(min(85, match_score * (0.7 + 0.1 * place))),
                f"{match.source.id} gives {as_written(figure)}, not {claimed.written}",
                _evidence([match]),
            )
    if loosely:
        figure, match = loosely[0]
        return _bears_out(figure, match, 75)
    named = given_by_its_names(claim, claimed, index)
    if named is not None:
        # a results table the sentence's words did not bring up writes the figure beside the same names
        by_name, named_match, same_figure = named
        if same_figure:
            return _bears_out(by_name, named_match, 80)
        said = f"{named_match.source.id} gives {as_written(by_name)}, not {claimed.written}"
        return Suggestion(Verdict.DISPUTED, int(min(75, named_match.score)), said, _evidence([named_match]))
    slip = mistyped_anywhere(claimed, index) if _telling(claimed) else None
    if slip is None and claimed.unit is not None and not claimed.approx:
        slip = swapped_anywhere(claimed, index)  # "$57.5 billion": the store's $55.7 billion
    slip = slip or rescaled_anywhere(claimed, index)  # "$42 billion": the store's "USD 42 million"
    if slip is not None:  # "96,241,691 votes": the store's 96,214,691, two digits swapped, wherever it stands
        figure, source, excerpt = slip
        said = f"{source.id} gives {as_written(figure)}, not {claimed.written}"
        return Suggestion(Verdict.DISPUTED, 60, said, (Evidence(source.id, "source", excerpt, 60.0),))
    if related:
        return Suggestion(Verdict.UNSUPPORTED, 50, "related sources do not give this figure", _evidence(related[:3]))
    return Suggestion(Verdict.UNSUPPORTED, 60, "no source in the store gives this figure")


_DOWN_AFTER = re.compile(r"\s*down\b")  # "two sets down"


def _exact_beside_a_bound(claimed: Figure, chosen: Placement, placed: list[Placement]) -> Placement | None:
    """An exact figure is not borne out by a bound ("more than 1.5°C") where the same excerpt gives its own
    exact figure of that unit, as well placed, and that figure differs ("1.55 °C" against the claim's 1.65C)."""
    place, _, fits, bound, match = chosen
    if not fits or claimed.approx or bound.approx not in BOUNDS:
        return None
    exact = [
        item
        for item in placed
        if not item[2]
        and item[4] is match
        and item[3].approx is None
        and same_unit(item[3].unit, claimed.unit)
        and item[0] >= place - 1
    ]
    return max(exact, key=lambda item: item[0]) if exact else None


def _a_difference(claim: Claim, claimed: Figure) -> bool:
    """ "one vote short of the two-thirds", "two sets down": how far apart two counts are."""
    span = _figure_span(claim)
    if claimed.kind != "count" or span is None:
        return False
    return a_difference(claim.sentence, span[1]) or _DOWN_AFTER.match(claim.sentence, span[1]) is not None


def _telling(claimed: Figure) -> bool:
    """A figure of five digits or more, written to the unit ("308,745,538"): too particular to recur by chance."""
    numeral = numeral_of(claimed)
    return claimed.kind == "count" and len(re.sub(r"\D", "", numeral).rstrip("0")) >= 5 and "." not in numeral


def _also_written(recorded: Figure, written: list[Figure]) -> bool:
    """Whether the sentence gives this figure too, as the same kind of thing ("a couple of points" does not
    account for "the #2 browser")."""
    return any(
        figure.value == recorded.value
        and (
            figure.unit is None
            or recorded.unit is None
            or figure.unit == recorded.unit
            or (figure.kind == recorded.kind == "count" and figure.value >= 3)
        )
        for figure in written
    )  # "six workers" accounts for the source's "Six members": a count of three or more is no coincidence


def _with_figure_related(claim: Claim, index: StoreIndex, sentence_related: list[ExcerptMatch]) -> list[ExcerptMatch]:
    """The excerpts about the sentence's event, and those about what the figure counts: in a long sentence
    ("X hosted the two-day summit, which ended ... with an agreement to hold new talks within five months")
    the words around the figure say which excerpt gives it better than the whole sentence does."""
    found = {(m.source.id, m.excerpt): m for m in sentence_related}
    for match in excerpts_around(claim, index, limit=4, cutoff=_RELATED_AROUND):
        found.setdefault((match.source.id, match.excerpt), match)
    return sorted(found.values(), key=lambda match: -match.score)[:4]


Placement = tuple[int, float, bool, Figure, ExcerptMatch]  # (place, excerpt's score, fits, figure, excerpt)


def _placements(
    claimed: Figure,
    matches: list[ExcerptMatch],
    sentence_related: list[ExcerptMatch],
    others_in_sentence: list[Figure],
    sentence: str,
    on: dt.date | None,
    now: bool = False,
) -> tuple[list[Placement], list[tuple[Figure, ExcerptMatch]]]:
    """The excerpts' figures standing in the claim's place, and those that fit it in an excerpt closely
    about the sentence."""
    placed: list[Placement] = []
    loosely: list[tuple[Figure, ExcerptMatch]] = []
    recent = on is not None and any(
        m.source.date is not None and abs((m.source.date - on).days) <= SAME_DAYS for m in sentence_related
    )
    for match in matches:
        about_sentence = match in sentence_related
        recorded = of_its_period(figures_in(match.excerpt), match)
        left = [f for f in recorded if not _also_written(f, others_in_sentence)]
        # the sentence's other figures that this excerpt does not give: each may be what a figure of it stands for
        unmatched = [other for other in others_in_sentence if not any(figure_fits(other, f) for f in recorded)]
        # "increased 1.3 percent in June ... after rising 1.0 percent in May": an excerpt that gives the
        # sentence's other figures too tells what the sentence tells
        gives_the_others = len(unmatched) < len(others_in_sentence)
        for figure in recorded:
            fits = figure_fits(claimed, figure)
            if fits and match.score >= 80 and same_place(claimed, figure) > 0:
                loosely.append((figure, match))
            if not fits and (_also_written(figure, others_in_sentence) or "times" in (claimed.unit, figure.unit)):
                continue  # the article gives that one too, elsewhere; "host it three times" counts no teams
            place = same_place(claimed, figure)
            # "308,745,538" anywhere in an excerpt about the sentence, or that figure one digit off, is no
            # coincidence: whatever the words around it, whoever's and whenever it is, it is the same figure
            telling = _telling(claimed) and (fits or one_typo_apart(claimed.value, figure.value))
            place = max(place, int(telling))
            if not fits and not telling and any(same_place(other, figure) > place for other in unmatched):
                continue  # it stands better in the place of another of the sentence's figures
            if not fits and not telling and other_subject(claimed, figure, sentence, match.excerpt):
                continue  # another named thing's figure ("killed in Syria" for "killed in Turkey")
            if not fits and not telling and of_another_time(match, sentence, on, recent=recent, of_now=now):
                continue  # the source tells of another year's figure
            if fits and gives_the_others and place > 0 and not (claimed.approx or figure.approx):
                place += 2
            if left == [figure] and about_sentence and match.score >= 65 and claimed.unit == figure.unit and place > 0:
                place += 1  # the one figure the excerpt gives that the sentence does not: in the claim's place
            if place >= 1:
                placed.append((place, match.score, fits, figure, match))
    return placed, loosely


def _anchored(claim: Claim, claimed: Figure, index: StoreIndex, related: list[ExcerptMatch]) -> list[ExcerptMatch]:
    """Excerpts only loosely about the words around the figure that give a figure firmly in its place: a
    source often words the event differently ("its JGB purchases ... (about 6 trillion yen per month)" for
    "buying government bonds at ... about 6 trillion yen a month"), but the figure with its unit and the words
    beside it still say it is the same one."""
    seen = {(match.source.id, match.excerpt) for match in related}
    return [
        match
        for match in excerpts_around(claim, index, limit=8, cutoff=_ANCHOR_RELATED)
        if (match.source.id, match.excerpt) not in seen
        and any(_firmly_placed(claimed, figure) for figure in figures_in(match.excerpt))
    ]


def _firmly_placed(claimed: Figure, recorded: Figure) -> bool:
    """Placed well, and among the same words: a unit ("percent") and one word beside it are common ground."""
    return same_place(claimed, recorded) >= _ANCHOR_PLACE and len(claimed.context & recorded.context) >= 2
