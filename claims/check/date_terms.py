"""A date a sentence gives for taking an office ("sworn in on May 20", "took office in 2017") against the
start of the term the register records for a person the sentence names.

Sources seldom repeat the day someone took office; the register's terms record it. The date must follow a
verb of taking office closely, and a term whose title the sentence also writes is preferred to the named
people's other terms. A date that agrees with a term's start bears it out; one slip away from the one term
that could be meant is disputed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from factdesk.claims.check.date_places import compared, end_of_a_range, parts, readable, year_slip
from factdesk.claims.check.offices import office_words
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Person, Role

_TAKING_OFFICE = re.compile(
    r"(?i)\b(?:appointed|named|sworn\s+in|swore\s+in|(?:took|take|takes|taking)\s+(?:office|over|the\s+oath)|"
    r"assumed\s+office|became|become|becomes|elected|re-elected|inaugurated|installed|confirmed|succeeded)\b"
)
_STILL_TO_COME = re.compile(r"(?i)\b(?:to|will|would|shall)\s+(?:be\s+)?$")
_ANOTHER_EVENT = re.compile(r"(?i)\b(?:after|before|when|following|since|until|while|during|won|lost|held)\b")
_VERB_BEFORE = 80  # characters: how near before the date the verb of taking office stands
_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
_YEARLESS = 366  # days: how near the article's date the term a day without its year begins


def term_date(
    claim: Claim, claimed: str, index: StoreIndex, on: dt.date | None, near: Callable[[str, str], bool]
) -> Suggestion | None:
    """Verified or disputed by the start of a term of a person the sentence names; None if none is meant.
    `near` says whether two dates are one slip apart."""
    end = _end_of_a_range(claim)
    since = _held_since(claim)
    if end is None and since is None and not _after_taking_office(claim):
        return None
    span = claim.span_in_sentence()
    # "Britain became the first to approve it on Dec. 2, and Keenan became ...": who took office on the date is
    # named before the verb before it, not after the date
    named_in = claim.sentence if end is not None or since is not None or span is None else claim.sentence[: span[0]]
    terms = _terms_of_people_named(named_in, index)
    if end is not None:
        return _range_end(claimed, end, terms, near)
    if since is not None:
        # "who has been president since 2012": only a term whose title the sentence writes is meant, and a
        # term that began in the January after the year claimed began with an election in that year
        # "Emanuel, a former chief of staff under President Barack Obama, has led the city since 2011": neither
        # a name nor a title in an apposition is what "has led" it
        unapposed = _APPOSITION.sub(lambda found: " " * len(found[0]), claim.sentence)
        holder = _named_last_before(unapposed, since, index)
        terms = [(p, r) for p, r in terms if p.name == holder and _title_written(unapposed, r)]
        if any(r.start and r.start.month == 1 and str(r.start.year - 1) == claimed[:4] for _, r in terms):
            return None
    if parts(claimed)[0] is None:
        # "sworn in on May 20": a day without its year is near the article's date, and so is the term meant
        terms = [(p, r) for p, r in terms if on is not None and r.start and abs((r.start - on).days) <= _YEARLESS]
    titled = [(person, role) for person, role in terms if _title_written(claim.sentence, role)]
    for person, role in [*titled, *terms]:  # the term of the title written first, then any named person's
        pair = compared(claimed, role.start_text or "")
        if pair is not None and pair[0] == pair[1]:
            return Suggestion(
                Verdict.VERIFIED,
                70,
                f"the register gives {person.name} as {role.title} from {readable(role.start_text or '')}",
                (_evidence(person, role),),
            )
    slips = [(person, role) for person, role in titled if _slip(claimed, role.start_text or "", near)]
    slips = slips or [(person, role) for person, role in terms if _slip(claimed, role.start_text or "", near)]
    if len({(person.name, role.start) for person, role in slips}) != 1:
        return None  # no term, or several, one slip away: which was meant is unknown
    person, role = slips[0]
    if _voted_in(claim) and _days_before(claimed, role) in range(0, _TO_TAKE_OFFICE):
        return None  # "re-elected prime minister on Thursday", sworn in the day after: the vote is not the term
    return Suggestion(
        Verdict.DISPUTED,
        65,
        f"the register gives {person.name} as {role.title} from {readable(role.start_text or '')}, "
        f"not {readable(claimed)}",
        (_evidence(person, role),),
    )


def _end_of_a_range(claim: Claim) -> tuple[str, int] | None:
    span = claim.span_in_sentence()
    return None if span is None else end_of_a_range(claim.sentence, *span)


def _range_end(
    claimed: str, range_end: tuple[str, int], terms: list[tuple[Person, Role]], near: Callable[[str, str], bool]
) -> Suggestion | None:
    """A year that begins (or ends) a range against the first (or last) year of a named person's term; when the
    range's other year is the other bound of one term only, that term is the one meant, however far off."""
    end, other_year = range_end
    word = "from" if end == "start" else "until"

    def bound(role: Role) -> str:
        return (role.start_text if end == "start" else role.end_text) or ""

    def other(role: Role) -> str:
        return (role.end_text if end == "start" else role.start_text) or ""

    year = parts(claimed)[0]
    for person, role in terms:
        if bound(role) and parts(bound(role))[0] == year:
            said = f"the register gives {person.name} as {role.title} {word} {readable(bound(role))}"
            return Suggestion(Verdict.VERIFIED, 70, said, (_evidence(person, role),))
    meant = {(p.name, bound(r)): (p, r) for p, r in terms if bound(r) and parts(other(r))[0] == other_year}
    slips = meant if len(meant) == 1 else {}
    slips = slips or {(p.name, bound(r)): (p, r) for p, r in terms if _slip(claimed, bound(r), near)}
    if len(slips) != 1:
        return None  # no term, or several, a year or two off: which was meant is unknown
    person, role = next(iter(slips.values()))
    said = f"the register gives {person.name} as {role.title} {word} {readable(bound(role))}, not {readable(claimed)}"
    return Suggestion(Verdict.DISPUTED, 65, said, (_evidence(person, role),))


def _after_taking_office(claim: Claim) -> bool:
    """ "was sworn in on May 20", "took office in 2017": a verb of taking office just before the date, with
    no other number between."""
    span = claim.span_in_sentence()
    if span is None:
        return False
    before = claim.sentence[max(0, span[0] - _VERB_BEFORE) : span[0]]
    verbs = list(_TAKING_OFFICE.finditer(before))
    if verbs and _STILL_TO_COME.search(before[: verbs[-1].start()]):
        return False  # "clearing the way for X to take office in October": a term to come, of a later year
    between = before[verbs[-1].end() :] if verbs else ""
    # "became Chancellor after Labour won the July 4 election": the date is another event's
    return bool(verbs) and not re.search(r"\d", between) and not _ANOTHER_EVENT.search(between)


_VOTED_IN = re.compile(r"(?i)\b(?:elected|re-elected|confirmed|appointed|named|nominated)\b")
_TO_TAKE_OFFICE = 92  # days: how long after the vote or the appointment a term may begin


def _voted_in(claim: Claim) -> bool:
    """Whether the verb before the date is a vote or an appointment, which a term's start may follow."""
    span = claim.span_in_sentence()
    verbs = list(_TAKING_OFFICE.finditer(claim.sentence[max(0, span[0] - _VERB_BEFORE) : span[0]])) if span else []
    return bool(verbs) and _VOTED_IN.fullmatch(verbs[-1][0]) is not None


def _days_before(claimed: str, role: Role) -> int:
    """How many days before the term's start the claimed day is (-1 if it is no full date)."""
    if role.start is None:
        return -1
    try:  # "on Nov. 16": a day without its year is of the term's year
        return (role.start - dt.date.fromisoformat(claimed.replace("--", f"{role.start.year}-", 1))).days
    except ValueError:
        return -1


_SINCE = re.compile(r"(?i)\bsince\s+$")


def _held_since(claim: Claim) -> int | None:
    """Where the date starts in its sentence when it is one a title has been held since ("president since
    2012", "chief executive since May 2019"); None otherwise."""
    span = claim.span_in_sentence()
    if span is None or _SINCE.search(claim.sentence, max(0, span[0] - 8), span[0]) is None:
        return None
    return span[0]


def _slip(claimed: str, start: str, near: Callable[[str, str], bool]) -> bool:
    """One slip from a term's start: the same month or day (as dates are compared), or a year or two off."""
    if compared(claimed, start) is None:
        return False
    year, month, _ = parts(claimed)
    if month is None and year is not None:
        return year_slip(claimed, start)
    return near(claimed, start)


def _terms_of_people_named(sentence: str, index: StoreIndex) -> list[tuple[Person, Role]]:
    people: dict[str, Person] = {}
    for word in _NAME.findall(sentence):
        for person in index.people_with_surname(word):
            people.setdefault(person.name, person)
    return [(person, role) for person in people.values() for role in person.roles if role.start is not None]


def _named_last_before(sentence: str, at: int, index: StoreIndex) -> str | None:
    """The register's person named last before `at`: "Niinistö, 74, who has been president since" is Niinistö's."""
    named = None
    for word in _NAME.finditer(sentence, 0, at):
        people = index.people_with_surname(word.group())
        named = people[0].name if len(people) == 1 else named
    return named


_APPOSITION = re.compile(r",\s+(?:a|an|the|former)\s[^,;]*,")


def _title_written(sentence: str, role: Role) -> bool:
    wanted = office_words(role.title) - office_words(role.org or "")
    return bool(wanted) and wanted <= office_words(sentence)


def _evidence(person: Person, role: Role) -> Evidence:
    return Evidence(f"person:{person.name}", "person", f"{person.name}: {role.describe()}", 70.0)
