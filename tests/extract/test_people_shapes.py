"""Shapes of names news writes that word lists miss: names of any culture, a calling before a name,
a nickname in quotes, a surname that is also a month. Sentence -> the person claims a reviewer sees."""

from __future__ import annotations

import pytest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind


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
