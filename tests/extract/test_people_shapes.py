"""Shapes of names news writes that word lists miss: names of any culture, a calling before a name,
a nickname in quotes, a surname that is also a month. Sentence -> the person claims a reviewer sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind, Verdict
from factdesk.sources.index import StoreIndex
from factdesk.sources.store import load_store


def people(text: str) -> list[str]:
    return [claim.fields["name"] for claim in extract_claims(text) if claim.kind is ClaimKind.PERSON]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Turkish and Arabic given names the U.S. Census lists lack
        ("In the 70th minute, Ferhat Yildirim replaced Axel Lindqvist.", ["Ferhat Yildirim", "Axel Lindqvist"]),
        ("Farouk Haddad scored twice before half-time.", ["Farouk Haddad"]),
        # a calling right before a name ("defender", "goalkeeper") speaks for it
        ("After the break, defender Youssef Msakni came on.", ["Youssef Msakni"]),
    ],
)
def test_names_of_many_cultures(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a nickname in quotes stays in the name, and the surname alone later is the same person
        ('The club signed William "Buckshot" May in 1924. May pitched once.', ['William "Buckshot" May']),
        ("Harold ‘Junior’ Theriault of the Liberal Party won the seat.", ['Harold "Junior" Theriault']),
        ('It was won by Charalambos " Bambos " Xanthos.', ['Charalambos "Bambos" Xanthos']),
        # a month after a given name is a surname
        ("Prime Minister Theresa May said the deal was done.", ["Theresa May"]),
        ("On Friday, Theresa May met leaders in Brussels.", ["Theresa May"]),
        # and neither shape invents a person
        ("The concert is on Friday, May 5, in Paris.", []),
        ('The band played "Hey Jude" Live at the stadium.', []),
    ],
)
def test_nicknames_and_month_surnames(text: str, names: list[str]) -> None:
    assert people(text) == names


def test_a_nicknamed_person_is_checked_under_the_name_the_register_lists(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text("people:\n  - name: William May\n", encoding="utf-8")
    index = StoreIndex(load_store(tmp_path, use_cache=False))
    claim = next(c for c in extract_claims('The club signed William "Buckshot" May.') if c.kind is ClaimKind.PERSON)
    assert suggest(claim, index, None).verdict is Verdict.VERIFIED


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He beat fellow Minnesotan Scott LeDoux in 1976.", ["Scott LeDoux"]),
        ("The pair included Queenslander Mitchell Rawlins.", ["Mitchell Rawlins"]),
    ],
)
def test_a_state_or_province_demonym_before_a_name_is_not_part_of_it(text: str, names: list[str]) -> None:
    assert people(text) == names


def test_a_state_demonym_before_a_title_is_whose_title_it_is() -> None:
    assert [
        (c.fields["person"], c.fields.get("org"))
        for c in extract_claims("Texan Senator Ted Cruz spoke.")
        if c.kind is ClaimKind.ROLE
    ] == [("Ted Cruz", "Texas")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a middle initial between a given name and a surname
        ("The firm was founded by William C. Cesaroni in 1979.", ["William C. Cesaroni"]),
        ("The guitar was made by Delwyn J. Langejans, a luthier.", ["Delwyn J. Langejans"]),
        # even with a given name no list has, at a sentence's start with nothing else to vouch for it
        ("Gwerfyl T. Brelvinis is an innovative instrument maker.", ["Gwerfyl T. Brelvinis"]),
        # a calling right before the name, or after "as" just after it
        ("Tunisia's goalkeeper Mouez Hassen was substituted off.", ["Mouez Hassen"]),
        ("The band hired keyboardist Dario Pellegrini for the tour.", ["Dario Pellegrini"]),
        ("The board named Ada Obi as its new head coach.", ["Ada Obi"]),
        # what only a person does, right after a name no list has; not after a common word
        ("Kyle Walker was booked, and Tavita Moemoe scored from the penalty spot.", ["Kyle Walker", "Tavita Moemoe"]),
        ("The striker was booked, and Real Oviedo scored from the penalty spot.", []),
        # a verb that looks like a calling, and a calling that is another's, vouch for nobody
        ("The street now hosts Brixton Market, selling fruit.", []),
        ("He was singled out by the Odessa American as worthy of the player award.", []),
    ],
)
def test_middle_initials_and_callings_vouch_for_a_name(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The wing took part in the assaults against the German Air Force and its factories.",
        "At the Extraordinary General Meeting in Madrid, the members voted to adopt the name.",
        "Along State Route 267, express buses run every hour.",
    ],
)
def test_the_word_after_an_office_word_in_a_body_or_road_is_nobody(text: str) -> None:
    assert people(text) == []


def test_an_office_word_that_begins_the_body_does_not_hide_the_title_after_it() -> None:
    # "National" is an office word in nameparser's list, but here it begins the board's name
    text = "National Transportation Safety Board Chair Jennifer Homendy said investigators had boarded."
    claims = extract_claims(text)
    assert people(text) == ["Jennifer Homendy"]
    roles = [claim.fields for claim in claims if claim.kind is ClaimKind.ROLE]
    assert roles == [{"person": "Jennifer Homendy", "role": "Chair", "org": "National Transportation Safety Board"}]


def test_a_given_name_that_is_also_a_country_s_native_name_is_a_given_name() -> None:
    # "Dominique" is Dominica's French name as well as a given name
    assert people("Trudeau named Dominique LeBlanc, the public safety minister, to replace her.") == [
        "Dominique LeBlanc"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a Chinese family name, then a given name of one or two Pinyin syllables
        ("The study, led by Mu Li, found iodine lacking.", ["Mu Li"]),
        ("Zheng Qinwen won the final in straight sets.", ["Zheng Qinwen"]),
        ("Two warlords, Dou Jiande and Wang Shichong, surrendered to the Tang.", ["Dou Jiande", "Wang Shichong"]),
        # a frequent English word after a family name is no given name
        ("He Won Gold In Beijing", []),
        ("The Song Remains The Same", []),
    ],
)
def test_chinese_names_in_pinyin(text: str, names: list[str]) -> None:
    assert people(text) == names
