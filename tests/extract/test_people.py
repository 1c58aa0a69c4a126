"""Person names found from their shape and context, across cultures: sentence -> names (table-driven).

None of these names is in a word list of factdesk's: they are found by the name model
(claims/extract/name_model.py) and the rules around it.
"""

from __future__ import annotations

import pytest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind


def people(text: str) -> list[str]:
    return [claim.fields["name"] for claim in extract_claims(text) if claim.kind is ClaimKind.PERSON]


def roles(text: str) -> list[tuple[str, str]]:
    return [(c.fields["person"], c.fields["role"]) for c in extract_claims(text) if c.kind is ClaimKind.ROLE]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ngozi Okonjo-Iweala, the director-general of the trade body, spoke on Monday.", ["Ngozi Okonjo-Iweala"]),
        (
            "Recep Tayyip Erdogan met Volodymyr Zelensky in Ankara on Friday.",
            ["Recep Tayyip Erdogan", "Volodymyr Zelensky"],
        ),
        ("Ursula von der Leyen said the plan was sound. Von der Leyen spoke in Brussels.", ["Ursula von der Leyen"]),
        (
            "The squad included Sadio Mane, Mohamed Salah and Virgil van Dijk.",
            ["Sadio Mane", "Mohamed Salah", "Virgil van Dijk"],
        ),
        ("Jacinda Ardern resigned in January.", ["Jacinda Ardern"]),
        ("Chief Minister Siddaramaiah announced the budget.", ["Siddaramaiah"]),
        ("Sen. Maria Cantwell, D-Wash., opposed the nominee.", ["Maria Cantwell"]),
        ("Goldman Sachs hired Sarah Thompson as chief economist.", ["Sarah Thompson"]),
        # "X of <State>": the state is where the senator is from, not part of the name
        (
            "Sens. Rob Portman of Ohio and Raphael Warnock of Georgia voted for the measure.",
            ["Rob Portman", "Raphael Warnock"],
        ),
        # plural titles before a list
        ("Justices Clarence Thomas and Samuel Alito dissented.", ["Clarence Thomas", "Samuel Alito"]),
        # a body before the name is not part of it
        ("Refugee Council chief Enver Halloran told reporters the plan was rushed.", ["Enver Halloran"]),
        # family name first, then a given name of two syllables
        ("Kim Jong-un inspected the missile site with Park Joo-ho.", ["Kim Jong-un", "Park Joo-ho"]),
        # organisations, places and things are not people
        ("The Security Council met in New York on Tuesday.", []),
        ("The Golden Gate Bridge was closed after the storm.", []),
        ("Fans queued outside the Natural History Museum in London.", []),
    ],
)
def test_names_are_found_by_shape_and_context(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Strategic Affairs Minister Ron Dermer will lead the delegation.",
            ("Ron Dermer", "Strategic Affairs Minister"),
        ),
        ("Health Secretary Wes Streeting announced the plan.", ("Wes Streeting", "Health Secretary")),
        ("Israeli Prime Minister Benjamin Netanyahu canceled the trip.", ("Benjamin Netanyahu", "Prime Minister")),
    ],
)
def test_a_title_before_the_name_is_its_role_and_not_part_of_it(text: str, expected: tuple[str, str]) -> None:
    assert expected in roles(text)
    assert people(text) == [expected[0]]


def test_a_name_believed_once_is_a_name_everywhere_in_the_article() -> None:
    text = (
        "Kwame Osei scored twice as the home side won.\n"
        "The coach praised the striker after the match.\n"
        "Osei said he was happy."
    )
    assert people(text) == ["Kwame Osei"]


def test_a_name_broken_across_a_wrapped_line_is_one_name() -> None:
    text = (
        "The plan was approved on Tuesday after a long debate in which Mayor Ann\n"
        "Lee said the city could not wait any longer for the repairs that\n"
        "residents of the northern districts had asked for since the floods\n"
        "of the previous spring, when two bridges were closed for months.\n"
    )
    assert people(text) == ["Ann Lee"]


def test_a_misspelling_of_a_registered_name_is_a_person_claim() -> None:
    """The claim a fact-checker most needs: a name one or two letters off the register's spelling."""
    from factdesk.claims.extract.lexicon import default_lexicon

    lexicon = default_lexicon().with_register([], ["Tzachi Hanegbi", "Andy Warhol"])
    claims = extract_claims("The talks with Tzaji Hanegbi ended. Later, Andy Warhl painted a portrait.", lexicon)
    assert [c.fields["name"] for c in claims if c.kind is ClaimKind.PERSON] == ["Tzaji Hanegbi", "Andy Warhl"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a typo in the only long word, with initials the register files under no word of their own
        ("The scientist AS Heaglo led the survey.", ["AS Heaglo"]),
        ("K.C. Maruer, the treasurer, said so.", ["K.C. Maruer"]),
        # inside an organisation's name: spelt right it is the organisation's, misspelt it is a claim
        ("The prints were given by the Andy Warhal Foundation for the Visual Arts.", ["Andy Warhal"]),
        ("The prints were given by the Andy Warhol Foundation for the Visual Arts.", []),
        # a one-word name the register spells so is a person, not a surname waiting for its owner
        ("Opposition leader Siddaramaiah walked out. Later Siddaramiah returned.", ["Siddaramaiah", "Siddaramiah"]),
    ],
)
def test_misspellings_the_register_knows_are_person_claims(text: str, names: list[str]) -> None:
    from factdesk.claims.extract.lexicon import default_lexicon

    register = ["AS Heagle", "K.C. Maurer", "Andy Warhol", "Siddaramaiah"]
    lexicon = default_lexicon().with_register([], register)
    assert [c.fields["name"] for c in extract_claims(text, lexicon) if c.kind is ClaimKind.PERSON] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a calling or a relation before one capitalised word: a person known by one name
        ("The show has Polaroids of fashion designer Halston and others.", ["Halston"]),
        ("They grieve for their nine-month-old child, Gloria. Gloria was ill for months.", ["Gloria"]),
        # a country after a given name is a surname; a regnal or family number ends a name
        ("Guests included Ricky Martin and Michael Jordan.", ["Ricky Martin", "Michael Jordan"]),
        ("The firm was run by Glenn A. Profitt II until 1990.", ["Glenn A. Profitt II"]),
        # initials as British papers print them
        ("The results were published in a paper by AS Heagle in 1989.", ["AS Heagle"]),
        ("The US Senate met on Friday.", []),
    ],
)
def test_one_name_and_unpointed_initials(text: str, names: list[str]) -> None:
    assert people(text) == names


def test_long_names_with_particles_and_a_misspelt_surname() -> None:
    text = (
        "Brazilian President Luiz Inácio Lula da Silva met Sheikh Khalid bin Saud Al Harbi. "
        "Alonso Mendieta won the vote. Mendietta, 67, said he was grateful."
    )
    assert people(text) == ["Luiz Inácio Lula da Silva", "Khalid bin Saud Al Harbi", "Alonso Mendieta", "Mendietta"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Civil Defense Authority director Suleiman al-Amr said 107 people died.", ["Suleiman al-Amr"]),
        ("Malaysia's Prime Minister, Najib Razak, spoke on Friday.", ["Najib Razak"]),
    ],
)
def test_joined_particles_and_possessive_appositions(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Senate confirmed him, with Vice President JD Vance casting a tie-breaking vote.", ["JD Vance"]),
        # a sentence full of names is no headline
        (
            "Sens. Mitch McConnell of Kentucky, Susan Collins of Maine and Lisa Murkowski of Alaska voted no.",
            ["Mitch McConnell", "Susan Collins", "Lisa Murkowski"],
        ),
    ],
)
def test_wire_copy_names(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # decomposed accents (NFD) and a zero-width space inside a name
        ("Recep Tayyip Erdog\u0306an met Jose\u0301 Manuel Barroso.", ["Recep Tayyip Erdoğan", "José Manuel Barroso"]),
        ("Vo\u200blodymyr Zelensky spoke in Kyiv.", ["Volodymyr Zelensky"]),
        # initials
        ("J. D. Vance voted against the bill.", ["J. D. Vance"]),
        # a title's place is not a person
        ("The Mayor of Springfield, Tom Brady, spoke first.", ["Tom Brady"]),
        ("The Secretary of Education said schools would reopen.", []),
    ],
)
def test_unicode_initials_and_titles_of_places(text: str, names: list[str]) -> None:
    assert people(text) == names


def test_firms_named_after_people_are_not_people() -> None:
    text = "Morgan Stanley and Goldman Sachs reported higher profits, said analyst Sarah Chen of Morningstar."
    assert people(text) == ["Sarah Chen"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a capitalised word before a name the register spells exactly is no part of it
        ("Leftist Luiz Inacio Lula da Silva won the runoff.", ["Luiz Inacio Lula da Silva"]),
        ("Born Heinz Alfred Kissinger in 1923, he fled to New York.", ["Heinz Alfred Kissinger"]),
        # ... but a misspelling of the register's name keeps its words
        ("Luis Inacio Lula da Silva won the runoff.", ["Luis Inacio Lula da Silva"]),
    ],
)
def test_a_word_before_a_registered_name(text: str, names: list[str]) -> None:
    from factdesk.claims.extract.lexicon import default_lexicon

    lexicon = default_lexicon().with_register([], ["Luiz Inacio Lula da Silva", "Heinz Alfred Kissinger"])
    assert [c.fields["name"] for c in extract_claims(text, lexicon) if c.kind is ClaimKind.PERSON] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a political label before a name describes the person, as a nationality does
        ("He beat Conservative Zak Goldsmith and Democrat Mary Jones.", ["Zak Goldsmith", "Mary Jones"]),
        ("Republican John Smith won the seat.", ["John Smith"]),
        # ... but a portfolio is part of the title: "Acting Labor Secretary Julie Su"
        ("Acting Labor Secretary Julie Su pressed both sides.", ["Julie Su"]),
    ],
)
def test_a_party_label_before_a_name_is_not_part_of_it(sentence: str, names: list[str]) -> None:
    found = [c.text for c in extract_claims(sentence) if c.kind is ClaimKind.PERSON]
    assert found == names
