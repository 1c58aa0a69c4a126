"""Who held an office on a day, for a title given to someone the register does not know.

"INE President Lorenzo Cordova" where the register has Guadalupe Taddei as President of the National
Electoral Institute on that day: the title is given to the wrong person. Only offices one person holds at a
time (a president, a prime minister, a chair, a chief executive of one body) are asked about, and only when
the article names the body: there are a hundred senators, and a register never lists them all. A title
written without its body ("Finance Minister Taro Aso") is asked about only when the register knows that
office at one body alone: a store for the article then holds that country's minister.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Callable

from factdesk.claims.check.offices import office_words, same_office
from factdesk.claims.check.role_orgs import org_fits
from factdesk.claims.check.role_time import spoken_of_as_past
from factdesk.claims.model import Claim
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Person, Role
from factdesk.sources.text import fold

# Heads of offices held by one person at a time
_SOLE_HEADS = frozenset(
    "president premier chancellor chair chairman chairwoman chairperson governor mayor speaker "
    "secretary-general director-general ceo king queen emir pope".split()
)
_SOLE_PHRASES = ("prime minister", "chief executive", "managing director", "secretary general", "director general")
_RANKS = frozenset("vice deputy acting interim assistant associate first second co".split())

_HOLDERS: weakref.WeakKeyDictionary[StoreIndex, list[tuple[Person, Role]]] = weakref.WeakKeyDictionary()


def is_sole_office(title: str) -> bool:
    """Whether one person holds this title at a time (a president, a finance minister; not a senator, a
    vice president or a minister of state)."""
    words = set(office_words(title))
    if words & _RANKS:
        return False
    folded = " ".join(re.findall(r"[a-z]+(?:-[a-z]+)?", title.lower()))
    portfolio_minister = "minister" in words and bool(words - {"minister", "state", "without", "portfolio"})
    return bool(words & _SOLE_HEADS) or any(phrase in folded for phrase in _SOLE_PHRASES) or portfolio_minister


def holders(
    index: StoreIndex, title: str, on: dt.date | None, same_office: Callable[[str, Role], bool]
) -> list[tuple[Person, Role]]:
    """The register's people who held this sole office on `on`, or ever when `on` is None (`same_office` says
    whether a role is it)."""
    sole = _HOLDERS.get(index)
    if sole is None:
        sole = _HOLDERS[index] = [
            (person, role) for person in index.store.people for role in person.roles if is_sole_office(role.title)
        ]
    return [
        (person, role)
        for person, role in sole
        if role.org is not None
        and same_office(title, role)
        and (on is None or role.start is None or role.start <= on)
        and (on is None or role.end is None or role.end >= on)
    ]


def sole_holder(claim: Claim, index: StoreIndex, on: dt.date | None) -> tuple[Person, Role] | None:
    """The one register person who held the claim's sole office at the body it names, on the day."""
    title, org = claim.fields["role"], claim.fields.get("org")
    if on is None or not is_sole_office(title) or spoken_of_as_past(claim.sentence, title, ""):
        return None

    def is_it(written: str, role: Role) -> bool:
        return same_office(written, role.title, role.org) and org_fits(org, role)

    if not org and len({fold(role.org or "") for _, role in holders(index, title, None, is_it)}) != 1:
        return None  # "Prime Minister X" with no country: only where the register knows one such office
    people = {person.name: (person, role) for person, role in holders(index, title, on, is_it)}
    if len(people) != 1:
        return None
    person, role = next(iter(people.values()))
    if not org and person.name.split()[-1] in claim.sentence:
        return None  # "U.S. President Joe Biden called it unity against President Vladimir Putin": another's
    return person, role


def closer_holder(
    title: str,
    org: str | None,
    held: tuple[Role, ...],
    person: Person,
    index: StoreIndex,
    holds: Callable[[Role], bool],
) -> tuple[Person, Role] | None:
    """Another register person who held, at the same body and time, the very office the title names, where the
    person's own office is that one with a portfolio ("Vice Chair for Supervision" beside the board's "Vice
    Chair"): "Michael Barr, the Fed's vice chair" gives him the other's office, not a short form of his own.
    Only for an office one person holds at a time, ranked or not (a vice chair, a deputy governor)."""
    said = office_words(title)
    if not is_sole_office(" ".join(sorted(said - _RANKS))):
        return None
    for mine in held:
        without_portfolio = _PORTFOLIO.sub("", mine.title, 1)  # "Vice Chair, Board of ..." of "Vice Chair for ..."
        if without_portfolio == mine.title:
            continue
        for other, role in _roles_by_title(index).get(fold(without_portfolio), ()):
            head = _head_of_title(role.title)
            if (
                other is not person
                and role.org is not None
                and fold(mine.org or "") == fold(role.org)
                and fold(mine.title).startswith(fold(head) + " for ")
                and office_words(head) == said - office_words(role.org)
                and holds(role)
                and org_fits(org, role)
            ):
                return other, role
    return None


_BY_TITLE: weakref.WeakKeyDictionary[StoreIndex, dict[str, list[tuple[Person, Role]]]] = weakref.WeakKeyDictionary()


def _roles_by_title(index: StoreIndex) -> dict[str, list[tuple[Person, Role]]]:
    """Every register role by its folded title, made once per store: a role claim looks one title up, never
    the whole register."""
    found = _BY_TITLE.get(index)
    if found is None:
        found = _BY_TITLE[index] = {}
        for person in index.store.people:
            for role in person.roles:
                found.setdefault(fold(role.title), []).append((person, role))
    return found


_PORTFOLIO = re.compile(r"\s+for\s+[^,]+")  # "for Supervision" in "Vice Chair for Supervision, Board of ..."


def _head_of_title(title: str) -> str:
    """ "Vice Chair" of "Vice Chair, Board of Governors of the Federal Reserve System": the office before its body."""
    return title.split(",", 1)[0].strip()
