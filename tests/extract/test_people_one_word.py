"""People written with one word only: a surname after an honorific or a title ("Mr Kitzmiller",
"Lady Cassandra"), when the article never gives the full name. Sentence -> the person claims."""

from __future__ import annotations

import pytest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind


def people(text: str) -> list[str]:
    return [claim.fields["name"] for claim in extract_claims(text) if claim.kind is ClaimKind.PERSON]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an honorific before one word names a person, in either press style
        ("Mr. Kitzmiller told the court he had no comment.", ["Kitzmiller"]),
        ("Ms Bauchtman said the findings were worrying.", ["Bauchtman"]),
        ("The villain is Lady Cassandra from Doctor Who.", ["Cassandra"]),
        ("She translated a novel by Madame de Staël from the French.", ["Staël"]),
        # the honorific is not part of the name
        ("The chair is Dr Sue Black of the University of Westminster.", ["Sue Black"]),
        # the full name, then the honorific and surname: one person
        ("Tom Devocht arrived late. Mr Devocht said he was sorry.", ["Tom Devocht"]),
    ],
)
def test_an_honorific_names_a_person(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a title word that begins a company's name is no title
        "Shares of General Motors rose on Tuesday.",
        # a word the article also writes as a common noun is no surname
        "He rode bodyboarding waves, and the tour is chaired by Mr Bodyboarding himself.",
    ],
)
def test_no_person_after_a_title_word_that_begins_another_name(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a one-word name listed beside full names is a name too
        ("Guests included Ricky Martin, Shakira and Gloria Estefan.", ["Ricky Martin", "Shakira", "Gloria Estefan"]),
        (
            "The firm was run by her sons Guido, Henrique and Jose Pedro Caloi.",
            ["Guido", "Henrique", "Jose Pedro Caloi"],
        ),
        # a list is read as one even when each name is followed by the years of a life or an age
        (
            "Her teachers were Moritz Romberg (1795-1873), Ferjani Sassi (1821-1902) and Rudolf Virchow.",
            ["Moritz Romberg", "Ferjani Sassi", "Rudolf Virchow"],
        ),
        # a list holding a word that is no name lists clubs or places, not people
        ("Sponsors were Ricky Martin, Chelsea and Arsenal.", ["Ricky Martin"]),
    ],
)
def test_one_word_names_in_a_list_of_names(text: str, names: list[str]) -> None:
    assert people(text) == names
