"""Check person and role claims against the register: spelling, and title on the article's date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factdesk.claims.check.offices import is_party, office_words, same_office
from factdesk.claims.dates import DATE_PATTERN, date_from_match
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import NameMatch, StoreIndex
from factdesk.sources.model import Person, Role
from factdesk.sources.text import fold

NEAR_MISS = 85.0  # token_sort_ratio at or above this, but not exact, is a misspelling


def register_line(person: Person, roles: tuple[Role, ...] | None = None) -> str:
    """How a register entry reads in evidence: 'Tzachi Hanegbi (also Tzahi Hanegbi): National Security Advisor, ...'."""
    aliases = f" (also {', '.join(person.aliases)})" if person.aliases else ""
    shown = person.roles if roles is None else roles
    described = "; ".join(role.describe() for role in shown)
    return f"{person.name}{aliases}: {described}" if described else f"{person.name}{aliases}"


def person_evidence(match: NameMatch, roles: tuple[Role, ...] | None = None) -> Evidence:
    return Evidence(f"person:{match.person.name}", "person", register_line(match.person, roles), match.score)


def resolve(index: StoreIndex, name: str) -> NameMatch | None:
    """The register person `name` refers to: exact, a near miss, or a unique surname."""
    matches = index.find_person(name, limit=2)
    if matches and matches[0].score >= NEAR_MISS:
        return matches[0]
    if " " not in name.strip():
        people = index.people_with_surname(name)
        if len(people) == 1:
            return NameMatch(people[0], people[0].name, 100.0)
    return None


def check_person(claim: Claim, index: StoreIndex) -> Suggestion:
    name = claim.fields["name"]
    match = resolve(index, name)
    if match is None:
        others = index.people_with_surname(name.split()[-1])
        if others:
            listed = ", ".join(person.name for person in others[:3])
            return Suggestion(
                Verdict.UNSUPPORTED,
                50,
                f"“{name}” is not in the register; it has {listed} with that surname",
                tuple(Evidence(f"person:{p.name}", "person", register_line(p), 60.0) for p in others[:3]),
            )
        return Suggestion(Verdict.UNSUPPORTED, 60, f"“{name}” is not in the register")
    if match.exact:
        how = (
            "the register's spelling"
            if match.spelling == match.person.name
            else f"an accepted spelling of {match.person.name}"
        )
        return Suggestion(Verdict.VERIFIED, 95, f"“{name}” is {how}", (person_evidence(match),))
    return Suggestion(
        Verdict.DISPUTED,
        int(match.score),
        f"misspelled? The register spells it “{match.person.name}”"
        + (f" (also “{match.spelling}”)" if match.spelling != match.person.name else ""),
        (person_evidence(match),),
    )


def titles_match(claimed: str, registered: str, org: str | None = None) -> bool:
    """Same office, whatever the word order, spelling or short form (see `offices.same_office`)."""
    return same_office(claimed, registered, org)


def _org_fits(claimed: str | None, role: Role) -> bool:
    if claimed is None:
        return True
    said = office_words(claimed)
    if said and said <= office_words(role.title) | office_words(role.org or ""):
        return True  # "the Conservative leader": Leader of the Conservative Party
    if role.org is None:
        return True
    return fold(claimed) == fold(role.org) or said == office_words(role.org) or _acronym_of(claimed, role.org)


def _acronym_of(short: str, long: str) -> bool:
    """ "USI" for "University of Southern Indiana", "UN" for "United Nations"."""
    letters = short.replace(".", "")
    initials = "".join(word[0] for word in long.split() if word[:1].isupper())
    return letters.isupper() and len(letters) >= 2 and letters == initials


@dataclass(frozen=True, slots=True)
class _When:
    """The time a role claim is about: the article's date, or a date its own sentence gives."""

    first: dt.date
    last: dt.date
    label: str  # "on 2024-03-25", "in 2021-09"

    def holds(self, role: Role) -> bool:
        return (role.start is None or role.start <= self.last) and (role.end is None or role.end >= self.first)

    def surely_holds(self, role: Role) -> bool:
        """Held even on the narrowest reading of a partial term (from 2009: held from 2009-12-31 on)."""
        since, until = role.surely_from, role.surely_until
        return (since is None or since <= self.last) and (until is None or until >= self.first)


# A date that says when something began, ended or happened to someone else is not when the title was held.
_NOT_WHEN = re.compile(r"(?i:\b(?:born|died|until|till|since|from|by|before|after|ends?|expires?)\W+(?:\w+\W+)?)$")
_YEAR = re.compile(r"\b(?:in|In|during|During)\s+(?P<year>(?:19|20)\d\d)\b(?!-|\s*[–—-]\s*\d)")


def _sentence_dates(sentence: str, on: dt.date | None) -> list[tuple[int, _When]]:
    """(offset, period) for each date the sentence gives that is not after the article's date."""
    found: list[tuple[int, _When]] = []
    for match in DATE_PATTERN.finditer(sentence):
        if _NOT_WHEN.search(sentence[max(0, match.start() - 24) : match.start()]):
            continue
        value = date_from_match(match)
        if isinstance(value, dt.date):
            found.append((match.start(), _When(value, value, f"on {value}")))
        elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = map(int, value.split("-"))
            last = (dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
            found.append((match.start(), _When(dt.date(year, month, 1), last, f"in {value}")))
        elif isinstance(value, str) and on is not None and value.startswith("--"):
            try:
                day = dt.date(on.year, int(value[2:4]), int(value[5:7]))
            except ValueError:
                continue
            found.append((match.start(), _When(day, day, f"on {day}")))
    for match in _YEAR.finditer(sentence):
        year = int(match["year"])
        found.append((match.start("year"), _When(dt.date(year, 1, 1), dt.date(year, 12, 31), f"in {year}")))
    return [(at, when) for at, when in found if on is None or when.first <= on]


def _when(claim: Claim, person: str, on: dt.date | None) -> _When | None:
    """A date written in the claim's own sentence (the nearest to the name), else the article's date."""
    dates = _sentence_dates(claim.sentence, on)
    if dates:
        at = claim.sentence.find(person.split()[-1])
        return min(dates, key=lambda item: abs(item[0] - at))[1]
    return None if on is None else _When(on, on, f"on {on}")


_PAST_MARKER = r"(?:under|then[- ]|former|ex-|the\s+late|during)\s*"


def _spoken_of_as_past(sentence: str, title: str, person: str) -> bool:
    """ "under President Joe Biden", "then-Secretary of State X", "former Senator X": a title of that time."""
    words = r"\s+".join(map(re.escape, title.split()))
    pattern = rf"\b{_PAST_MARKER}(?:[\w.'’-]+\s+){{0,3}}?{words}\b"
    return re.search(pattern, sentence, re.IGNORECASE) is not None


def check_role(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion:
    """The title against the register, as of a date the sentence gives, else the article's date `on`."""
    person_name, title, org = claim.fields["person"], claim.fields["role"], claim.fields.get("org")
    match = resolve(index, person_name)
    if match is None:
        return Suggestion(
            Verdict.UNSUPPORTED, 60, f"“{person_name}” is not in the register, so the title cannot be checked"
        )
    person = match.person
    if org and is_party(org) and office_words(title) == {"leader"}:
        title, org = f"{org} {title}", None  # "the Republican leader": the party's leader in the chamber
    same_title = tuple(
        role for role in person.roles if titles_match(title, role.title, role.org) and _org_fits(org, role)
    )
    spelled = "" if match.exact else f"; the article spells the name “{person_name}”, the register “{person.name}”"
    when = _when(claim, person_name, on)
    if when is None:
        if same_title:
            verdict = Verdict.VERIFIED if match.exact else Verdict.DISPUTED
            return Suggestion(
                verdict,
                60,
                f"{person.name} held the title {title} (no article date to check the term){spelled}",
                (person_evidence(match, same_title),),
            )
        return Suggestion(
            Verdict.UNSUPPORTED,
            50,
            f"the register gives {person.name} no title like {title}",
            (person_evidence(match),),
        )
    held_then = tuple(role for role in same_title if when.holds(role))
    if held_then and not any(when.surely_holds(role) for role in held_then):
        return _unrecorded_day(person.name, held_then, when, spelled, person_evidence(match, held_then))
    if held_then:
        if match.exact:
            return Suggestion(
                Verdict.VERIFIED,
                92,
                f"{person.name} was {held_then[0].title} {when.label}",
                (person_evidence(match, held_then),),
            )
        return Suggestion(
            Verdict.DISPUTED,
            int(match.score),
            f"the title is right {when.label}{spelled}",
            (person_evidence(match, held_then),),
        )
    if same_title and on is not None and _spoken_of_as_past(claim.sentence, title, person_name):
        earlier = tuple(role for role in same_title if role.start is None or role.start <= on)
        if earlier:
            role = earlier[0]
            held = f"from {role.start_text} " if role.start else ""
            held += f"until {role.end_text}" if role.end else ""
            return Suggestion(
                Verdict.VERIFIED if match.exact else Verdict.DISPUTED,
                70,
                f"{person.name} held the title {role.title} {held.strip()}; the sentence speaks of that time{spelled}",
                (person_evidence(match, earlier),),
            )
    if same_title:
        role = min(same_title, key=lambda r: _distance(r, when))
        term = f"from {role.start_text}" if role.start and when.last < role.start else f"until {role.end_text}"
        held_instead = tuple(other for other in person.roles if when.holds(other))
        instead = (
            f"; {when.label} the register gives {', '.join(r.title for r in held_instead)}" if held_instead else ""
        )
        return Suggestion(
            Verdict.DISPUTED,
            85,
            f"{person.name} was {role.title} only {term}, not {when.label}{instead}{spelled}",
            (person_evidence(match, same_title + held_instead),),
        )
    other_roles = tuple(role for role in person.roles if when.holds(role))
    if other_roles:
        titles = ", ".join(role.title for role in other_roles)
        return Suggestion(
            Verdict.DISPUTED,
            80,
            f"{when.label} the register gives {person.name} as {titles}, not {title}{spelled}",
            (person_evidence(match, other_roles),),
        )
    return Suggestion(
        Verdict.UNSUPPORTED,
        55,
        f"the register has no title for {person.name} {when.label}",
        (person_evidence(match),),
    )


def _unrecorded_day(name: str, roles: tuple[Role, ...], when: _When, spelled: str, evidence: Evidence) -> Suggestion:
    """A term whose partial start or end leaves `when` undecided: say so rather than verify or dispute."""
    role = roles[0]
    since = role.surely_from
    bound = role.start_text if since is not None and when.last < since else role.end_text
    return Suggestion(
        Verdict.UNSUPPORTED,
        50,
        f"{name} held the office of {role.title} in {bound}; the day is not recorded, so the register "
        f"cannot say whether {when.label}{spelled}",
        (evidence,),
    )


def _distance(role: Role, when: _When) -> int:
    """Days between a term and the time asked about (0 if they overlap)."""
    if role.start is not None and when.last < role.start:
        return (role.start - when.last).days
    if role.end is not None and when.first > role.end:
        return (when.first - role.end).days
    return 0
