"""What a figure counts, as news and sources write it differently (real store, real extractor and checker)."""

from __future__ import annotations

import datetime as dt

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex

STORE = """
sources:
  - id: prize-2024
    title: The prize amount for 2024
    publisher: Prize Foundation
    date: 2024-06-01
    type: primary
    excerpts:
      - "The prize amount for this year's awards is set at SEK 11.0 million per full prize."
  - id: line-costs
    title: Rail line cost estimates
    publisher: Audit Office
    date: 2024-03-01
    type: primary
    excerpts:
      - "The estimated cost of the full line is between £94 billion and £106 billion in 2019 prices."
  - id: leaderboard
    title: Tournament leaderboard, final round
    publisher: Golf Club
    date: 2024-04-14
    type: primary
    excerpts:
      - "After 54 holes Dana Ortiz stood at 209, three shots clear of the field."
  - id: house
    title: The National Assembly
    publisher: Parliament
    type: reference
    excerpts:
      - "The National Assembly has 342 seats, of which 60 are reserved for women."
  - id: union-2024
    title: Dockworkers strike at ports
    publisher: Wire
    date: 2024-10-01
    type: secondary
    excerpts:
      - "Some 45,000 members of the dockworkers' union walked off the job at ports on the East Coast."
  - id: orbit
    title: Mission orbit
    publisher: Space agency
    date: 2024-09-10
    type: primary
    excerpts:
      - "During the walk, the capsule flew in an elliptical orbit of 190 by 700 kilometers."
      - "The 1966 flight reached a record apogee of 1,368 kilometers (850 miles)."
  - id: quake-report
    title: Earthquake information
    publisher: Meteorological agency
    date: 2024-01-01
    type: primary
    excerpts:
      - "At 16:10 on 1 January 2024 an earthquake of magnitude 7.6 occurred in the Noto region."
  - id: storm-landfall
    title: Hurricane makes landfall
    publisher: Hurricane center
    date: 2023-10-25
    type: primary
    excerpts:
      - "Otis made landfall near Acapulco with maximum sustained winds of 165 mph."
  - id: sentencing
    title: Sentencing memoranda
    publisher: Court
    date: 2022-11-18
    type: secondary
    excerpts:
      - "Federal prosecutors asked for a 15-year prison sentence for the founder of the blood-testing company."
  - id: births-2022
    title: Population statistics 2022
    publisher: Statistics Office
    date: 2023-01-17
    type: primary
    excerpts:
      - "The number of births in 2022 was 9.56 million; the number of deaths was 10.41 million."
  - id: merger-release
    title: Northbank to acquire Eastbank
    publisher: Northbank
    date: 2024-05-19
    type: primary
    excerpts:
      - "Holders will receive 1 Northbank share for every 22.48 Eastbank shares, equivalent to CHF 0.76 per share."
      - "The transaction values Eastbank at a total consideration of CHF 3 billion."
  - id: liquidity
    title: Eastbank to borrow up to CHF 50 billion from the central bank
    publisher: Eastbank
    date: 2024-05-15
    type: primary
    excerpts:
      - "Eastbank will exercise its option to borrow from the central bank up to CHF 50 billion."
  - id: box-office
    title: The film's box office
    publisher: Box office tracker
    date: 2024-05-30
    type: reference
    excerpts:
      - "Worldwide gross: about $975 million. Distributor: Universal Pictures."
      - "The final report runs to nearly 1,700 pages."
  - id: house-arithmetic
    title: Where the seats stand before the vote
    publisher: Wire
    date: 2024-06-01
    type: secondary
    excerpts:
      - "Opposition parties together hold 192 of the assembly's 300 seats."
      - "Of the 113 seats in the Legislative Yuan, the Kuomintang won 52 and the Democratic Progressive Party 51."
  - id: inquiry-report
    title: Tower fire inquiry report
    publisher: Inquiry
    date: 2024-06-01
    type: primary
    excerpts:
      - "Eighteen of the 72 people who died in the tower fire were children."
  - id: walkout
    title: The walkout before the confidence vote
    publisher: Wire
    date: 2024-06-01
    type: secondary
    excerpts:
      - "Around 60 lawmakers walked out of the chamber before the confidence vote."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder = tmp_path_factory.mktemp("store")
    (folder / "store.yaml").write_text(STORE, encoding="utf-8")
    return StoreIndex(load_store(folder))


def figures(sentence: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.fields.get("unit")) for c in extract_claims(sentence) if c.kind is ClaimKind.QUANTITY]


def verdict(index: StoreIndex, sentence: str, written: str) -> str:
    (claim,) = [c for c in extract_claims(sentence) if c.kind is ClaimKind.QUANTITY and c.text == written]
    suggestion = suggest(claim, index, dt.date(2024, 6, 2))
    return f"{suggestion.verdict.value}: {suggestion.reason}"


@pytest.mark.parametrize(
    ("sentence", "verdicts"),
    [
        # a part of a whole counts what the whole counts, and is no whole itself
        ("Opposition parties hold 192 seats in the assembly.", {"quantity": "verified"}),
        ("Opposition parties hold 182 seats in the assembly.", {"quantity": "disputed: house-arithmetic gives 192"}),
        ("The Kuomintang won 52 seats in the Legislative Yuan.", {"statement": "verified", "quantity": "verified"}),
        ("The Kuomintang won 54 seats in the Legislative Yuan.", {"quantity": "disputed: house-arithmetic gives 52"}),
        ("Eighteen of those who died in the tower fire were children.", {"quantity": "verified"}),
        ("Twelve of those who died in the tower fire were children.",
         {"quantity": "disputed: inquiry-report gives Eighteen"}),
        # an amount without a figure stands for those of its size: dozens are 60, not 600
        ("Dozens of lawmakers walked out of the chamber before the confidence vote.", {"quantity": "verified"}),
        ("Hundreds of lawmakers walked out of the chamber before the confidence vote.", {"quantity": "disputed"}),
    ],
)  # fmt: skip
def test_a_part_stands_where_the_part_of_a_whole_does(index: StoreIndex, sentence: str, verdicts: dict) -> None:
    claims = extract_claims(sentence)
    found = {
        claim.kind.value: f"{suggestion.verdict.value}: {suggestion.reason}"
        for claim in claims
        if (suggestion := suggest(claim, index, dt.date(2024, 6, 2)))
        and claim.kind in (ClaimKind.QUANTITY, ClaimKind.STATEMENT)
    }
    for kind, expected in verdicts.items():
        assert found.get(kind, "").startswith(expected), (kind, found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The prize is 11 million Swedish crowns, the assembly said.", [("11 million Swedish crowns", "SEK")]),
        ("He was fined 20 million Pakistani rupees.", [("20 million Pakistani rupees", "PKR")]),
        ("The deal was worth 5 billion Mexican pesos.", [("5 billion Mexican pesos", "MXN")]),
        # a headline's title case, and a range whose scale both ends share
        ("Drugmaker Invests $43 Billion to Battle Cancer", [("$43 Billion", "USD")]),
        ("It sees revenues in a range of $67.0 to $71.0 billion.", [("$67.0", "USD"), ("71.0 billion", "USD")]),
        # a climate conference is no sum of Colombian pesos
        ("Delegates met at COP28 in Dubai.", []),
        # "the first quarter of 2024" is a period, not a quarter of something
        ("Wages grew by 4.7 per cent in the first quarter of 2024.", [("grew by 4.7 per cent", "percent")]),
        ("Almost half of the children were vaccinated.", [("Almost half", "percent")]),
        # a number word in a name is no count; in a headline's title case it still is
        ("Lawmakers from the Five Star Movement walked out.", []),
        ("Storm Kills Five People in Texas", [("Five", None)]),
        # four figures with a zone, as the wires write a time in another zone: no count of anything
        ("Dorian made landfall at 12:40 p.m. EDT (1640 GMT) on Sunday.", [("12:40 p.m.", "time of day")]),
    ],
)
def test_what_a_figure_counts_is_read(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "written", "expected"),
    [
        ("Each prize is worth 11 million Swedish crowns this year.", "11 million Swedish crowns", "verified"),
        ("Each prize is worth 10 million Swedish crowns this year.", "10 million Swedish crowns", "disputed"),
        # "up to" names a ceiling a source gives, not a rough figure ten per cent either way
        ("The full line would cost up to £116 billion, the auditors estimated.", "up to £116 billion", "disputed"),
        ("The full line would cost up to £106 billion, the auditors estimated.", "up to £106 billion", "verified"),
        # "the back nine" is no count a 54-hole total of 209 contradicts: the two are worlds apart
        ("Ortiz pulled clear on the back nine to win the final round.", "nine", "unsupported"),
        # nouns that count the same things: a house's members are its seats, a union's members its workers
        ("No motion had passed the 342-member National Assembly before.", "342-member", "verified"),
        ("No motion had passed the 324-member National Assembly before.", "324-member", "disputed"),
        ("About 54,000 workers of the dockworkers' union walked off the job at East Coast ports.",
         "About 54,000 workers",
         "disputed"),
        # a length in the unit the source does not use, as precise as each is written
        ("The crew left the capsule some 700 kilometers (435 miles) above Earth in an elliptical orbit.",
         "435 miles", "verified"),
        ("The 1966 flight reached a record apogee of 1,386 kilometers (850 miles).", "1,386 kilometers", "disputed"),
        # a source that names what it counts before the figure: "The number of births in 2022 was 9.56 million"
        ("The country recorded 9.65 million births in 2022.", "9.65 million births", "disputed: births-2022"),
        # "francs" alone after an amount is money, compared with the source's CHF, not with its "1 Northbank share"
        ("Eastbank holders get one share for every 22.48 they hold, valuing Eastbank at 0.76 francs a share.",
         "0.76 francs", "verified"),
        ("Eastbank holders get one share for every 22.48 they hold, valuing Eastbank at 0.67 francs a share.",
         "0.67 francs", "disputed: merger-release"),
        # the release about the deal gives the sum in another excerpt: the liquidity line's ceiling is no dispute
        ("Northbank agreed on Sunday to buy Eastbank for 3 billion Swiss francs as the central bank stood by.",
         "3 billion Swiss francs", "unsupported: merger-release gives CHF 3 billion elsewhere"),
        # a floor and a rounded figure: "more than $950 million" is "about $975 million"; "nearly 1,700" no 1,500
        ("The film has taken more than $950 million at the worldwide box office for Universal Pictures.",
         "more than $950 million", "verified"),
        ("The film has taken more than $990 million at the worldwide box office for Universal Pictures.",
         "more than $990 million", "disputed"),
        ("The final report runs to about 1,500 pages.", "about 1,500 pages", "disputed"),
        # a change is not where a level stands; what was asked for is not what was decided (nor the other way)
        ("Otis's winds increased by about 110 mph in the 24 hours before it made landfall near Acapulco.",
         "increased by about 110 mph", "unsupported"),
        ("Otis made landfall near Acapulco with maximum sustained winds of 150 mph.", "150 mph",
         "disputed: storm-landfall gives 165 mph"),
        ("The founder of the blood-testing company was sentenced to 11 years in prison.", "11 years", "unsupported"),
        ("Federal prosecutors asked for a 12-year prison sentence for the founder of the blood-testing company.",
         "12-year", "disputed: sentencing gives 15-year"),
        # a magnitude is named before its reading, and the noun after it is no unit ("6.7 earthquake")
        ("Survivors of the magnitude 7.6 earthquake in the Noto region waited for aid.", "7.6", "verified"),
        ("Rescuers race to reach survivors after 7.6 quake hits the Noto region", "7.6", "verified"),
        ("Rescuers race to reach survivors after 6.7 quake hits the Noto region", "6.7",
         "disputed: quake-report gives magnitude 7.6"),
        ("Survivors of the magnitude 6.7 earthquake in the Noto region waited for aid.", "6.7",
         "disputed: quake-report gives magnitude 7.6"),
    ],
)  # fmt: skip
def test_a_figure_against_a_source_that_writes_it_otherwise(index: StoreIndex, sentence, written, expected) -> None:
    assert verdict(index, sentence, written).startswith(expected)


TWO_SOURCES = """
sources:
  - id: agency-first-vote
    title: Motion against the president scrapped as ruling party boycotts vote
    publisher: Agency
    date: 2024-12-07
    type: secondary
    excerpts:
      - "The motion was automatically scrapped after only 195 lawmakers cast ballots, short of the 200 needed, as most
         ruling party members walked out of the plenary hall."
  - id: wire-bloc
    title: Opposition bloc and the ruling party's votes
    publisher: Wire
    date: 2024-12-14
    type: secondary
    excerpts:
      - "The opposition bloc holds 192 seats and at least 12 ruling party members are believed to have voted in favour."
"""


def test_an_excerpt_that_gives_the_sentence_s_other_figures_too_tells_what_it_tells(tmp_path) -> None:
    """ "12 ruling party members joined the 192 opposition lawmakers": the excerpt that gives the 12 gives the 192."""
    (tmp_path / "s.yaml").write_text(TWO_SOURCES, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    sentence = "At least 12 ruling party members joined the 192 opposition lawmakers in voting for the motion."
    assert verdict(index, sentence, "192 opposition lawmakers").startswith("verified")


def test_a_long_figure_mistyped_is_found_wherever_the_store_gives_it(tmp_path) -> None:
    """ "96,241,691 votes" for the decree's 96,214,691: two digits swapped, though no word of the sentence
    brings the decree up."""
    (tmp_path / "s.yaml").write_text(
        "sources:\n  - id: decree\n    title: Decree on the final count\n    publisher: Election Commission\n"
        '    excerpts:\n      - "Candidate pair number 2: 96,214,691 (58.59%)."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    sentence = "The former general won 96,241,691 votes, the official tally showed on Wednesday."
    assert verdict(index, sentence, "96,241,691 votes").startswith("disputed: decree gives 96,214,691")
    assert not verdict(index, sentence.replace("96,241,691", "96,214,691"), "96,214,691 votes").startswith("disputed")
