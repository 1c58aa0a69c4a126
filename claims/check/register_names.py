"""Which register person a name in an article refers to: the name as the register spells it, a near miss
(a misspelling), or a surname alone when one person has it ("Netanyahu", "Al Jaber", "Yoon")."""

from __future__ import annotations

import re

from factdesk.claims.extract.name_model import east_asian_surnames
from factdesk.claims.extract.nicknames import without_nickname
from factdesk.sources.index import NameMatch, StoreIndex
from factdesk.sources.text import fold
from rapidfuzz.fuzz import ratio

NEAR_MISS = 85.0  # token_sort_ratio at or above this, but not exact, is a misspelling
# particles a surname may begin with: "Al Jaber" is Sultan Al Jaber's surname, "von der Leyen" Ursula's
_PARTICLES = frozenset("al el bin ibn bint abu van von der den de del della da di du dos le la".split())


_REGNAL = re.compile(r"\s+[ivxl]+$")  # "elizabeth ii", "charles iii" (folded)
# letters written for one sound: "Dickson" and "Dixon", "Philips" and "Filips", "Thompson" and "Thomson"
_ONE_SOUND = (
    (re.compile(r"ck|x"), "ks"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"mps"), "ms"),
    (re.compile(r"(.)\1"), r"\1"),
)


def _sound_of(word: str) -> str:
    sound = fold(word)
    for letters, written in _ONE_SOUND:
        sound = letters.sub(written, sound)
    return sound


def _sounds_alike(index: StoreIndex, words: list[str]) -> NameMatch | None:
    """ "Helen Dickson" where the register's one Helen is Helen Dixon: the given name right, the surname another
    spelling of its sound or its letters in another order, is a misspelling too far apart for a near miss."""
    if len(words) < 2:
        return None
    surname = fold(words[-1])
    alike = [
        person
        for person in index.people_named_first(words[0])
        if len(person.name.split()) > 1
        and fold(person.name.split()[-1]) != surname
        and (
            _sound_of(person.name.split()[-1]) == _sound_of(words[-1])
            # "Aitor Estaben" for Aitor Esteban: the surname's own letters, two of them swapped
            or (len(surname) > 3 and sorted(fold(person.name.split()[-1])) == sorted(surname))
        )
    ]
    if len(alike) != 1:
        return None
    return NameMatch(alike[0], alike[0].name, min(99.0, ratio(fold(" ".join(words)), fold(alike[0].name))))


def resolve(index: StoreIndex, name: str) -> NameMatch | None:
    """The register person `name` refers to: exact, a near miss, or a unique surname."""
    if (plain := without_nickname(name)) != name and index.find_person(name, limit=1, cutoff=100.0) == []:
        name = plain  # William "Buckshot" May is William May, unless the register spells him with it
    matches = index.find_person(name, limit=2)
    if matches and matches[0].score >= NEAR_MISS:
        if _REGNAL.sub("", fold(matches[0].person.name)) == fold(name):
            # "Queen Elizabeth" for Elizabeth II: the press leaves the regnal number out; no misspelling
            return NameMatch(matches[0].person, matches[0].person.name, 100.0)
        return matches[0]
    words = name.split()
    if len(words) > 1 and all(fold(word) in _PARTICLES for word in words[:-1]):
        surnamed = [p for p in index.people_with_surname(words[-1]) if fold(p.name).endswith(" " + fold(name))]
        if len(surnamed) == 1:  # "Al Jaber" for Sultan Al Jaber: a surname with its particle
            return NameMatch(surnamed[0], surnamed[0].name, 100.0)
        particles = " " + fold(" ".join(words[:-1])) + " "
        near = [p for p in index.people_with_surname_near(words[-1]) if particles in f" {fold(p.name)} "]
        if len(near) == 1:  # "Al Jabir": the particle right, the surname misspelt
            return NameMatch(near[0], near[0].name, ratio(fold(words[-1]), fold(near[0].name.split()[-1])))
    sounded = _sounds_alike(index, words)
    if sounded is not None:
        return sounded
    if " " not in name.strip():
        people = index.people_with_surname(name)
        if not people and fold(name).removesuffix("'s") in east_asian_surnames():
            people = index.people_named_first(name)  # "Yoon" for Yoon Suk Yeol: the family name comes first
        if len(people) == 1:
            return NameMatch(people[0], people[0].name, 100.0)
        named_first = index.people_named_first(name) if not people else []
        if len(named_first) == 1:
            # "Prabowo" for Prabowo Subianto, "Lula": a word the register's name begins with, spelt right, is
            # that person called by one name, not a misspelling of another's surname (Pranowo)
            return NameMatch(named_first[0], named_first[0].name, 100.0)
        near = index.people_with_surname_near(name) if not people else []
        if len(near) == 1:  # "Ishida" where the register has one Ishiba: a misspelt surname
            return NameMatch(near[0], near[0].name, ratio(fold(name), fold(near[0].name.split()[-1])))
    return None
