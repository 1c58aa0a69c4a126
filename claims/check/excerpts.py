"""Check statements against the excerpts of the store's sources."""

from __future__ import annotations

import datetime as dt
import re
from itertools import chain

from factdesk.claims.check.currency_conversions import without_conversions
from factdesk.claims.check.directions import opposite_direction
from factdesk.claims.check.figure_fits import fits as figure_fits
from factdesk.claims.check.figure_places import Figure, figures_in, same_place
from factdesk.claims.check.figure_subjects import other_subject
from factdesk.claims.check.figure_times import of_another_time
from factdesk.claims.check.self_contradiction import contradicts_itself
from factdesk.claims.check.swaps import swapped_name
from factdesk.claims.check.turns import the_other_way, turned_word
from factdesk.claims.extract.lexicon import NATIONALITIES
from factdesk.claims.extract.numbers import NUMBER
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import ExcerptMatch, StoreIndex
from factdesk.sources.text import plain
from rapidfuzz.distance import Levenshtein

_RELATED = 60.0  # an excerpt scoring this against the sentence is about the same event
_TURN_RELATED = 70.0  # ... and this, against the sentence or the sentence turned the other way, may say the other way
_TURN_LOOSELY = 50.0  # ... as may one scoring this, when the words beside the two ways agree closer
_NUMBER_IN_TEXT = re.compile(rf"(?<![\w.]){NUMBER}(?:\s+([a-z]+))?")


def _evidence(matches: list[ExcerptMatch]) -> tuple[Evidence, ...]:
    return tuple(Evidence(match.source.id, "source", match.excerpt, match.score) for match in matches)


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?![\w'’-])")


def _misspelled_name(sentence: str, excerpt: str) -> tuple[str, str] | None:
    """(as written, as the source writes it): a capitalised word the source spells one or two letters apart."""
    in_excerpt = set(_CAPITALISED.findall(excerpt))
    sentence_words = _CAPITALISED.findall(sentence)
    for written in sentence_words[1:] if sentence[:1].isupper() else sentence_words:  # the first may be any word
        if written in in_excerpt or written.lower() in excerpt.lower():
            continue
        for known in in_excerpt:
            if known in sentence or (known[:2] != written[:2] and known[-2:] != written[-2:]):
                continue
            distance = Levenshtein.distance(written, known)
            if not 1 <= distance <= 2 or written.rstrip("s") == known.rstrip("s"):
                continue  # the same word, another word, or a plural
            if NATIONALITIES.get(written) == known or NATIONALITIES.get(known) == written:
                continue  # "Morocco" and "Moroccan": a country and its people
            as_written, as_known = _name_around(sentence, written), _name_around(excerpt, known)
            if _words_apart(as_written, as_known) > 1:
                continue  # "New Social Contract" for "Nieuw Sociaal Contract": the name in another language
            # a short word is a misspelling only inside a name the source writes the same otherwise ("Sran Lee")
            in_same_name = " " in as_known and as_written.replace(written, known) == as_known
            if min(len(written), len(known)) >= 4 + distance or in_same_name:
                return as_written, as_known
    return None


def _words_apart(written: str, known: str) -> int:
    """How many words of two names of the same length differ (0 for names of different lengths)."""
    a, b = written.split(), known.split()
    return sum(x != y for x, y in zip(a, b, strict=True)) if len(a) == len(b) else 0


_NAME_RUN = r"(?:[A-Z][\w.'’-]*\s+){0,3}%s(?:\s+[A-Z][\w'’-]*){0,3}"


def _name_around(text: str, word: str) -> str:
    """The run of capitalised words a word stands in ("Lee" -> "Stan Lee")."""
    found = re.search(_NAME_RUN % re.escape(word), text)
    return found.group() if found else word


def check_statement(claim: Claim, index: StoreIndex, on: dt.date | None = None) -> Suggestion:
    """Verified when a source says much the same and contradicts none of its figures or names; disputed
    when the closest source gives another figure in the same place, says the other way ("fell" for "rose")
    or spells a name differently. A statement that names no one ("Five of the six crew were killed") is
    checked for which way it says things went; another figure or name in its source is only a lead, as
    nothing ties the sentence to that source's actor."""
    wrong = contradicts_itself(claim.text)
    if wrong is not None:  # "raised its forecast to 1.4% from 1.9%"
        return Suggestion(Verdict.DISPUTED, 70, wrong)
    related = index.find_excerpts(plain(claim.text), limit=3)
    named = claim.fields.get("subject") is not None
    turned = _said_the_other_way(claim.text, related[:2], index)
    if turned is not None:
        return turned
    for match in related:
        if match.score < _RELATED:
            break
        others = [other for other in related if other is not match and other.score >= _RELATED]
        found = _contradiction(claim, match, on, others)
        if found is not None:
            said, weight = found
            if named:
                return Suggestion(Verdict.DISPUTED, int(match.score * weight), said, _evidence([match]))
            said = f"{said}; read it to see whether it is of this"
            return Suggestion(Verdict.UNSUPPORTED, 45, said, _evidence([match]))
    if related and related[0].score >= 80:
        other_years = _years_not_given(claim.text, related[0].excerpt)
        if other_years:
            said = f"{related[0].source.id} is related but gives {other_years[1]}, not {other_years[0]}"
            return Suggestion(Verdict.UNSUPPORTED, 45, said, _evidence(related[:2]))
        return Suggestion(
            Verdict.VERIFIED,
            int(related[0].score * 0.8),
            f"{related[0].source.id} says much the same; read it to confirm",
            _evidence(related[:2]),
        )
    if related and related[0].score >= _RELATED:
        return Suggestion(
            Verdict.UNSUPPORTED,
            45,
            f"{related[0].source.id} is related but does not clearly say this",
            _evidence(related[:2]),
        )
    return Suggestion(Verdict.UNSUPPORTED, 55, "no source in the store says this")


def _contradiction(
    claim: Claim, match: ExcerptMatch, on: dt.date | None, others: list[ExcerptMatch]
) -> tuple[str, float] | None:
    """What in the excerpt contradicts the statement (another figure in its place, the other way, a name
    spelt otherwise), and how much of the excerpt's score the dispute keeps. A figure another related
    excerpt gives as written is not contradicted (a source of days before gave an earlier figure)."""
    contradicted = contradicted_figure(claim.text, match.excerpt)
    if contradicted is not None and any(
        figure_fits(contradicted[0], given) and same_place(contradicted[0], given) > 0
        for other in others
        for given in figures_in(other.excerpt)
    ):
        contradicted = None
    if contradicted is not None and not of_another_time(match, claim.text, on):
        said, recorded = contradicted
        return f"{match.source.id} gives {recorded.written}, where this says {said.written}", 0.8
    if match.score < 70:
        return None
    turned = opposite_direction(claim.text, None, match.excerpt, None)
    if turned is not None:
        return f"{match.source.id} says “{turned[1]}”, where this says “{turned[0]}”", 0.75
    misspelled = _misspelled_name(claim.text, match.excerpt)
    if misspelled is not None:
        return f"misspelled? {match.source.id} writes “{misspelled[1]}”, this says “{misspelled[0]}”", 0.8
    swapped = swapped_name(claim.text, match.excerpt)
    if swapped is not None:
        return f"{match.source.id} says “{swapped[1]}”, where this says “{swapped[0]}”", 0.75
    return None


_TALLY = re.compile(r"\b\d{1,3}\s*(?:[-–—]|votes?\s+to|to)\s*\d{1,3}\b(?![-–—%.,]?\d)")
_A_YEAR = re.compile(r"(?<![\w$£€.,/-])(?:1[5-9]|20)\d\d(?![\w%]|[.,]\d)")


def _years_not_given(sentence: str, excerpt: str) -> tuple[str, str] | None:
    """(the sentence's year, the excerpt's years) when the sentence gives a year its closest excerpt does not,
    and the excerpt gives another: not verified on the strength of their other words alone."""
    in_excerpt = _A_YEAR.findall(excerpt)
    missing = [year for year in _A_YEAR.findall(sentence) if year not in in_excerpt]
    if not missing or not in_excerpt:
        return None
    return missing[0], " and ".join(dict.fromkeys(in_excerpt))


def _said_the_other_way(sentence: str, found: list[ExcerptMatch], index: StoreIndex) -> Suggestion | None:
    """Disputed when a source about the sentence (`found` by its words) says, in the same place, the other way
    ("weakened" where this says "strengthened"); the sentence turned the other way is what finds that source."""
    turned_sentences = the_other_way(sentence)
    if not turned_sentences:
        return None  # no word for a way: nothing to turn
    # looked up one by one, as far as needed
    searches = chain([found], (index.find_excerpts(plain(turned), limit=2) for turned in turned_sentences))
    for matches in searches:
        for match in matches:
            if match.score < _TURN_LOOSELY:
                break
            # a source only loosely about the sentence must stand closer to its words: three of four alike
            turned = turned_word(sentence, match.excerpt, 2 if match.score >= _TURN_RELATED else 3)
            if turned is not None:
                said = f"{match.source.id} says “{turned[1]}” where this says “{turned[0]}”"
                return Suggestion(Verdict.DISPUTED, int(match.score * 0.75), said, _evidence([match]))
    return None


def contradicted_figure(sentence: str, excerpt: str) -> tuple[Figure, Figure] | None:
    """(the sentence's figure, the excerpt's) where the excerpt gives another figure in the same place."""
    # "A$1.3 billion ($920 million)": each source converts at its own day's rate
    # "received 134 votes to 65": a tally is the vote claim's to check, against the vote's record
    written = figures_in(_TALLY.sub(lambda found: " " * len(found[0]), without_conversions(sentence)))
    recorded = figures_in(without_conversions(excerpt))
    values = {figure.value for figure in written}
    for claimed in written:
        placed = [
            (same_place(claimed, figure), figure_fits(claimed, figure), figure)
            for figure in recorded
            if figure_fits(claimed, figure)
            or (figure.value not in values and not other_subject(claimed, figure, sentence, excerpt))
        ]
        if any(fits and place >= 0 for place, fits, _ in placed):
            continue  # "with 562 votes" where the source gives 562 votes, and Montero's 61 votes beside them
        placed = [item for item in placed if item[0] >= 2]
        if placed:
            place, fits, figure = max(placed, key=lambda item: (item[0], item[1]))
            if not fits and place >= 3:
                return claimed, figure
    return None
