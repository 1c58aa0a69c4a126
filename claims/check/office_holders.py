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

from factdesk.claims.check.offices import office_words
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Person, Role

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
