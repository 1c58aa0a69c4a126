"""A comparison the sentence's own figures contradict ("voted 101-6, below the 87 votes needed") is disputed,
whatever the store holds; the same sentence with the right word is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.claims.check import check_claims
from factdesk.claims.extract import extract_claims
from factdesk.sources.index import StoreIndex
from factdesk.sources.store import load_store

STORE = """
sources:
  - id: unrelated
    title: Weather
    publisher: Met office
    excerpts:
      - "Rain is expected across the north on Thursday."
"""


def quantities(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    """Each quantity claim's text -> its suggested verdict and reason, checked against a store that knows
    nothing of the story."""
    (tmp_path / "s.yaml").write_text(STORE, encoding="utf-8")
    claims = extract_claims(text)
    suggested = check_claims(claims, StoreIndex(load_store(tmp_path)), None)
    return {c.text: (s.verdict.value, s.reason) for c, s in zip(claims, suggested, strict=True) if c.kind == "quantity"}


@pytest.mark.parametrize(
    ("wrong", "claim", "gives"),
    [
        (
            "Lawmakers voted 101-6, with 10 abstentions, to remove her, comfortably below the 87 votes needed.",
            "below the 87 votes",
            "101-6",
        ),
        ("The CDU won 23.6%, just ahead of the AfD on 30.6%.", "ahead of the AfD on 30.6%", "23.6%"),
        (
            "The assembly approved it by 780 votes to 72, far less than the three-fifths majority of 512 votes.",
            "less than the three-fifths majority of 512 votes",
            "780 votes to 72",
        ),
        (
            "The judge handed down a sentence of 270 months, well below the 12-1/2 years recommended.",
            "below the 12-1/2 years",
            "270 months",
        ),
        (
            "Verstappen finished on 395.5 points, eight points behind Hamilton on 387.5.",
            "behind Hamilton on 387.5",
            "395.5 points",
        ),
    ],
)
def test_a_comparison_its_own_figures_contradict_is_disputed(
    tmp_path: Path, wrong: str, claim: str, gives: str
) -> None:
    verdict, reason = quantities(tmp_path, wrong)[claim]  # the comparison word is part of the claim
    assert verdict == "disputed" and gives in reason


@pytest.mark.parametrize(
    "right",
    [
        "Lawmakers voted 101-6, with 10 abstentions, to remove her, comfortably above the 87 votes needed.",
        "The CDU won 23.6%, just behind the AfD on 30.6%.",
        "The assembly approved it by 780 votes to 72, far more than the three-fifths majority of 512 votes.",
        "The judge handed down a sentence of 270 months, well above the 12-1/2 years recommended.",
        "Verstappen finished on 395.5 points, eight points ahead of Hamilton on 387.5.",
        # the whole chamber is not the figure compared: the party's 159 seats are
        "The result gives the party 159 seats in the 400-member assembly, well short of the 201 needed for a majority.",
        # a figure that went down is compared signed, as it is not written: nothing is said
        "The economy contracted 0.2% in the quarter, below the 0.1% growth economists had forecast.",
        # hedged and close: which way it lies is not for the sentence to say
        "The train was travelling at about 49 mph, above the 48 mph limit on that stretch.",
    ],
)
def test_a_comparison_its_figures_bear_out_is_not_disputed(tmp_path: Path, right: str) -> None:
    assert all(verdict != "disputed" for verdict, _ in quantities(tmp_path, right).values())


def test_a_difference_the_figures_do_not_give_is_disputed(tmp_path: Path) -> None:
    sentence = "The Congress voted {} to re-elect him, {} votes more than the absolute majority of 176 he needed."
    wrong = quantities(tmp_path, sentence.format("179-171", "four"))
    assert wrong["four votes"][0] == "disputed" and "3 apart" in wrong["four votes"][1]
    assert all(
        verdict != "disputed" for verdict, _ in quantities(tmp_path, sentence.format("179-171", "three")).values()
    )


def test_more_than_a_number_is_an_approximation_not_a_comparison(tmp_path: Path) -> None:
    found = quantities(tmp_path, "More than 45,000 people crossed last year, more than the 28,000 who came in 2021.")
    assert "More than 45,000 people" in found  # the hedge stays the figure's, as before
    assert any(text.startswith("more than the 28,000") for text in found)


def test_a_level_that_went_the_other_way_from_where_it_started_is_disputed_at_both_figures(tmp_path: Path) -> None:
    found = quantities(tmp_path, "On an annual basis, core inflation climbed to 5.9% from 6.0% in May.")
    assert found["climbed to 5.9%"][0] == "disputed" and found["6.0%"][0] == "disputed"
    right = quantities(tmp_path, "On an annual basis, core inflation eased to 5.9% from 6.0% in May.")
    assert all(verdict != "disputed" for verdict, _ in right.values())
