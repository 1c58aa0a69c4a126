"""Check a date claim against the dates the store's excerpts give about the same thing.

A date is verified when an excerpt about its sentence gives it (or the source is of that day), and
disputed when a source gives another date in its place: the same words around it ("argued on
Dec. 1" against "Argued December 1, 2021"), compared on what both write.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from factdesk.claims.check.around import excerpts_around
from factdesk.claims.check.date_places import (
    DatePlace,
    agrees,
    as_claimed,
    compared,
    dates_in,
    in_dateline,
    looks_back,
    names_a_law,
    near_date,
    parts,
    place_at,
    readable,
    same_place,
    stands_for_another,
    year_slip,
)
from factdesk.claims.check.date_terms import term_date
from factdesk.claims.check.dates_told import dates_told
from factdesk.claims.check.figure_places import stems
from factdesk.claims.check.moments import same_moment
from factdesk.claims.check.named_days import (
    comparable,
    days_named_in,
    named_without_date,
    resolved,
    tells_what_happened,
)
from factdesk.claims.check.record_days import day_of_its_record
from factdesk.claims.check.weekday_agreement import a_day_apart, weekday_disagrees
from factdesk.claims.dates import DATE_PATTERN, WEEKDAYS, date_from_match
from factdesk.claims.extract.dates_found import RELATIVE_MONTH, YEARS_FROM_THE_ARTICLE
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import ExcerptMatch, StoreIndex
from factdesk.sources.model import SourceType
from factdesk.sources.text import content_words

_RELATED = 60.0  # an excerpt scoring this against the sentence is about the same event
_AROUND = 45.0  # an excerpt scoring this against the words around the date may give it in the same place
_IN_PLACE = 3  # how strongly a source's date must stand where the claim's does to dispute it
_SAME_PLACE = 2  # ... and to bear it out
_ISSUED_RELATED = 70.0  # a primary source scoring this against the sentence reports its event


def _evidence(matches: list[ExcerptMatch]) -> tuple[Evidence, ...]:
    return tuple(Evidence(match.source.id, "source", match.excerpt, match.score) for match in matches)


def claimed_date(claim: Claim, on: dt.date | None = None) -> str | None:
    """The claim's date as ISO-like text; a date the reviewer typed is read as the article's are. A month
    "last year" or "this year" is of the year the article's date `on` puts it in."""
    value = str(claim.fields.get("date") or "")
    relative = RELATIVE_MONTH.fullmatch(claim.text)
    if relative and on is not None and re.fullmatch(r"--\d\d", value):
        return f"{on.year + YEARS_FROM_THE_ARTICLE[relative['which']]}{value[1:]}"
    if value in WEEKDAYS or re.fullmatch(r"--\d\d", value):  # "on Friday", "in March": of the article's week
        if on is None:  # or year, which its date says
            return None
        return resolved(value, on, claim.sentence[: (claim.span_in_sentence() or (0, 0))[0]])
    if any(part is not None for part in parts(value)):
        return value
    found = DATE_PATTERN.search(value)
    day = date_from_match(found) if found else None
    return day.isoformat() if isinstance(day, dt.date) else day


def check_date(claim: Claim, index: StoreIndex, on: dt.date | None = None) -> Suggestion:
    claimed = claimed_date(claim, on)
    if claimed is None and named_without_date(claim):
        return Suggestion(Verdict.UNSUPPORTED, 30, "a weekday or a month alone: the article's date says which")
    if claimed is None:
        return Suggestion(Verdict.UNSUPPORTED, 30, "not a date factdesk can read")
    counts = comparable(claim, claimed)
    span = claim.span_in_sentence()
    at = span[0] if span else 0
    if on is not None and in_dateline(claim.sentence, at) and compared(claimed, on.isoformat()) is not None:
        # the day the story was filed: the article's own date says whether it is right
        if agrees(claimed, on.isoformat()):
            return Suggestion(Verdict.VERIFIED, 70, f"the article is dated {readable(on.isoformat())}")
        if a_day_apart(claimed, on, claim.sentence):  # the event's day, in a report dated the next (or before)
            return Suggestion(Verdict.UNSUPPORTED, 50, f"the article is dated {readable(on.isoformat())}, a day apart")
        return Suggestion(
            Verdict.DISPUTED, 60, f"the article is dated {readable(on.isoformat())}, not {readable(claimed)}"
        )
    recorded = weekday_disagrees(claim, claimed, on) or day_of_its_record(claim, claimed, index, on)
    if recorded is not None:
        return recorded  # "ruled on Wednesday": its record's day; "On December 8, late on a Wednesday": not one
    related = [m for m in index.find_excerpts(claim.sentence, limit=3) if m.score >= _RELATED]
    # a long sentence: the words around the date say which excerpt tells of it ("rejected by 64% on Oct. 23")
    nearby = excerpts_around(claim, index, limit=3, cutoff=_RELATED)
    term = term_date(claim, claimed, index, on, near_date)
    if term is not None and term.verdict is Verdict.VERIFIED:
        return term  # "took over from Philip Lowe on Sept. 18": the register's term start, over the old term's end
    written_here = _other_dates_here(claim, on)
    law = names_a_law(claim.sentence, at + len(claim.text))  # "the 2018 ... Act": not the year of its ruling
    placed = _date_in_place(claim, claimed, index, [*related, *nearby], on, counts, written_here)
    if placed is not None and not (law and placed.verdict is Verdict.DISPUTED):
        return placed
    for match in _unseen([*related, *nearby]):
        known = [place.iso for place in dates_told(match.excerpt, match.source.date)]
        known += [match.source.date.isoformat()] if match.source.date else []
        if any(agrees(claimed, day) for day in known):
            return Suggestion(
                Verdict.VERIFIED, int(min(85, match.score)), f"{match.source.id} has the same date", _evidence([match])
            )
    if term is not None:
        return term  # "sworn in on May 20": the register's term for the person named
    if parts(claimed)[1] is None:  # a year alone: only the release reporting the event, of another year, disputes it
        issued = None if law else _issued_on_another_day(claimed, related, on, written_here, counts)
        return issued or Suggestion(
            Verdict.UNSUPPORTED, 50, "no source in the store gives this year", _evidence(related)
        )
    if in_dateline(claim.sentence, at):
        return Suggestion(Verdict.UNSUPPORTED, 50, "no source in the store gives this date", _evidence(related))
    # an excerpt about the sentence, or about the words around the date, disputes with a date one slip away
    # (the same month, or the same day of another month)
    about = [*((m, 75) for m in related), *((m, 70) for m in nearby)]
    if named_without_date(claim):
        about = []  # any day of the report's week is "one slip" from another: only a date in its place disputes it
    if any(agrees(claimed, place.iso) for match, _ in about for place in dates_told(match.excerpt, match.source.date)):
        about = []  # "Masters champion 2022 and 2024": a source about the sentence gives the claim's year too
    for match, confidence in about:
        given = [
            place.iso
            for place in dates_in(match.excerpt)  # a day named by its weekday must stand in the claim's place
            if near_date(claimed, place.iso)
            and counts(place.iso)
            and not any(agrees(other, place.iso) for other in written_here)
        ]  # "from July 2022 ... peaked in October 2022": the source's October 2022 is the sentence's other date
        if given:
            return Suggestion(
                Verdict.DISPUTED,
                int(min(confidence, match.score)),
                f"{match.source.id} dates it {as_claimed(readable(given[0]), given[0], claimed)}, "
                f"not {readable(claimed)}",
                _evidence([match]),
            )
    issued = _issued_on_another_day(claimed, related, on, written_here, counts)
    if issued is not None and not named_without_date(claim):  # a release of the next day reports "Saturday"
        return issued
    return Suggestion(Verdict.UNSUPPORTED, 50, "no source in the store gives this date", _evidence(related))


def _issued_on_another_day(
    claimed: str,
    related: list[ExcerptMatch],
    on: dt.date | None,
    written_here: list[str],
    counts: Callable[[str], bool],
) -> Suggestion | None:
    """A primary source about the sentence (a statement, a release, a record), issued one slip from the claimed
    day, that gives no date of its own: what it announces happened the day it was issued ("nominated Jackson
    on Feb. 28" against the White House release of February 25; "sold at Christie's in 2014" against the auction
    house's release of May 11, 2015; "Speech by President X at the European Parliament", by its title). A report
    of a later day is not so read."""
    for match in related:
        issued = match.source.date
        wanted = _RELATED if match.excerpt == match.source.title else _ISSUED_RELATED  # a title: what it is of
        if issued is None or match.source.type is not SourceType.PRIMARY or match.score < wanted:
            continue
        if (on is not None and issued > on) or not counts(issued.isoformat()):
            continue
        if any(compared(claimed, place.iso) is not None for text in match.source.excerpts for place in dates_in(text)):
            continue  # the source dates what it tells of itself
        if compared(claimed, issued.isoformat()) is None or agrees(claimed, issued.isoformat()):
            continue
        if any(agrees(other, issued.isoformat()) for other in written_here):
            continue  # "won on March 9 and was sworn in on March 14": the release is of the sentence's other day
        if near_date(claimed, issued.isoformat()) or year_slip(claimed, issued.isoformat()):
            return Suggestion(
                Verdict.DISPUTED,
                int(min(65, match.score)),
                f"{match.source.id}, which reports it, is of {readable(issued.isoformat())}, not {readable(claimed)}",
                _evidence([match]),
            )
    return None


def _other_dates_here(claim: Claim, on: dt.date | None) -> list[str]:
    """The sentence's other dates, written out or named alone ("7.9% in June from 8.7% in May")."""
    written = [other.iso for other in dates_in(claim.sentence) if other.written != claim.text]
    span = claim.span_in_sentence()
    return written + days_named_in(claim.sentence, on, span[0] if span else -1)


def _unseen(matches: list[ExcerptMatch]) -> list[ExcerptMatch]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for match in matches:
        if (match.source.id, match.excerpt) not in seen:
            seen.add((match.source.id, match.excerpt))
            kept.append(match)
    return kept


def _date_in_place(
    claim: Claim,
    claimed: str,
    index: StoreIndex,
    found: list[ExcerptMatch],
    on: dt.date | None,
    counts: Callable[[str], bool],
    written_here: list[str],
) -> Suggestion | None:
    """Verified or disputed by the date a source gives where the claim's stands, if one stands there: the
    best placed date that agrees against the best placed one that does not."""
    span = claim.span_in_sentence()
    if span is None or in_dateline(claim.sentence, span[0]):
        return None
    mine = place_at(claim.sentence, *span, claim.text, claimed)
    # "the 2017 Grenfell Tower fire": what the year names finds the source that dates it, whatever else the
    # sentence is about
    named = index.find_excerpts(" ".join(sorted(mine.named)), limit=3, cutoff=_AROUND) if len(mine.named) > 1 else []
    # "indicted them on Dec. 17" in a long sentence: an excerpt about the sentence, if not above _RELATED
    loosely = index.find_excerpts(claim.sentence, limit=5, cutoff=_AROUND)
    candidates = _unseen([*found, *excerpts_around(claim, index, limit=5, cutoff=_AROUND), *named, *loosely])
    sentence_words = set(content_words(claim.sentence))
    agreeing: tuple[int, DatePlace, ExcerptMatch] | None = None
    differing: tuple[int, DatePlace, ExcerptMatch] | None = None
    alone = named_without_date(claim)
    for match in candidates:
        excerpt_words = set(content_words(match.excerpt))
        names_it = len(stems(mine.named) & stems(excerpt_words)) >= _NAMED_ALIKE  # the event the year names
        told = dates_told(match.excerpt, match.source.date)
        for place in told:
            if not counts(place.iso) or compared(claimed, place.iso) is None:
                continue
            if any(agrees(other, place.iso) for other in written_here) and stands_for_another(
                mine, place, told, claim.sentence
            ):
                continue  # a date the sentence also writes ("since September 2023") stands where that one does
            if place.implied and parts(claimed)[1] is None:
                continue  # "on Monday" is a day of the report's week, no year's ("has led the party since 2013")
            if _of_another_year(claimed, place.iso, alone, on):
                continue  # "said in July" is of the report's year: "became chief executive on June 1, 2020" is not it
            if on is not None and looks_back(mine) and place.iso[:4].isdigit() and int(place.iso[:4]) > on.year:
                continue  # "last hosted the Games in 1964", in 2013: the source's Games of 2020 are still to come
            if _a_plan_of_its_day(claimed, place.iso, match):
                continue  # a release of the claimed day tells of a later day as ahead ("to strike on August 1")
            if place.implied and _weeks_apart(claimed, place.iso):
                continue  # a release's "today" (May 10) tells of its own week, not of "the veto on April 18"
            score = same_place(mine, place) + (match in found)  # an excerpt about the sentence is a step nearer
            # "the 2017 Grenfell Tower fire" and "The fire at Grenfell Tower broke out ... on 14 June 2017": one thing
            score += 2 if names_it else -_other_thing(mine, place, sentence_words, excerpt_words)
            if alone and not agrees(claimed, place.iso) and not tells_what_happened(mine, place, match.excerpt):
                continue  # "SVB Financial Group said on Wednesday" against "Shares of SVB Financial Group
                # plunged 60% on Thursday": the same company, not the same event
            if agrees(claimed, place.iso):
                agreeing = agreeing if agreeing is not None and agreeing[0] >= score else (score, place, match)
            elif differing is None or (score, near_date(claimed, place.iso)) > (
                differing[0],
                near_date(claimed, differing[1].iso),
            ):
                differing = (score, place, match)  # a tie goes to the date one slip away (a range's other end)
    if (
        agreeing is not None
        and agreeing[0] >= _SAME_PLACE
        and (differing is None or agreeing[0] >= differing[0] or alone)
    ):
        # a source giving the very day a weekday names, in its place, bears it out whatever else is dated nearby
        _, place, match = agreeing
        return Suggestion(
            Verdict.VERIFIED,
            int(min(80, match.score)),
            f"{match.source.id} gives the same date ({_as_given(place)})",
            _evidence([match]),
        )
    if differing is None or (agreeing is not None and agreeing[0] >= differing[0]):
        return None
    if differing[0] < _IN_PLACE and not (
        differing[0] >= _SAME_PLACE
        and not (alone and str(claim.fields["date"]).startswith("--"))  # "up from 9.9% in September": another
        # month of the same series
        and (near_date(claimed, differing[1].iso) or _year_slip_to_another_time(claimed, differing[1].iso, on))
        and not any(m.source.date and agrees(claimed, m.source.date.isoformat()) for m in found)
    ):
        return None  # placed as firmly as a date that bears one out, a date one slip away contradicts it (unless
        # a report about the sentence is of the claimed day)
    _, place, match = differing
    if _one_of_listed_years(claim) and not year_slip(claimed, place.iso):
        return None  # "after wins in 1997, 2001, 2002 and 2005": a source's 2019 is another win, not one of these
    if any(
        agrees(claimed, other.iso) for told in {match, *found} for other in dates_told(told.excerpt, told.source.date)
    ):
        return None  # "ran January 23, 2014 to March 9, 2014": a source about the sentence gives the claim's date
    if alone and re.search(rf"\b{re.escape(claim.text)}\b", match.excerpt):
        return None  # "Each month from June to December in 2023": the source names the claim's month too
    year_written = re.compile(rf"(?<![\w-]){claimed}(?![\w-])")
    if re.fullmatch(r"\d{4}", claimed) and any(year_written.search(told.excerpt) for told in {match, *found}):
        return None  # "won in Beijing 2008, London 2012": the source writes the year, in a name of its games
    return Suggestion(
        Verdict.DISPUTED,
        int(min(75, match.score)),
        f"{match.source.id} dates it {as_claimed(_as_given(place), place.iso, claimed)}, not {readable(claimed)}",
        _evidence([match]),
    )


_LISTED_YEARS = re.compile(
    r"\b(?:1[89]|20)\d\d(?:,\s+(?:and\s+)?(?:1[89]|20)\d\d){1,}(?:,?\s+and\s+(?:1[89]|20)\d\d)?\b"
)


def _one_of_listed_years(claim: Claim) -> bool:
    """Whether the claim is a year in a list of three or more ("in 1997, 2001, 2002 and 2005")."""
    span = claim.span_in_sentence()
    return span is not None and any(
        found.start() <= span[0] < found.end() and len(re.findall(r"\d{4}", found.group())) >= 3
        for found in _LISTED_YEARS.finditer(claim.sentence)
    )


def _of_another_year(claimed: str, given: str, alone: bool, on: dt.date | None) -> bool:
    """A date of another year than a month or weekday named alone (of the report's own year), or two years and more
    from the article's for a day written without its year ("on July 25", in a report of 2023)."""
    given_year, claimed_year = parts(given)[0], parts(claimed)[0]
    if given_year is None:
        return False
    if alone:
        return claimed_year is not None and given_year != claimed_year
    return claimed_year is None and on is not None and abs(given_year - on.year) > 1


_NEAR_ITS_DAY = 14  # days: a report's "today" or "on Monday" dates only a claimed day this near it


def _weeks_apart(claimed: str, given: str) -> bool:
    """Whether a claimed day (its year, if unwritten, taken as the given day's) is more than two weeks from it,
    or a claimed month more than a month."""
    (year, month, day), (given_year, given_month, given_day) = parts(claimed), parts(given)
    if month is not None and day is None and given_year is not None and given_month is not None:
        # "resigned in May 2018" against a report's "on Tuesday" of July 2019: a month away and more
        return abs((year or given_year) * 12 + month - given_year * 12 - given_month) > 1
    if month is None or day is None or given_year is None or given_month is None or given_day is None:
        return False
    try:
        apart = dt.date(year or given_year, month, day) - dt.date(given_year, given_month, given_day)
    except ValueError:
        return False
    return abs(apart.days) > _NEAR_ITS_DAY


def _a_plan_of_its_day(claimed: str, given: str, match: ExcerptMatch) -> bool:
    """A source issued on the claimed day giving a later day: what it expects, not when its news happened."""
    issued = match.source.date
    if issued is None or not agrees(claimed, issued.isoformat()):
        return False
    if re.fullmatch(r"--\d\d-\d\d", given):  # "August 1" in a release of July 25: of the release's year
        return given[2:] > issued.isoformat()[5:]
    return len(given) == len("2023-08-01") and given > issued.isoformat()


def _year_slip_to_another_time(claimed: str, given: str, on: dt.date | None) -> bool:
    """A year one or two off, unless the source's is the article's own year: "also won the Masters in 2022" in
    a report of 2024 tells of an earlier win, which a source's "2024" does not contradict."""
    return year_slip(claimed, given) and not (on is not None and given == str(on.year) and claimed < given)


def _other_thing(mine: DatePlace, place: DatePlace, sentence_words: set[str], excerpt_words: set[str]) -> int:
    """2 when the words right before the two dates name two things, neither of which the other text
    mentions: "first reduction since 2020" against "first dissent ... on a rate decision since 2005"."""
    if not mine.before or not place.before or mine.before[-1] == place.before[-1]:
        return 0
    if len(mine.named & place.named) >= _NAMED_ALIKE:
        return 0  # "set by the 1938 Labor Day hurricane" and "ties the 1935 Labor Day hurricane": one thing
    if mine.range_end is not None and mine.range_end == place.range_end:
        return 0  # "led Britain from 2005 to 2016", "prime minister from 2010 to 2016": one term, however named
    if stems(_parts_of(mine.before)) & stems(_parts_of(place.before)):
        return 0  # "The building, constructed in" and "The building was built in"; "crashed" and "crash-landed"
    if any(same_moment(said, given) for said in mine.before for given in place.before):
        return 0  # "take effect" and "will apply from": one moment, worded otherwise
    return 2 * int(place.before[-1] not in sentence_words and mine.before[-1] not in excerpt_words)


_NAMED_ALIKE = 2  # words of what two years name in common ("World Cup") that make it one thing


def _parts_of(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(part for word in words for part in (word, *word.split("-")) if part)


def _as_given(place: DatePlace) -> str:
    """ "December 1, 2021", and as the source writes it where that differs ("Dec. 1, 2021")."""
    plainly = readable(place.iso)
    return plainly if place.written.replace(",", "") == plainly.replace(",", "") else f"{plainly} ({place.written})"
