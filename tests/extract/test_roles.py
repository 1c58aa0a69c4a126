"""Roles written beside a name, in the patterns news copy uses: sentence -> (person, role) (table-driven)."""

from __future__ import annotations

import pytest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind


def roles(text: str) -> list[tuple[str, str]]:
    return [(c.fields["person"], c.fields["role"]) for c in extract_claims(text) if c.kind is ClaimKind.ROLE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The film stars actor Dennis Walsh as the detective.", [("Dennis Walsh", "Actor")]),
        # a one-word title that begins a body's name, and another title after it
        ("General Motors CEO Mary Barra said it was good.", [("Mary Barra", "CEO")]),
        ("General Assembly President Abdulla Shahid announced the result.", [("Abdulla Shahid", "President")]),
        ("General Mark Milley said the war was over.", [("Mark Milley", "General")]),
        ("UAW Secretary-Treasurer Margaret Mock spoke.", [("Margaret Mock", "Secretary-Treasurer")]),
        ("ANC Treasurer-General Gwen Ramokgopa spoke.", [("Gwen Ramokgopa", "Treasurer-General")]),
        # state and agency offices of the press: "state schools Superintendent", "EPA Administrator"
        ("It ruled against state schools Superintendent Ana Ruiz's office.", [("Ana Ruiz", "Superintendent")]),
        ("Lieutenant Governor Ana Ruiz presided.", [("Ana Ruiz", "Lieutenant Governor")]),
        ("Caretaker Prime Minister Ana Ruiz stayed on.", [("Ana Ruiz", "Caretaker Prime Minister")]),
        # an office taken, right after the name (not one won in an election: its term begins later)
        ("Susan Li became chief financial officer in November.", [("Susan Li", "Chief Financial Officer")]),
        ("Ana Ruiz was named finance minister on Monday.", [("Ana Ruiz", "Finance Minister")]),
        ("Ana Ruiz was elected president of the federation on Wednesday.", []),
        ("Ana Ruiz became a target of criticism.", []),
        # a state tag between the name and its apposition
        (
            "Sen. Ana Ruiz of Ohio, the Banking Committee chairman, spoke.",
            [("Ana Ruiz", "Senator"), ("Ana Ruiz", "Chairman")],
        ),
        # a relative pronoun is no part of a title
        ("The party, whose leader, Ana Ruiz, voted against, lost.", []),
        # a title held now, in a relative clause (not one held once: "who was")
        ("Ana Ruiz, who is also foreign minister, spoke.", [("Ana Ruiz", "Foreign Minister")]),
        ("Ana Ruiz, who was finance minister until 2020, spoke.", []),
        # a conjunction opening the sentence is not whose title it is
        ("But PP leader Alberto Feijoo said no.", [("Alberto Feijoo", "Leader")]),
        # a rank joined to its title by a hyphen; "acting" before the body's name
        ("Vice-President Kamala Harris spoke first.", [("Kamala Harris", "Vice President")]),
        ("The report was late, acting Census Bureau Director Ron Jarmin said.", [("Ron Jarmin", "Acting Director")]),
        ("Club owner Maria Gonzalez said the venue would reopen.", [("Maria Gonzalez", "Club Owner")]),
        ("Thomas Okafor, a practising pharmacist, was questioned.", [("Thomas Okafor", "Pharmacist")]),
        # an office with its portfolio after "for" (not a time: "for the past five years")
        ("Mara Quist, the board's vice chair for supervision, voted.", [("Mara Quist", "Vice Chair for Supervision")]),
        ("Ana Berg, commissioner for competition at the union, spoke.", [("Ana Berg", "Commissioner for Competition")]),
        ("Ana Berg, the commissioner for the past five years, spoke.", [("Ana Berg", "Commissioner")]),
        (
            "Linda Marsh, chief financial officer and treasurer, signed the report.",
            [("Linda Marsh", "Chief Financial Officer"), ("Linda Marsh", "Treasurer")],
        ),
        (
            "The exhibit shows photographers Nadia Kerr, Paul Ames and Rita Solis at work.",
            [("Nadia Kerr", "Photographer"), ("Paul Ames", "Photographer"), ("Rita Solis", "Photographer")],
        ),
        (
            "Jeff Morrow, the State Department spokesperson, declined to comment.",
            [("Jeff Morrow", "State Department Spokesperson")],
        ),
        # a rank joined to a calling by a hyphen; a nationality opening the sentence is whose title it is
        ("Swedish vice-captain Nils Berg scored twice.", [("Nils Berg", "Vice-captain")]),
        ("The fund's co-founder Maria Lopez resigned.", [("Maria Lopez", "Co-founder")]),
        # a party tag after the title; a title "to" a country before the name
        ("John Cornell, U.S. Senator (R-Texas)", [("John Cornell", "Senator")]),
        (
            "Afghan Ambassador to the United States Hamid Rahimi spoke first.",
            [("Hamid Rahimi", "Ambassador to the United States")],
        ),
        # each sentence that gives the title is a claim: a date in the second may make it wrong
        (
            "Senator Ana Reyes spoke. In 1990, Senator Ana Reyes voted no.",
            [("Ana Reyes", "Senator"), ("Ana Reyes", "Senator")],
        ),
        # a former office, with the body it was at; an office taken over in a relative clause
        ("Ravi Menon, a former chief executive of Acme Bank, spoke.", [("Ravi Menon", "Chief Executive")]),
        ("Joan Pike, who took over as Orbital's finance director in May, spoke.", [("Joan Pike", "Finance Director")]),
        # where an office is held, after "to", is part of it
        ("Hana Saleh, the Jordanian ambassador to the U.N., spoke.", [("Hana Saleh", "Ambassador to U.N.")]),
        # letters after the name; a calling then "such as" a list; a calling after "was"
        ("Counsel for the family, Ruth Okafor, QC, spoke.", [("Ruth Okafor", "Queen's Counsel")]),
        (
            "The show has painters who worked in Paris, such as Lena Ross and Omar Haddad.",
            [("Lena Ross", "Painter"), ("Omar Haddad", "Painter")],
        ),
        (
            "Critics said Tomas Reyes was both an architect and a businessman.",
            [("Tomas Reyes", "Architect"), ("Tomas Reyes", "Businessman")],
        ),
        # a list goes on past a body of three words and a note in brackets
        (
            "It shows athletes Lena Ross (tennis) and Omar Haddad of Real Madrid Club and Ana Vidal.",
            [("Lena Ross", "Athlete"), ("Omar Haddad", "Athlete"), ("Ana Vidal", "Athlete")],
        ),
        # a relative is not a role, and an apposition after "According to X," starts a new clause
        ("He tried to call his mother, Ana Ruiz, but was refused.", []),
        # what describes the holder is no part of the title; a country's possessive is its body
        (
            "Justice Ana Vidal sat. Vidal, the court's only other Black justice, dissented.",
            [("Ana Vidal", "Justice")] * 2,
        ),
        ("Ana Ruiz, Britain's first female chancellor, spoke.", [("Ana Ruiz", "Chancellor")]),
        # members counted before a list are no title
        ("Two members, Tomas Weil and Ana Vidal, voted against the plan.", []),
        ("According to Paul Ames, a detective for the county was given the file.", []),
        # a title after "as" is the office of someone before it, not of the name after the comma
        (
            "Tom Hale keeps his post as defence minister, Ana Lind becomes finance minister.",
            [],
        ),
        # an office someone was elected to, after the calling they had
        (
            "It was announced by Ada Lenz, the Italian centre-left MEP elected president of the Parliament.",
            [("Ada Lenz", "President")],
        ),
        # an age between the name and its title
        ("Liz Truss, 47, the Foreign Secretary, won the ballot.", [("Liz Truss", "Foreign Secretary")]),
        ("Ana Vidal, 52, a former finance minister, spoke.", [("Ana Vidal", "Finance Minister")]),
        # a plural after a name is a verb's object, not the person's office
        ("Before the vote, the envoy, Petro Marek, urged members to stand by the charter.", [("Petro Marek", "Envoy")]),
    ],
)
def test_callings_and_offices_beside_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the leak, CEO of the Refugee Council Enver Halloran told reporters it was rushed.",
            ("Enver Halloran", "CEO"),
        ),
        (
            "According to Kristen Walsh, assistant professor of photography, the prints were donated.",
            ("Kristen Walsh", "Assistant Professor"),
        ),
        (
            "In a statement, Malaysia's Prime Minister, Najib Razak said the boats were turned away.",
            ("Najib Razak", "Prime Minister"),
        ),
    ],
)
def test_titles_of_a_body_and_appositions_after_according_to(text: str, expected: tuple[str, str]) -> None:
    assert expected in roles(text)


def test_a_plural_title_before_a_list_belongs_to_each_name() -> None:
    text = "Sens. Mitch McConnell of Kentucky, Susan Collins of Maine and Lisa Murkowski of Alaska voted no."
    assert roles(text) == [("Mitch McConnell", "Senator"), ("Susan Collins", "Senator"), ("Lisa Murkowski", "Senator")]


def test_a_lower_case_word_before_a_title_is_not_a_rank() -> None:
    assert roles("He served for four years under President Joe Biden.") == [("Joe Biden", "President")]


def test_a_calling_after_as() -> None:
    assert roles("Starmer named Wes Streeting as health secretary on Friday.") == [
        ("Wes Streeting", "Health Secretary")
    ]
    assert roles("The club signed Ada Obi as its new head coach.") == [("Ada Obi", "Head Coach")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The opinion was joined by Justices Clarence Thomas and Samuel Alito.",
            [("Clarence Thomas", "Justice"), ("Samuel Alito", "Justice")],
        ),
        (
            "Deputy Chief Minister D.K. Shivakumar called it a budget for the poor.",
            [("D.K. Shivakumar", "Deputy Chief Minister")],
        ),
        ("Karnataka Chief Minister Siddaramaiah presented the budget.", [("Siddaramaiah", "Chief Minister")]),
    ],
)
def test_plural_and_compound_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_a_plural_title_with_its_rank_belongs_to_each_listed_name() -> None:
    text = "Governor Andrew Bailey was joined by Deputy Governors Sarah Breeden, Clare Lombardelli and Dave Ramsden."
    assert roles(text) == [
        ("Andrew Bailey", "Governor"),
        ("Sarah Breeden", "Deputy Governor"),
        ("Clare Lombardelli", "Deputy Governor"),
        ("Dave Ramsden", "Deputy Governor"),
    ]


def test_whose_title_it_is() -> None:
    assert roles("The Conservative leader Kemi Badenoch voted against.") == [("Kemi Badenoch", "Leader")]
    found = [c.fields for c in extract_claims("Tunisia's coach Nabil Maaloul spoke.") if c.kind is ClaimKind.ROLE]
    assert found == [{"person": "Nabil Maaloul", "role": "Coach", "org": "Tunisia"}]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a body's name joins its words with "of", "for", "on", "and"
        ("Mara Quell, director of the Office of Refugee Resettlement, said it.", "Office of Refugee Resettlement"),
        (
            "Ines Marlo, director of the Center for Drug Evaluation and Research, spoke.",
            "Center for Drug Evaluation and Research",
        ),
        (
            "Tom Reeve, chairman of the Senate Committee on Foreign Relations, spoke.",
            "Senate Committee on Foreign Relations",
        ),
        # a day or a month after "on" is when, not the body
        ("Ola Bayo, president of Nigeria on Monday said so.", "Nigeria"),
    ],
)
def test_the_body_named_after_a_title(text: str, org: str) -> None:
    found = [c.fields for c in extract_claims(text) if c.kind is ClaimKind.ROLE]
    assert [fields.get("org") for fields in found] == [org]


def test_the_words_after_of_in_a_body_s_name_are_no_person() -> None:
    """ "director of the Office of Refugee Resettlement": not a person "Refugee Resettlement" titled Director."""
    people = [c.text for c in extract_claims("Mara Quell, director of the Office of Refugee Resettlement, said it.")]
    assert "Refugee Resettlement" not in people


def test_whose_title_it_is_is_part_of_the_role_claim() -> None:
    """ "France coach X": a planted country must fall inside the claim, so its words start at "France"."""
    text = "Later, France coach Lionel Marin praised the team."
    (claim,) = [c for c in extract_claims(text) if c.kind is ClaimKind.ROLE]
    assert text[claim.start : claim.end] == "France coach Lionel Marin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the press's short forms inside a longer title: a lieutenant governor is not the governor
        (
            "The trial will be presided over by Lt. Gov. Dana Pruitt.",
            {"person": "Dana Pruitt", "role": "Lieutenant Governor"},
        ),
        # a title word the lexicon lists alone, after a body named with a nationality and an office word
        (
            "Swiss National Bank Chairman Tomas Berger said the deal was sound.",
            {"person": "Tomas Berger", "role": "Chairman", "org": "Swiss National Bank"},
        ),
        # a word that describes the holder opens the sentence: whose title it is, it is not
        (
            "KUALA LUMPUR, Nov 24 (Wire) - Veteran opposition leader Rahim Osman was sworn in on Thursday.",
            {"person": "Rahim Osman", "role": "Opposition Leader"},
        ),
        # a prince's style between the office and the name is no part of the office
        (
            "Saudi Energy Minister Prince Faisal bin Nasser met online on Monday.",
            {"person": "Faisal bin Nasser", "role": "Energy Minister", "org": "Saudi Arabia"},
        ),
    ],
)
def test_the_title_before_a_name_and_what_is_not_of_it(text: str, expected: dict[str, str]) -> None:
    found = [c.fields for c in extract_claims(text) if c.kind is ClaimKind.ROLE]
    assert found == [expected]


def test_a_conjunction_opening_the_sentence_is_not_the_body() -> None:
    (role,) = [c for c in extract_claims("But PP leader Alberto Feijoo said no.") if c.kind is ClaimKind.ROLE]
    assert role.fields.get("org") == "PP"


def test_an_office_ending_in_general_is_one_title() -> None:
    """ "Consul General X", "Governor General X": the office, not a rank "General" at a body "Consul"."""
    assert roles("U.S. Consul General Maria Olsen said so.") == [("Maria Olsen", "Consul General")]
    assert roles("Governor General Mary Simon said so.") == [("Mary Simon", "Governor General")]


def test_a_title_before_the_next_name_is_that_names() -> None:
    text = "In a letter to acting FDA Commissioner Janet Woodcock, Dr. Aaron Kesselheim said he quit."
    assert ("Janet Woodcock", "Dr") not in roles(text)
