"""The fuzzy index: near misses found, blocking keeps big registers fast and still right."""

from __future__ import annotations

import random
from pathlib import Path

from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Origin, Person, Store
from factdesk.sources.text import fold
from rapidfuzz import fuzz, process


def test_near_miss_finds_the_register_spelling(seed_store: Path):
    index = StoreIndex(load_store(seed_store))
    (best, *_) = index.find_person("Tzaji Hanegbi")
    assert best.person.name == "Tzachi Hanegbi" and 85 <= best.score < 100


def test_one_typo_anywhere_in_a_short_name_finds_the_register_spelling():
    """A swap in the middle of a six-letter surname keeps neither end's three letters; a misspelt
    first word of an East Asian name changes where it sorts."""
    people = [Person(name, Origin(Path("p.yaml"), i + 1)) for i, name in enumerate(["K.C. Maurer", "Hwang Hee-Chan"])]
    index = StoreIndex(Store(root=Path("."), people=people))
    for typo, right in [
        ("K.C. Maruer", "K.C. Maurer"),
        ("Hawng Hee-Chan", "Hwang Hee-Chan"),
        ("K.C. Muarer", "K.C. Maurer"),
    ]:
        (best, *_) = index.find_person(typo)
        assert best.person.name == right and 85 <= best.score < 100, typo


def test_an_arabic_article_joined_or_apart_is_the_same_spelling():
    people = [
        Person("Khalid bin Saud Al Harbi", Origin(Path("p.yaml"), 1)),
        Person("Ana Diaz-Ruiz", Origin(Path("p.yaml"), 2)),
    ]
    index = StoreIndex(Store(root=Path("."), people=people))
    assert index.find_person("Khalid bin Saud al-Harbi")[0].score == 100
    assert index.find_person("Ana Diaz Ruiz")[0].score < 100  # a hyphen in a surname is its spelling


def test_a_surname_one_typo_off_finds_its_owner():
    people = [Person("Alonso Mendieta", Origin(Path("p.yaml"), 1)), Person("Ana Diaz", Origin(Path("p.yaml"), 2))]
    index = StoreIndex(Store(root=Path("."), people=people))
    assert [p.name for p in index.people_with_surname_near("Mendietta")] == ["Alonso Mendieta"]
    assert index.people_with_surname_near("Dias") == []  # too short to tell a typo from another name


def test_accents_soft_hyphens_and_curly_apostrophes_are_folded(seed_store: Path):
    index = StoreIndex(load_store(seed_store))
    assert index.find_person("Yoáv Gal\u00adlant")[0].score == 100
    assert [p.name for p in index.people_with_surname("Netanyahu’s")] == ["Benjamin Netanyahu"]


def test_different_first_name_is_not_a_near_miss(seed_store: Path):
    index = StoreIndex(load_store(seed_store))
    assert all(match.score < 85 for match in index.find_person("Jill Biden"))


def test_blocking_agrees_with_brute_force_on_a_large_register():
    rng = random.Random(7)
    syllables = ["ka", "lo", "mi", "ra", "ten", "sho", "vi", "da", "nu", "bel", "gor", "ash", "em"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()

    people = [Person(f"{word()} {word()}", Origin(Path("big.yaml"), i + 1)) for i in range(20000)]
    index = StoreIndex(Store(root=Path("."), people=people))
    names = [fold(person.name) for person in people]
    agreed = 0
    for person in rng.sample(people, 100):
        typo = person.name[:-2] + person.name[-1]  # drop one letter near the end
        brute = process.extractOne(fold(typo), names, scorer=fuzz.token_sort_ratio)
        found = index.find_person(typo, limit=1)
        agreed += bool(found) and found[0].score == brute[1]
    assert agreed >= 98
