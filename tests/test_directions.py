"""A figure that went the other way: the same number with 'rose' against the source's 'fell' is disputed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from factdesk.claims.check import check_claims
from factdesk.claims.extract import extract_claims
from factdesk.sources.index import StoreIndex
from factdesk.sources.store import load_store

STORE = """
sources:
  - id: market-wrap
    title: Shares after results
    publisher: Wire
    excerpts:
      - "Nvidia shares fell about 7% in extended trading after the results."
      - "The core price index rose by 6.9% in the 12 months to June, down from 7.1% in May."
  - id: results
    title: First-quarter results
    publisher: Acme
    excerpts:
      - "Revenue for the quarter was $7.19 billion, down 13% from a year ago and up 19% from the previous quarter."
  - id: census
    title: State populations
    publisher: Census office
    excerpts:
      - "Between the two counts, the hill state lost 3.2% of its population."
  - id: energy-office
    title: Crude futures
    publisher: Energy office
    excerpts:
      - "Front-month crude futures settled at $41.10 a barrel, down $4.12, or 9.1%."
"""


def suggestions(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    (tmp_path / "s.yaml").write_text(STORE, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    claims = extract_claims(text)
    return [(c.text, s.verdict.value, s.reason) for c, s in zip(claims, check_claims(claims, index, None), strict=True)]


def test_the_same_figure_the_other_way_is_disputed(tmp_path: Path) -> None:
    found = {
        text: (verdict, reason)
        for text, verdict, reason in suggestions(
            tmp_path, "Nvidia shares rose about 7% in extended trading after the results."
        )
    }
    verdict, reason = found["rose about 7%"]  # a change is claimed with its way
    assert verdict == "disputed" and "fell" in reason


def test_the_same_way_is_verified(tmp_path: Path) -> None:
    found = {
        text: verdict
        for text, verdict, _ in suggestions(
            tmp_path, "Nvidia shares fell about 7% in extended trading after the results."
        )
    }
    assert found["fell about 7%"] == "verified"


def test_the_press_s_phrases_for_a_market_s_close_have_a_direction() -> None:
    from factdesk.claims.check.directions import opposite_direction

    assert opposite_direction("Shares closed up 0.6%.", None, "Shares closed down 0.6% on the day.", None) == (
        "closed up",
        "closed down",
    )
    assert opposite_direction("The yen strengthened past 150.", None, "The yen weakened past 150.", None) == (
        "strengthened",
        "weakened",
    )
    # "up" alone says nothing: "set up 3 funds" is no rise
    assert opposite_direction("They set up 3 funds.", None, "Shares closed down 3%.", None) is None
    # a level ("eased to 6.9%") and a change ("rose by 6.9%") are not compared
    assert opposite_direction("Core inflation eased to 6.9%", "to", "Core prices rose by 6.9% in a year", "by") is None


def test_a_level_is_not_compared_with_a_change(tmp_path: Path) -> None:
    """ "slowed to 6.9%" is where the rate now stands; "rose by 6.9%" is how far prices rose: no contradiction."""
    found = dict(
        (text, verdict) for text, verdict, _ in suggestions(tmp_path, "Core price growth slowed to 6.9% in June.")
    )
    assert found["slowed to 6.9%"] == "verified"


def test_a_share_restating_a_sum_goes_the_sum_s_way(tmp_path: Path) -> None:
    """ "down $4.12, or 9.1%": the share went down too."""
    article = "Crude futures settled {} 9.1% at $41.10 a barrel."
    wrong = {text: (verdict, reason) for text, verdict, reason in suggestions(tmp_path, article.format("up"))}
    assert wrong["up 9.1%"][0] == "disputed" and "“down”" in wrong["up 9.1%"][1]
    right = {text: verdict for text, verdict, _ in suggestions(tmp_path, article.format("down"))}
    assert right["down 9.1%"] == "verified"


def test_a_level_said_to_have_gone_down_from_another_after_it(tmp_path: Path) -> None:
    """ "rose by 6.9% ..., down from 7.1% in May": the rate went down to 6.9%; "rose to 6.9%" says otherwise."""
    found = {
        text: (verdict, reason) for text, verdict, reason in suggestions(tmp_path, "Core price growth rose to 6.9%.")
    }
    assert found["rose to 6.9%"][0] == "disputed" and "“down from”" in found["rose to 6.9%"][1]


def test_up_or_down_right_before_a_figure_says_its_way_when_the_clause_says_both(tmp_path: Path) -> None:
    article = "Acme reported revenue of $7.19 billion, {} 13% from a year earlier but up 19% from the previous quarter."
    wrong = {text: (verdict, reason) for text, verdict, reason in suggestions(tmp_path, article.format("up"))}
    assert wrong["up 13%"][0] == "disputed" and "“down”" in wrong["up 13%"][1]
    right = {text: verdict for text, verdict, _ in suggestions(tmp_path, article.format("down"))}
    assert right["down 13%"] == "verified" and right["up 19%"] == "verified"


def test_lost_and_an_increase_of_say_which_way(tmp_path: Path) -> None:
    """ "lost 3.2% of its population" went down: "grew by 3.2%" says the opposite."""
    said = "Between the two counts, the hill state's population grew by 3.2%, the census office said."
    found = {text: (verdict, reason) for text, verdict, reason in suggestions(tmp_path, said)}
    assert found["grew by 3.2%"][0] == "disputed" and "lost" in found["grew by 3.2%"][1]
    said = said.replace("grew", "shrank")
    found = {text: (verdict, reason) for text, verdict, reason in suggestions(tmp_path, said)}
    assert found["shrank by 3.2%"][0] == "verified"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # the sentence contradicts itself whatever the store says: 40.5% is below 42.2%
        ("Turnout in the mayoral vote was 40.5%, up from 42.2% in 2021.", "disputed"),
        ("Turnout in the mayoral vote was 40.5%, down from 42.2% in 2021.", "unsupported"),
        ("Core inflation rose to 3.2% from 3.7% in March, the agency said.", "disputed"),
        # each of a pair went from its own: no figure is set against the other's
        ("Staff see inflation at 2.5% and 2.2%, up from 2.3% and 2.0% in March.", "unsupported"),
        # where the change started is named as the figure it was then
        ("The deficit is put at 4.4% of GDP for next year, up from a revised estimate of 4.8% this year.", "disputed"),
        (
            "The deficit is put at 4.4% of GDP for next year, down from a revised estimate of 4.8% this year.",
            "unsupported",
        ),
        ("The deficit target is 5.9% of GDP, up from a revised 6.4% in the current year.", "disputed"),
    ],
)
def test_a_way_against_the_level_the_sentence_itself_gives(tmp_path: Path, sentence: str, verdict: str) -> None:
    found = {text: (got, reason) for text, got, reason in suggestions(tmp_path, sentence)}
    figure = re.search(r"\bfrom\D*?([\d.]+%)", sentence)[1]  # where the change started
    written = next(text for text in found if text.endswith(figure))  # with its way, if written: "up from 42.2%"
    assert found[written][0] == verdict, found[written]
    if "from a revised" in sentence:  # the claim reads with its way and what the figure was: "up from a revised 6.4%"
        assert written.startswith(("up from a revised", "down from a revised")), written


def test_a_way_word_of_another_clause_says_nothing_of_this_figure(tmp_path: Path) -> None:
    """ "the unit lost $1.47 billion even as the service added 12.1 million subscribers": "lost" is the unit's."""
    (tmp_path / "s.yaml").write_text(
        "sources:\n  - id: results\n    title: Quarterly results\n    publisher: Studio\n    excerpts:\n"
        '      - "Streamer+ subscribers totaled 164.2 million at the end of the quarter, an increase of 12.1 million."'
        "\n",
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    sentence = (
        "The streaming unit lost $1.47 billion in the quarter even as Streamer+ added 12.1 million subscribers"
        " to reach 164.2 million."
    )
    claims = extract_claims(sentence)
    found = {c.text: s.verdict.value for c, s in zip(claims, check_claims(claims, index, None), strict=True)}
    assert found["12.1 million subscribers"] == "verified"


TURNS = """
sources:
  - id: boj-wrap
    title: Markets after the Bank of Japan decision
    publisher: Wire
    excerpts:
      - "The yen weakened after the Bank of Japan ended negative rates, with the dollar rising above 150 yen."
      - "The captain was the last to leave the aircraft, the airline said."
      - "Six of the crew on the smaller aircraft were killed; 12 crew served on the airliner."
      - "Exports of rice plunged in the second half of the year, the ministry said."
      - "The ruling party trailed the opposition in every poll taken since the spring."
      - "Australia lost their opening two matches, to India and South Africa, before winning nine in a row."
      - "Core prices rose by 6.9% in the 12 months to June, down from 7.1% in May."
      - "The strike overlapped with the Writers Guild of America's, whose members ratified their contract in October."
"""


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        # no one is named: the sentence is checked for which way it says things went
        ("The yen strengthened after the decision.", "disputed", "“weakened” where this says “strengthened”"),
        ("The yen weakened after the decision.", "unsupported", ""),
        ("The captain was the last to leave the aircraft, and the fire grew.", "verified", ""),
        ("The captain was the first to leave the aircraft, and the fire grew.", "disputed", "“last” where"),
        # any way up against any way down (directions.yaml), and the pairs of opposites.tsv
        ("Exports of rice soared in the second half of the year.", "disputed", "“plunged” where this says “soared”"),
        ("The ruling party led the opposition in every poll taken since the spring.", "disputed", "“trailed”"),
        # the words beside the two ways need not stand at the same distance: a source words things its own way
        ("Australia had won their first two matches of the tournament.", "disputed", "“lost” where this says “won”"),
        ("Australia had lost their first two matches of the tournament.", "unsupported", "related"),
        # a contract ratified is not one rejected
        ("The Writers Guild of America's members rejected their contract in October.", "disputed", "“ratified”"),
        # figures beside the word are the figure check's: a rate up by 6.9% is a level down to 6.9%
        ("Core prices eased to 6.9% in June from 7.1% in May.", "unsupported", ""),
        # another figure in a source about no one named is a lead, not a dispute
        ("Five of the crew on the smaller aircraft were killed as the fire grew.", "unsupported", "read it"),
    ],
)
def test_a_sentence_that_says_the_other_way_from_its_source(tmp_path: Path, sentence: str, verdict: str, reason: str):
    (tmp_path / "s.yaml").write_text(TURNS, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    claims = [c for c in extract_claims(sentence) if c.kind.value == "statement"]
    (suggestion,) = check_claims(claims, index, None)
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


def test_a_place_or_a_comparison_alone_makes_no_statement() -> None:
    claims = extract_claims("The radar in West Virginia tracked it more closely than before.")
    assert [c for c in claims if c.kind.value == "statement"] == []


def test_a_country_and_its_people_are_no_misspelling_of_each_other(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text(
        "sources:\n  - id: ministry\n    title: Earthquake toll\n    publisher: Interior Ministry\n    excerpts:\n"
        '      - "The Moroccan authorities accepted offers of help from Spain, Qatar, Britain and the United Arab'
        ' Emirates, the Interior Ministry said on Sunday."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    text = "The Interior Ministry said Morocco accepted offers of help from Spain, Qatar, Britain and the Emirates.\n"
    claims = [c for c in extract_claims(text) if c.kind.value == "statement"]
    (suggestion,) = check_claims(claims, index, None)
    assert "misspelled" not in suggestion.reason
    assert suggestion.verdict.value != "disputed"


def test_an_order_in_time_is_turned_only_against_the_same_other_end() -> None:
    from factdesk.claims.check.turns import turned_word

    source = "The fire burned for some 15 hours before the fire brigade declared it extinguished."
    # "15 hours after it broke out" is the same span seen from its other end
    assert turned_word("It was put out around 15 hours after it broke out.", source) is None
    source = "The strikers returned to work two days after the vote on the contract."
    assert turned_word("The strikers returned to work two days before the vote on the contract.", source) == (
        "before",
        "after",
    )
