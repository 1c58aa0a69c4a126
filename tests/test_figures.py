"""Quantities and quotes against the figures and words of the store's excerpts (table-driven)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex

EXCERPTS = [
    "State spending rises by €12 billion to a total of €512 billion, the finance ministry said.",
    "The storm brought a crane down into the Grand Mosque, killing at least 107 people and injuring 238.",
    "Over 900 asylum seekers were rescued off Aceh after their boat sank, the navy said.",
    "The charity says nearly 6,000 volunteers joined the clean-up of the river banks.",
    "IE's share of the browser market fell from 70 percent in 2009 to approximately 56 percent today.",
    "The team travelled about 500 miles (800 km) from Herat to Kabul to apply for visas.",
    "The Afghan team's parts arrived late, leaving two weeks to assemble the robot before the contest.",
    'Khaled Al-Maeena told the paper: "Had it happened five hours earlier, the toll would have been far higher."',
    "Mayor Ana Ruiz said the new tram line would need a budget of roughly half what was planned.",
    "Ninety countries signed the closing statement, which calls for new talks within three months.",
    "The army fired 36 shells at the border posts on Monday.",
    "Six of the shells hit near border posts 542 and 543.",
    "First round: Rosa Ibarra 181 votes, Tomas Weil 154 votes; nine candidates stood.",
    "Harbour Stadium, attendance 88,966.",
    "The lander mission cost around $74 million, far less than most films about space.",
    "Joel Amara won the scoring title with eight goals; Ivo Pell scored seven goals.",
    "The assembly re-elected her with 401 votes in favour and 284 against; she needed 360 votes.",
    "Members rejected the first offer and voted to strike; a second offer was rejected by 64% on October 23.",
    "Leave won 51.9%, Remain 48.1% in the referendum on EU membership.",
    "MPs rejected the deal by 432 votes to 202 - a majority of 230, the biggest defeat for a government.",
    "The 195 Parties adopted the Paris Agreement at the close of the 21st Conference of the Parties.",
    "This is a catastrophic defeat for this Government after two years of failed negotiations.",
    "Developed countries will mobilise a floor of USD 100 billion per year in climate finance.",
    "At least 2,600 people were killed in Sindh across the flooded districts.",
    "The Greens won 41 seats, the party's best result since 1994.",
    "Prices are expected to fall significantly, to around 5% by the end of the year.",
    "Six members of a road crew who were working on the bridge are missing and presumed dead.",
    "GAAP: Revenue $7,192 million; Net income $2,043 million, up 26% Y/Y.",
    "The plant produced approximately 495,000 vehicles in the quarter, the company said.",
    "The agency will keep its grain purchases at broadly the same level as before (about 4 million tonnes per month).",
    "In the trial the vaccine's observed efficacy in adults was over 94%.",
    "Silva averaged 31.4 points per game over the six-game series.",
    "Breaches of the data rules shall be subject to administrative fines of up to EUR 20 000 000.",
]


def quantity_verdict(tmp_path: Path, store: str, sentence: str) -> str:
    """The suggested verdict for the sentence's first quantity, against a store written from `store`."""
    (tmp_path / "s.yaml").write_text(store, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    (claim, *_) = [c for c in extract_claims(sentence) if c.kind is ClaimKind.QUANTITY]
    return suggest(claim, index, None).verdict.value


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("figures")
    lines = ["sources:", "  - id: src", "    title: Reports", "    publisher: Wire", "    excerpts:"]
    lines += [f"      - {json.dumps(excerpt)}" for excerpt in EXCERPTS]
    (folder / "s.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return StoreIndex(load_store(folder))


def checked(index: StoreIndex, sentence: str, kind: ClaimKind, written: str):
    claims = [c for c in extract_claims(sentence) if c.kind is kind and written in c.text]
    assert claims, f"no {kind.value} claim for {written!r} in {[c.text for c in extract_claims(sentence)]}"
    return suggest(claims[0], index, None)


@pytest.mark.parametrize(
    ("sentence", "written", "verdict", "reason"),
    [
        ("Spending rises by €12 billion, to €512 billion, the ministry said.", "€12 billion", "verified", ""),
        (
            "Spending rises by €14 billion, to €512 billion, the ministry said.",
            "€14 billion",
            "disputed",
            "€12 billion",
        ),
        (
            "Spending rises by €12 million, to €512 billion, the ministry said.",
            "€12 million",
            "disputed",
            "€12 billion",
        ),
        ("Spending rises by €12 billion, to €152 billion, the ministry said.", "€152 billion", "disputed", "€512 bil"),
        # the unit word missing from the article: the only figure of the excerpt the sentence lacks
        ("A crane fell into the Grand Mosque, killing 107 people and injuring 236.", "236", "disputed", "238"),
        ("A crane fell into the Grand Mosque, killing 107 people and injuring 238.", "238", "verified", ""),
        # approximations: "over 700" is not "over 900"; "nearly 6,000" is not "nearly 8,000"
        ("Over 700 asylum seekers were rescued off Aceh, the navy said.", "700", "disputed", "Over 900"),
        ("Nearly 8,000 volunteers joined the river clean-up, the charity says.", "8,000", "disputed", "6,000"),
        ("Nearly 6,000 volunteers joined the river clean-up, the charity says.", "6,000", "verified", ""),
        ("Some 5,900 volunteers joined the river clean-up, the charity says.", "5,900", "verified", ""),
        # two roundings of one sum agree; another sum rounded does not
        ("The lander mission cost roughly $75 million, less than most space films.", "$75 million", "verified", ""),
        ("The lander mission cost roughly $85 million, less than most space films.", "$85 million", "disputed", "74"),
        # two percentages in one excerpt: the one in the claim's place decides
        ("IE's share fell from 70 percent in 2009 to approximately 65 percent today.", "65 percent", "disputed", "56"),
        ("The team travelled about 500 miles (800 km) from Herat to Kabul.", "500 miles", "verified", ""),
        ("The team travelled about 700 miles (800 km) from Herat to Kabul.", "700 miles", "disputed", "500 miles"),
        # "about N" rounds to the places N is written to: 494,989 is about 495,000; 485,407 is not
        ("The charity says 5,912 volunteers joined the clean-up of the river banks.", "5,912", "verified", ""),
        ("The plant produced 494,989 vehicles in the quarter.", "494,989", "verified", ""),
        ("The plant produced 485,407 vehicles in the quarter.", "485,407", "disputed", "approximately 495,000"),
        # the same number of other units is not the same figure
        ("The parts arrived late, leaving four weeks to assemble the robot.", "four weeks", "disputed", "two weeks"),
        # a long sentence about another thing: the words around the figure find the excerpt that gives it
        (
            "Mayor Luis Vega hosted the two-day summit, which ended on Friday with an agreement to hold new talks "
            "within five months.",
            "five months",
            "disputed",
            "three months",
        ),
        # the word before a figure says what it numbers: "posts 544" stands where "posts 542" does
        ("Six shells hit near border posts 544 and 543, the army said.", "544", "disputed", "542"),
        ("Six shells hit near border posts 542 and 543, the army said.", "Six shells", "verified", ""),
        # a result after a name is a count, not a model number
        ("Rosa Ibarra led the first round with 181 votes.", "181 votes", "verified", ""),
        # a figure one mistyped digit from the only figure of a related excerpt is that figure
        ("A crowd of 98,966 watched at Harbour Stadium.", "98,966", "disputed", "88,966"),
        # a scale word slipped is the same figure misscaled
        ("Spending rises by €12 billion, to €512 million, the ministry said.", "€512 million", "disputed", "€512 bil"),
        # other things counted, or the size of a thing, do not stand in its place
        ("Joel Amara then scored twice in 97 seconds.", "97 seconds", "unsupported", ""),
        ("She needed 360 votes in the 720-seat assembly.", "720-seat", "unsupported", ""),
        # a span of time is never in the place of a count of something else
        ("The vote came three weeks after 401 votes were cast in favour.", "three weeks", "unsupported", ""),
        # the source's figure rounded as the press rounds it
        ("Britons voted by 52% to leave in the referendum on EU membership.", "52%", "verified", ""),
        ("Britons voted by 54% to leave in the referendum on EU membership.", "54%", "disputed", "51.9%"),
        # the source gives this very figure without its unit word
        ("The deal was rejected by 230 votes, the biggest defeat for a government.", "230 votes", "verified", ""),
        # an ordinal is no count, and a span of time is no age
        ("Nearly 200 nations adopted the Paris Agreement at the conference.", "200 nations", "verified", "(195)"),
        ("Corbyn, 69, called it a catastrophic defeat for this Government.", "69", "unsupported", ""),
        # a source that words the event otherwise, but gives the figure with its unit and the words beside it
        ("It would go on buying wheat at the same pace, about 4 million tonnes a month.", "4 million", "verified", ""),
        (
            "It would go on buying wheat at the same pace, about 4 billion tonnes a month.",
            "4 billion",
            "disputed",
            "4 mil",
        ),
        # money as a code or a sign, and a figure broken across a hard-wrapped line
        ("Rich nations must keep providing at least\n$100 billion a year in climate finance.", "$100", "verified", ""),
        (
            "Rich nations must keep providing at least\n$100 million a year in climate finance.",
            "$100",
            "disputed",
            "100",
        ),
        # another named thing's figure does not stand in its place
        ("Officials said 8,500 people had been killed in Punjab.", "8,500", "unsupported", ""),
        ("The Liberals won 121 seats, the party's worst result.", "121 seats", "unsupported", ""),
        ("The Greens won 14 seats, the party's best result since 1994.", "14 seats", "disputed", "41 seats"),
        # an excerpt's figure stands where the sentence figure placed best with it does, not elsewhere
        ("Inflation fell to 7.9% in June from 8.7% in May, far above the 2% target.", "2%", "unsupported", ""),
        # a count the sentence also gives accounts for the source's, whatever it calls them
        ("Divers recovered two road workers; six workers are presumed dead on the bridge.", "two", "unsupported", ""),
        # a source's more precise figure, in another scale, rounded as the article writes it
        ("Net income was $2.04 billion, up 26% from a year earlier.", "$2.04 billion", "verified", ""),
        ("Net income was $2.40 billion, up 26% from a year earlier.", "$2.40 billion", "disputed", "2,043"),
        # a strict bound is not bent by rounding, and bounds on either side of a figure leave nothing between
        ("The vaccine showed an efficacy of more than 94% in adults.", "more than 94%", "verified", ""),
        ("The vaccine showed an efficacy of less than 94% in adults.", "less than 94%", "disputed", "over"),
        ("Silva averaged more than 31 points per game in the series.", "more than 31 points", "verified", ""),
        ("Silva averaged fewer than 31 points per game in the series.", "fewer than 31 points", "disputed", "31.4"),
        # thousands set apart by spaces, as laws write them
        ("Breaches of the data rules can be fined up to 20 million euros.", "up to 20 million euros", "verified", ""),
        # a number no excerpt gives in its place is not disputed
        ("The navy said 40 ships took part in rescues off Aceh.", "40 ships", "unsupported", ""),
    ],
)
def test_a_figure_against_the_excerpts(index, sentence, written, verdict, reason):
    suggestion = checked(index, sentence, ClaimKind.QUANTITY, written)
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        (
            '"Had it happened five hours earlier, the toll would have been far higher," Khaled Al-Maeena said.',
            "verified",
            "",
        ),
        (
            '"Had it happened seven hours earlier, the toll would have been far higher," Khaled Al-Maeena said.',
            "disputed",
            "“five” where the quote has “seven”",
        ),
        # an excerpt that reports speech in other words does not show the quote was wrong
        ('"The tram line needs roughly half the planned budget," Mayor Ana Ruiz said.', "unsupported", ""),
    ],
)
def test_a_quote_against_the_sources_own_quotation(index, sentence, verdict, reason):
    suggestion = checked(index, sentence, ClaimKind.QUOTE, "")
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


STATEMENT_EXCERPTS = [
    "Celebrity guests at the expo included Stan Lee, Mark Hamill and Margaret Atwood, the organisers said.",
    "The Senate passed the $95 billion aid package, which gives $60 billion to Ukraine and $14 billion to Israel.",
    "The party Nieuw Sociaal Contract, founded by the lawmaker Pieter Omtzigt, won twenty seats in the election.",
    "The architect Eugene Viollet-le-Duc led the cathedral's restoration in 1859 and added its spire.",
]


@pytest.fixture(scope="module")
def statement_index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("statements")
    lines = ["sources:", "  - id: src", "    title: Reports", "    publisher: Wire", "    excerpts:"]
    lines += [f"      - {json.dumps(excerpt)}" for excerpt in STATEMENT_EXCERPTS]
    (folder / "s.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return StoreIndex(load_store(folder))


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        ("Guests at the expo included Stan Lee, Mark Hamill and Margaret Atwood, organisers said.", "verified", ""),
        (
            "Guests at the expo included Sran Lee, Mark Hamill and Margaret Atwood, organisers said.",
            "disputed",
            "Stan Lee",
        ),
        ("Guests at the expo included Stan Lee, Mark Hamill and Margaret Atwoods, organisers said.", "verified", ""),
        # a name in another language differs in more than one word: no misspelling
        ("The party New Social Contract, founded by the lawmaker Pieter Omtzigt, won twenty seats.", "verified", ""),
        (
            "The Senate passed the aid package, which gives $40 billion to Ukraine and $14 billion to Israel.",
            "disputed",
            "$60 billion",
        ),
        # a year its source does not give, where the source gives another: not verified on its other words
        ("Architect Eugene Viollet-le-Duc led the restoration in 1859 and added its spire.", "verified", ""),
        (
            "Architect Eugene Viollet-le-Duc led the cathedral's restoration in 1869 and added its spire.",
            "unsupported",
            "gives 1859, not 1869",
        ),
    ],
)
def test_a_statement_that_contradicts_its_source_is_not_verified(statement_index, sentence, verdict, reason):
    (claim,) = [c for c in extract_claims(sentence) if c.kind is ClaimKind.STATEMENT]
    suggestion = suggest(claim, statement_index, None)
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        # a day written without its year, against the excerpt's: the same, or one slip away
        ("A second offer was voted down by 64% on Oct. 23.", "verified", ""),
        ("A second offer was voted down by 64% on Oct. 25.", "disputed", "October 23, not October 25"),
    ],
)
def test_a_date_against_the_excerpts(index, sentence, verdict, reason):
    suggestion = checked(index, sentence, ClaimKind.DATE, "Oct.")
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


AGES = """
sources:
  - id: bios
    title: Members
    publisher: Parliament
    excerpts:
      - Jeremy Corbyn, born 26 May 1949, Chippenham.
      - UEDA Kazuo, Governor. Born September 1951.
  - id: speech
    title: Speech
    publisher: Wire
    date: 2024-06-03
    excerpts:
      - Sheinbaum, 61, will take office on October 1.
      - The victims were identified as Luis Ortega, age 35, of Baltimore, and Ana Ruiz (26), of Dundalk.
  - id: court-bios
    title: Members of the Court
    publisher: High Court
    excerpts:
      - Lena Brandt, Associate Judge, was born in Graz, Styria, April 1, 1950. She took her seat in 2006.
      - "Omar Haddad. Country: Morocco. Birthdate: 22 May 1987. Birthplace: Rabat."
      - "Results by candidate: Luis Ortega, 8,794,726; Ana Ruiz, 6,984,520."
  - id: prize-facts
    title: Prize facts
    publisher: Prize Foundation
    excerpts:
      - "Mira Castell, born 1962, shared the prize."
  - id: faculty-castell
    title: Faculty profile
    publisher: University
    excerpts:
      - "Professor Mira Castell, born October 6, 1962, leads the protein design institute at the university."
  - id: directory
    title: "Okafor, Thomas - Directory of Judges"
    publisher: Judicial Center
    excerpts:
      - Born September 14, 1970, in Lagos. Commissioned 2013.
"""


@pytest.mark.parametrize(
    ("sentence", "on", "verdict", "reason"),
    [
        ("Corbyn, 69, told the House it was a defeat.", "2019-01-15", "verified", "born 26 May 1949"),
        ("Corbyn, 67, told the House it was a defeat.", "2019-01-15", "disputed", "so 69 on 2019-01-15, not 67"),
        # the age on a day the sentence names: 67 on 1 March 2017, 69 on the report's day
        (
            "Corbyn, 67, told the House on March 1, 2017 it was a defeat.",
            "2019-01-15",
            "verified",
            "so 67 on 2017-03-01",
        ),
        (
            "Corbyn, 64, told the House on March 1, 2017 it was a defeat.",
            "2019-01-15",
            "disputed",
            "so 69 on 2019-01-15",
        ),
        # a birth month allows one age or two, as the day falls
        ("Governor Kazuo Ueda, 72, said the bank would act.", "2024-03-19", "verified", ""),
        ("Governor Kazuo Ueda, 68, said the bank would act.", "2024-03-19", "disputed", "72"),
        # an age a source writes beside the name, near the source's date
        ("Sheinbaum, 64, won the vote.", "2024-06-03", "disputed", "61"),
        ("They were named as Luis Ortega, 33, and a woman.", "2024-06-04", "disputed", "35"),
        ("Ana Ruiz, 26, of Dundalk was the second victim.", "2024-06-04", "verified", "Ruiz (26)"),
        # a birthplace between "born" and the date; a "Birthdate:" field; an entry of a source about the person
        ("Brandt, 70, wrote the opinion.", "2022-06-24", "disputed", "so 72 on 2022-06-24"),
        # the most precise source decides: "born 1962" allows 61 on 9 October 2024, October 6, 1962 does not
        ("Castell, 61, a professor, shared the prize.", "2024-10-09", "disputed", "so 62 on 2024-10-09"),
        ("Haddad, 36, lost the final.", "2023-07-16", "verified", "born 22 May 1987"),
        ("The Senate voted to back Okafor, 52.", "2022-04-07", "disputed", "so 51"),
        # ages in the other ways news writes them
        ("Omar Haddad, the 37-year-old former champion, lost.", "2023-07-16", "disputed", "so 36"),
        ("The 36-year-old Omar Haddad lost the final.", "2023-07-16", "verified", "born 22 May 1987"),
        ("Haddad, now 38, lost the final.", "2023-07-16", "disputed", "so 36"),
        ("Haddad, who turned 35 in May, lost the final.", "2023-07-16", "disputed", "so 36"),
        ("Haddad, who turned 37 last month, lost the final.", "2023-07-16", "disputed", "so 36"),
        # the age of the next birthday (born 22 May 1987: 36 on 16 July 2023, turning 37)
        ("Haddad, who turns 37 next May, lost the final.", "2023-07-16", "verified", "born 22 May 1987"),
        ("Haddad, who turns 39 next May, lost the final.", "2023-07-16", "disputed", "not 39"),
        # no name beside the age: the person the sentence before is about, or one named after a calling
        ("Omar Haddad lost the final. The 37-year-old said he would return.", "2023-07-16", "disputed", "so 36"),
        ("Omar Haddad lost the final. The 36-year-old said he would return.", "2023-07-16", "verified", "22 May"),
        ("The crowd cheered the 37-year-old former champion Omar Haddad.", "2023-07-16", "disputed", "so 36"),
        # an age far from the one person named near it is another thing's: "Haddad's 90-year-old club"
        ("Omar Haddad joined the 90-year-old club in May.", "2023-07-16", "unsupported", ""),
    ],
)
def test_an_age_against_a_birth_date_or_an_age_a_source_gives(tmp_path: Path, sentence, on, verdict, reason):
    import datetime as dt

    (tmp_path / "s.yaml").write_text(AGES, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    (claim,) = [c for c in extract_claims(sentence + "\n") if c.kind is ClaimKind.QUANTITY]
    suggestion = suggest(claim, index, dt.date.fromisoformat(on))
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


def test_a_figure_broken_across_a_hard_wrapped_line_is_read_with_the_words_around_it():
    sentence = "Rich nations must keep providing at least\n$100 million a year in climate finance."
    claim = next(c for c in extract_claims(sentence) if c.kind is ClaimKind.QUANTITY)
    span = claim.span_in_sentence()
    assert span is not None and claim.sentence[span[0] : span[1]] == "at least\n$100 million"


def test_a_source_of_another_year_does_not_dispute_a_figure_of_the_article_s_days(tmp_path: Path) -> None:
    """A central bank's statement of December 2021 tells of that meeting, not of one "on Thursday" in 2023."""
    import datetime as dt

    (tmp_path / "s.yaml").write_text(
        "sources:\n  - id: mpc-2021-12\n    title: Monetary Policy Summary\n    publisher: Central Bank\n"
        "    date: 2021-12-16\n    excerpts:\n"
        '      - "The Committee voted to increase Bank Rate by 0.15 percentage points, to 0.25%."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    on = dt.date(2023, 8, 3)

    def verdict(sentence: str) -> str:
        claim = next(c for c in extract_claims(sentence) if c.kind is ClaimKind.QUANTITY)
        return suggest(claim, index, on).verdict.value

    assert verdict("The Committee voted on Thursday to increase Bank Rate by 0.5 percentage points.") == "unsupported"
    assert verdict("In December 2021 the Committee voted to increase Bank Rate by 0.5 percentage points.") == "disputed"


def test_an_old_excerpt_that_names_its_own_years_tells_of_them(tmp_path: Path) -> None:
    """The 2019 annual report's "decreased ... $5.4 billion during 2019 compared to 2018" is no figure of 2023's
    quarter, though the sentence has no "on Thursday"; a sentence naming 2019 is compared with it."""
    import datetime as dt

    (tmp_path / "s.yaml").write_text(
        "sources:\n  - id: annual-2019\n    title: Annual report for fiscal 2019\n    publisher: Acme\n"
        "    date: 2019-10-31\n    excerpts:\n"
        '      - "Total net sales decreased 2% or $5.4 billion during 2019 compared to 2018, to $260.2 billion."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))

    def verdict(sentence: str) -> str:
        claim = next(c for c in extract_claims(sentence) if c.kind is ClaimKind.QUANTITY and "$" in c.text)
        return suggest(claim, index, dt.date(2023, 11, 2)).verdict.value

    assert verdict("Net sales of the laptops decreased to $7.61 billion.") == "unsupported"
    assert verdict("In 2019 total net sales decreased by $5.9 billion, to $260.2 billion.") == "disputed"


TABLE = """
sources:
  - id: seat-table
    title: Official result
    publisher: Electoral Council
    excerpts:
      - "Seat distribution (150 seats): PVV 37; GROENLINKS / Partij van de Arbeid (PvdA) 25; VVD 24; D66 9."
"""


@pytest.mark.parametrize(
    ("sentence", "written", "verdict", "reason"),
    [
        ("The VVD fell to 24 seats.", "fell to 24 seats", "verified", ""),
        ("The VVD fell to 26 seats.", "fell to 26 seats", "disputed", "gives 24"),
        ("The PVV won 35 of the 150 seats.", "35", "disputed", "gives 37"),
    ],
)
def test_a_figure_against_the_row_of_a_table_its_subject_labels(tmp_path: Path, sentence, written, verdict, reason):
    (tmp_path / "s.yaml").write_text(TABLE, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    (claim,) = [c for c in extract_claims(sentence) if c.kind is ClaimKind.QUANTITY and c.text == written]
    suggestion = suggest(claim, index, None)
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


RESULTS = """
sources:
  - id: release-2024
    title: Fourth quarter 2023 results
    publisher: Acme
    date: 2024-02-01
    excerpts:
      - "Fourth quarter revenue rose (in millions, except per share amounts): Q4 2023 $40,111; Q4 2022 $32,165."
      - "Fourth quarter net income: Q4 2023 $14,017; Q4 2022 $4,652. Diluted EPS: Q4 2023 $5.33."
      - "Full-year revenue: 2023 $134,902; 2022 $116,609."
      - "Net sales by category (in millions): Widgets $7,614 and $11,508; Gadgets $6,443 and $7,174."
  - id: release-2023
    title: Fourth quarter 2022 results
    publisher: Acme
    date: 2023-02-01
    excerpts:
      - "Full-year revenue was $116.61 billion, a decrease of 1% year-over-year."
"""


@pytest.mark.parametrize(
    ("sentence", "written", "verdict", "reason"),
    [
        # a results table's sums are in millions, whether the excerpt keeps its heading or not
        ("Acme's fourth-quarter revenue rose to $40.11 billion.", "rose to $40.11 billion", "verified", ""),
        ("Acme's fourth-quarter net income was $14.02 billion.", "$14.02 billion", "verified", ""),
        ("Acme's fourth-quarter net income was $14.02 million.", "$14.02 million", "disputed", "$14,017"),
        # of a row's two figures, the one the claim rounds stands in its place as well as the other
        (
            "Widget net sales fell to $7.61 billion and gadget net sales dropped 10% to $6.44 billion.",
            "fell to $7.61 billion",
            "verified",
            "",
        ),
        # last year's results do not contradict this year's
        ("Acme's full-year revenue rose 16% to $134.90 billion.", "rose 16%", "unsupported", ""),
    ],
)
def test_results_in_a_table_in_millions_and_of_another_year(tmp_path: Path, sentence, written, verdict, reason):
    import datetime as dt

    (tmp_path / "s.yaml").write_text(RESULTS, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    (claim,) = [c for c in extract_claims(sentence) if c.kind is ClaimKind.QUANTITY and c.text == written]
    suggestion = suggest(claim, index, dt.date(2024, 2, 2))
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


SCORECARD = """
sources:
  - id: scorecard
    title: Final - Full Scorecard
    publisher: Cricket board
    excerpts:
      - "India 240 (50 ov). Rohit Sharma c Head b Maxwell 47 (31b); Virat Kohli b Cummins 54 (63b)."
      - "Net income: Q4 2023 $14,017; Q4 2022 $4,652."
"""


@pytest.mark.parametrize(
    "sentence",
    [
        # a stat line writes the number right after the batsman's name, in a form no figure is read from
        "India made 240, and Rohit Sharma hit 47 off 31 balls.",
        # a table's sum in millions is no figure mistyped for a sum a thousand times larger
        "For the full year, net income grew to $134.90 billion.",
    ],
)
def test_no_dispute_from_a_stat_line_or_a_sum_worlds_apart(tmp_path: Path, sentence: str) -> None:
    (tmp_path / "s.yaml").write_text(SCORECARD, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    verdicts = [suggest(c, index, None).verdict.value for c in extract_claims(sentence) if c.kind is ClaimKind.QUANTITY]
    assert verdicts and "disputed" not in verdicts


def test_another_body_s_rate_does_not_dispute_the_one_a_sentence_opens_with(tmp_path: Path) -> None:
    store = """
sources:
  - id: snb
    title: Swiss National Bank lowers SNB policy rate
    publisher: Swiss National Bank
    excerpts:
      - "The SNB is easing its monetary policy. It is lowering the SNB policy rate by 0.25 percentage points to 1.5%."
"""
    (tmp_path / "s.yaml").write_text(store, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    sentence = "The European Central Bank cut rates, lowering its deposit rate by a quarter of a point to 3.75%."
    (claim,) = [c for c in extract_claims(sentence) if c.text == "3.75%"]
    assert suggest(claim, index, None).verdict.value != "disputed"


@pytest.mark.parametrize(
    ("sentence", "written", "verdict"),
    [
        # the acronym is the name it abbreviates: the SNB's own figure is borne out
        ("The SNB lowered its policy rate by 0.25 percentage points to 1.5% from 1.75%.", "1.5%", "verified"),
        ("The SNB lowered its policy rate by 0.25 percentage points to 1.25% from 1.75%.", "1.25%", "disputed"),
        # another bank's rate: "Bank" in both names, and "rate" beside the MPC's "Bank Rate", make no one thing of them
        ("Norway's Norges Bank also left its policy rate unchanged at 4.5%.", "4.5%", "unsupported"),
    ],
)
def test_two_banks_rates_named_otherwise(tmp_path: Path, sentence: str, written: str, verdict: str) -> None:
    store = """
sources:
  - id: snb
    title: Monetary policy assessment
    publisher: Swiss National Bank
    excerpts:
      - "Monetary policy assessment of 21 March 2024: Swiss National Bank lowers policy rate to 1.5%"
  - id: boe
    title: Monetary Policy Summary
    publisher: Bank of England
    excerpts:
      - "At its meeting ending on 20 March 2024, the MPC voted by a majority of 8-1 to maintain Bank Rate at 5.25%."
"""
    (tmp_path / "s.yaml").write_text(store, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    (claim,) = [c for c in extract_claims(sentence) if c.text == written]
    assert suggest(claim, index, None).verdict.value == verdict


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The jets collided at about 5:47 p.m. on the runway.", "verified"),
        ("The jets collided at about 5:57 p.m. on the runway.", "disputed"),
        ("The jets collided shortly after 5:40 p.m. on the runway.", "verified"),
        ("The jets collided shortly after 5:50 p.m. on the runway.", "disputed"),
        ("The strike, which lasted 118 days, ended on the runway.", "unsupported"),
    ],
)
def test_a_time_of_day_against_the_source_s_24_hour_clock(tmp_path: Path, sentence: str, verdict: str) -> None:
    store = """
sources:
  - id: airline
    title: Statement on the runway collision
    publisher: Airline
    excerpts:
      - "The aircraft collided with a coast guard plane on the runway at approximately 17:47."
"""
    assert quantity_verdict(tmp_path, store, sentence) == verdict


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Kiptum won in 2:00:35 on Sunday.", "verified"),
        ("Kiptum won in 2:00:53 on Sunday.", "disputed"),  # a race time, digit for digit
        ("The previous mark of 2:01:09 fell.", "verified"),
        ("The previous mark of 2:01:19 fell.", "disputed"),
        ("The mile record stands at 3:51.20.", "disputed"),  # a time with a fraction of a second
        ("The race started at 7:30 a.m. on Sunday.", "verified"),  # a time of day is not a time taken
    ],
)
def test_a_race_time_against_the_record(tmp_path: Path, sentence: str, verdict: str) -> None:
    store = """
sources:
  - id: record
    title: Marathon world record ratified
    publisher: World Athletics
    excerpts:
      - "Kiptum ran 2:00:35 in Chicago, improving the previous mark of 2:01:09; the mile record stands at 3:43.13."
      - "The race started at 7:30."
"""
    assert quantity_verdict(tmp_path, store, sentence) == verdict


def test_a_race_time_is_one_quantity_and_a_bare_clock_reading_none() -> None:
    claims = extract_claims("Kiptum won in 2:00:35, the previous best 2:01:09. Score at half time: 2:01.")
    assert [c.text for c in claims if c.kind is ClaimKind.QUANTITY] == ["2:00:35", "2:01:09"]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Ruiz is the fourth prime minister of the term.", "verified"),
        ("Ruiz is the fifth prime minister of the term.", "disputed"),
    ],
)
def test_an_ordinal_is_counted_only_where_the_same_thing_is(tmp_path: Path, sentence: str, verdict: str) -> None:
    store = """
sources:
  - id: palace
    title: Ana Ruiz appointed prime minister
    publisher: Presidency
    excerpts:
      - "Ana Ruiz, the youngest head of government of the Fifth Republic, is the fourth prime minister of the term."
"""
    assert quantity_verdict(tmp_path, store, sentence) == verdict


SENTENCES = """
sources:
  - id: other-case
    title: Co-founder of the collapsed exchange sentenced to two years for stealing from customers
    publisher: Court
  - id: profile
    title: Samuel Ortmann, founder of the collapsed exchange, profile
    publisher: Magazine
  - id: collapse
    title: The exchange collapsed in one of the largest frauds, leaving customers stranded
    publisher: Wire
  - id: prosecutors
    title: Prosecutors sought 40 to 50 years in prison for the founder of the collapsed exchange
    publisher: Wire
  - id: this-case
    title: Court press release
    publisher: Court
    excerpts:
      - "The United States Attorney announced today that SAMUEL ORTMANN was sentenced to 25 years in prison."
  - id: trial
    title: Trial results
    publisher: Sponsor
    excerpts:
      - "Doses every 4 weeks; 76-week placebo-controlled period."
  - id: climate
    title: Annual climate bulletin
    publisher: Climate service
    excerpts:
      - "The year had a global average temperature of 14.98°C, 0.60°C above the 1991-2020 average."
  - id: count-2010
    title: Apportionment results
    publisher: Statistics office
    date: 2010-12-21
    excerpts:
      - "The resident population on April 1, 2010, was 308,745,538, a 9.7 percent increase over 2000."
  - id: journal
    title: House journal
    publisher: House
    excerpts:
      - "The resolution to expel the member received 65 votes in the chamber."
"""


@pytest.mark.parametrize(
    ("sentence", "written", "verdict"),
    [
        # a long sentence brings up another defendant's sentence first: looked up by its own words and
        # names, the store gives this one
        (
            "NEW YORK, March 28 (Wire) - Samuel Ortmann, the founder of the collapsed exchange, was sentenced on"
            " Thursday to 25 years in prison for stealing from customers in one of the largest frauds.",
            "25 years",
            "verified",
        ),
        (
            "NEW YORK, March 28 (Wire) - Samuel Ortmann, the founder of the collapsed exchange, was sentenced on"
            " Thursday to 20 years in prison for stealing from customers in one of the largest frauds.",
            "20 years",
            "disputed",
        ),
        # "76-week" counts weeks as "76 weeks" does; a dosing interval does not stand in its place
        ("The drug slowed decline compared with a placebo over 76 weeks in patients.", "76 weeks", "verified"),
        # a temperature written "14.98C" is read on its scale, and not against an anomaly of 0.60°C
        ("The global average temperature was 14.98C, the highest on record.", "14.98C", "verified"),
        ("The global average temperature was 14.89C, the highest on record.", "14.89C", "disputed"),
        # a figure of many digits, or that figure one digit off, is no coincidence, whatever year the source is of
        (
            "The population was 331,449,281, the office said on Monday, up from 308,745,538 a decade earlier.",
            "308,745,538",
            "verified",
        ),
        (
            "The population was 331,449,281, the office said on Monday, up from 306,745,538 a decade earlier.",
            "306,745,538",
            "disputed",
        ),
        # how far apart two counts are is no count a source gives
        ("The resolution to expel the member fell two votes short of the chamber's 67.", "two votes", "unsupported"),
    ],
)
def test_a_figure_looked_up_by_its_own_words(tmp_path: Path, sentence: str, written: str, verdict: str) -> None:
    (tmp_path / "s.yaml").write_text(SENTENCES, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    suggestion = checked(index, sentence, ClaimKind.QUANTITY, written)
    assert suggestion.verdict.value == verdict, suggestion.reason


PANEL = """
sources:
  - id: adcom
    title: Nervous System Drugs Advisory Committee Meeting, June 10, 2024
    publisher: Drug agency
    date: 2024-06-10
    type: primary
    excerpts:
      - "Voting question: Do the benefits of the drug outweigh its risks for the disease? Yes 11, No 0."
  - id: history
    title: Biography of the diplomat
    publisher: Office of the Historian
    excerpts:
      - "The Hawks became the first team to repeat as champions since the Owls after the 2003 and 2004 seasons."
"""


@pytest.mark.parametrize(
    ("sentence", "written", "verdict"),
    [
        (
            "A panel of agency advisers voted 11-0 on June 10 that the drug's benefits outweighed its risks.",
            "June",
            "verified",
        ),
        # placed as firmly as the date that bears the true one out, a date one slip away is contradicted
        (
            "A panel of agency advisers voted 11-0 on June 12 that the drug's benefits outweighed its risks.",
            "June",
            "disputed",
        ),
        # a year written alone, a year or two from the one a source gives in its place
        ("The Owls were the last team to win consecutive titles, after the 2003 and 2004 seasons.", "2004", "verified"),
        ("The Owls were the last team to win consecutive titles, after the 2003 and 2005 seasons.", "2005", "disputed"),
    ],
)
def test_a_date_one_slip_from_the_one_a_source_gives_in_its_place(
    tmp_path: Path, sentence: str, written: str, verdict: str
) -> None:
    (tmp_path / "s.yaml").write_text(PANEL, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    suggestion = checked(index, sentence, ClaimKind.DATE, written)
    assert suggestion.verdict.value == verdict, suggestion.reason


DECLARATION = """
sources:
  - id: declaration
    title: Declaration of the 2024 Presidential Election Results
    publisher: Electoral Commission
    excerpts:
      - "I, the Chairperson of the Electoral Commission, declare Kofi Adjei Mensah as President-elect of the Republic."
      - "Kofi Adjei Mensah (National Unity Party): 6,328,397 votes, 56.55%. Ama Boateng (People's Party): 41.61%."
  - id: profile
    title: Kofi Adjei Mensah
    publisher: Encyclopedia
"""


@pytest.mark.parametrize(
    ("written", "verdict"),
    [
        ("56.55%", "verified"),
        # two digits swapped, the point between them
        ("55.65%", "disputed"),
        # another share of the vote is another figure, not a mistyped one
        ("52.55%", "unsupported"),
    ],
)
def test_a_share_a_results_table_writes_beside_the_name(tmp_path: Path, written: str, verdict: str) -> None:
    (tmp_path / "s.yaml").write_text(DECLARATION, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    sentence = (
        f"ACCRA, Dec 9 (Wire) - Kofi Adjei Mensah has won the presidential election with {written} of the vote,"
        " the Electoral Commission said on Monday, completing a political comeback."
    )
    suggestion = checked(index, sentence, ClaimKind.QUANTITY, written)
    assert suggestion.verdict.value == verdict, suggestion.reason


def test_a_release_of_the_sentence_s_other_day_does_not_date_this_one(tmp_path: Path) -> None:
    """ "won the leadership on March 9 and was sworn in on March 14": the release of March 14 reports the oath."""
    (tmp_path / "s.yaml").write_text(
        "sources:\n  - id: sworn\n    title: Prime Minister Ana Ruiz sworn in with new cabinet\n"
        "    publisher: Office of the Prime Minister\n    date: 2025-03-14\n    type: primary\n    excerpts:\n"
        '      - "Ana Ruiz was sworn in today as Prime Minister, with a new cabinet."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    sentence = "Ruiz, 60, won the party leadership on March 9 and was sworn in as Prime Minister on March 14."
    suggestion = checked(index, sentence, ClaimKind.DATE, "March 9")
    assert suggestion.verdict.value == "unsupported", suggestion.reason


def test_a_term_start_the_register_gives_outweighs_another_day_in_a_release(tmp_path: Path) -> None:
    """ "took over from Tom Lee on Sept. 18": the register's first day in office bears it out, though a release
    gives the predecessor's last day (17 September) in the same place."""
    import datetime as dt

    (tmp_path / "s.yaml").write_text(
        "people:\n  - name: Ana Ruiz\n    roles: [{title: Governor, org: Reserve Bank, from: 2023-09-18}]\n"
        "sources:\n  - id: handover\n    title: Governor's term\n    publisher: Reserve Bank\n    excerpts:\n"
        '      - "Tom Lee\'s term as Governor of the Reserve Bank ends on 17 September 2023; he hands over then."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    sentence = "Governor Ana Ruiz, who took over from Tom Lee as Governor of the Reserve Bank on Sept. 18, spoke."
    (claim,) = [c for c in extract_claims(sentence) if c.kind is ClaimKind.DATE]
    assert suggest(claim, index, dt.date(2023, 11, 7)).verdict.value == "verified"


@pytest.mark.parametrize(
    ("sentence", "written", "verdict"),
    [
        ("Dahl, 57, who led the country from 2010 to 2016, returned as foreign minister.", "2016", "verified"),
        # the range's first year names the term: its last year is that term's, however far off
        ("Dahl, 57, who led the country from 2010 to 2019, returned as foreign minister.", "2019", "disputed"),
        ("Dahl, 57, who led the country from 2008 to 2016, returned as foreign minister.", "2008", "disputed"),
    ],
)
def test_a_range_of_years_against_a_named_person_s_term(tmp_path: Path, sentence: str, written: str, verdict: str):
    import datetime as dt

    (tmp_path / "p.yaml").write_text(
        "people:\n  - name: Sven Dahl\n    roles:\n"
        "      - {title: Prime Minister, org: Norland, from: 2010-05-11, until: 2016-07-13}\n"
        "      - {title: Foreign Minister, org: Norland, from: 2023-11-13}\n",
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    (claim,) = [c for c in extract_claims(sentence) if c.kind is ClaimKind.DATE and c.text == written]
    suggestion = suggest(claim, index, dt.date(2023, 11, 14))
    assert suggestion.verdict.value == verdict, suggestion.reason


def test_a_month_of_another_year_against_a_day_a_source_gives() -> None:
    """ "November 2021" for a filing of November 11, 2022 is one slip, as "October 2022" is."""
    from factdesk.claims.check.date_places import near_date

    assert near_date("2021-11", "2022-11-11")
    assert near_date("2022-10", "2022-11-11")
    assert not near_date("2018-11", "2022-11-11")


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Duplantis cleared 6.25 meters, a world record.", "verified"),
        ("Duplantis cleared 6.26 meters, a world record.", "disputed"),
        ("Duplantis has now won two world titles and a record.", "unsupported"),  # a count is no height
    ],
)
def test_a_height_against_a_record_written_short(tmp_path: Path, sentence: str, verdict: str) -> None:
    store = """
sources:
  - id: wa
    title: Duplantis breaks pole vault world record
    publisher: World Athletics
    excerpts:
      - "Duplantis cleared 6.25m at his first attempt to break the world record for a ninth time."
"""
    assert quantity_verdict(tmp_path, store, sentence) == verdict


def test_a_bound_the_figure_meets_is_no_slip_for_it(tmp_path: Path) -> None:
    # "over EUR 1.8 billion" is no mistyped "1.84 billion": it says as much, less exactly
    store = (
        "sources:\n"
        "  - id: ec-harbor\n    title: Commission fines Harbor over EUR 1.8 billion\n"
        "    publisher: European Commission\n"
        "    excerpts:\n"
        '      - "The European Commission has fined Harbor over EUR 1.8 billion for abusing its dominant position."\n'
        "  - id: ec-google\n    title: Commission fines Google\n    publisher: European Commission\n"
        "    excerpts:\n"
        '      - "The Commission has fined Google EUR 4.34 billion for illegal practices regarding Android devices."\n'
    )
    sentence = (
        "The fine of 1.84 billion euros is one of the largest the Commission has imposed on a technology company, "
        "though it falls short of the 4.34 billion euros it levied on Google in 2018.\n"
    )
    assert quantity_verdict(tmp_path, store, sentence) != "disputed"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # a source worded otherwise ("earnings were") than the sentence ("earned") still gives the figure
        ("Northwind earned $57.5 billion in 2022, the largest profit in its history.", "disputed"),
        ("The party won 27.5% of the vote, its best result since 2002.", "disputed"),
        # one digit changed, not two swapped, may be any other figure of the story: no dispute by that alone
        ("Northwind earned $56.7 billion in 2022, the largest profit in its history.", "unsupported"),
    ],
)
def test_two_neighbouring_digits_swapped_are_the_store_s_figure_mistyped(
    tmp_path: Path, sentence: str, verdict: str
) -> None:
    store = """
sources:
  - id: northwind-results
    title: Northwind full-year results
    publisher: Northwind
    excerpts:
      - "Full-year 2022 earnings were $55.7 billion, or $13.26 per share assuming dilution."
  - id: returning-officer
    title: Final result
    publisher: Returning Officer
    excerpts:
      - "Second votes: Labour 25.7 per cent, Liberal 24.1 per cent, Greens 14.8 per cent."
"""
    assert quantity_verdict(tmp_path, store, sentence) == verdict


def test_a_statement_of_the_article_s_day_is_searched_for_the_figure_before_an_older_one_disputes_it(tmp_path: Path):
    """The bank's statement of the day may word the cut so differently that last meeting's "6.50 per cent" comes
    up first: the store is searched for the figure in the day's sources, unless the sentence tells of the older
    source's time ("down from the 6.50% it set in December")."""
    import datetime as dt

    from factdesk.claims.check.figure_places import figures_in
    from factdesk.claims.check.figure_search import given_on_its_day

    (tmp_path / "s.yaml").write_text(
        "sources:\n"
        "  - id: statement-feb\n    title: Monetary policy statement\n    publisher: Central bank\n"
        "    date: 2025-02-07\n    type: primary\n    excerpts:\n"
        '      - "The Committee at its meeting today decided to reduce the policy repo rate to 6.25 per cent."\n'
        "  - id: statement-dec\n    title: Monetary policy statement\n    publisher: Central bank\n"
        "    date: 2024-12-06\n    type: primary\n    excerpts:\n"
        '      - "The policy repo rate has been kept unchanged at 6.50 per cent."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    older = next(source for source, _ in index.excerpts() if source.id == "statement-dec")
    day = dt.date(2025, 2, 7)

    def found(sentence: str, written: str) -> str | None:
        claimed = next(figure for figure in figures_in(sentence) if figure.written == written)
        given = given_on_its_day(claimed, sentence, index, day, older)
        return given[1].id if given else None

    assert found("The bank cut its key lending rate to 6.25% on Friday.", "6.25%") == "statement-feb"
    assert found("The bank cut its key lending rate to 6.15% on Friday.", "6.15%") is None
    assert found("The rate is 6.25%, down from the 6.25% it set in December.", "6.25%") is None
