"""Dates and years against the dates the store's excerpts give in the same place (table-driven)."""

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
    "Argued December 1, 2021. Decided June 24, 2022.",
    "It was the first dissent by a Fed governor on a rate decision since 2005.",
    "Roberta Metsola was re-elected President of the European Parliament on 16 July 2024 with 562 votes.",
    "The USI exhibit in Evansville, Indiana, runs from January 23, 2014 through March 9, 2014.",
    "An exhibit of Warhol prints opened at the University of Southern Indiana on January 23, 2014.",
    "Argentina won their third World Cup, after 1978 and 1986.",
    "Revenue for 2021 totaled $5.08 billion.",
    "Lionel Scaloni (coach), born 16 May 1978, Pujato.",
    "The bank's first interest rate rise in 17 years, since March 2007, ends its era of negative rates.",
    "The Assisted Dying (No. 2) Bill was defeated at second reading on 11 September 2015 by 330 votes to 118.",
    "Deputy Prime Minister November 20, 2019 to December 16, 2024;"
    " Minister of Finance August 18, 2020 to December 16, 2024.",
    "The G20 leaders' summit was held in Osaka on June 28-29, 2019.",
    "Despite the first interest rate increase since February 2007, the central bank said conditions stay easy.",
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("dates")
    lines = ["sources:", "  - id: src", "    title: Reports", "    publisher: Wire", "    excerpts:"]
    lines += [f"      - {json.dumps(excerpt)}" for excerpt in EXCERPTS]
    (folder / "s.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return StoreIndex(load_store(folder))


def dates_of(text: str) -> list[str]:
    return [claim.text for claim in extract_claims(text) if claim.kind is ClaimKind.DATE]


def test_years_standing_alone_are_date_claims():
    text = "It overturned the 1992 decision; the first dissent since 2005 came in 1848 terms.\n"
    assert dates_of(text) == ["1992", "2005"]


def test_a_year_after_a_range_of_days_is_both_days_year():
    text = "The summit ran on June 28-29, 2019, and talks on Oct. 26-27.\n"
    values = [(c.text, c.fields.get("date")) for c in extract_claims(text) if c.kind is ClaimKind.DATE]
    assert values[:2] == [("June 28", "2019-06-28"), ("29", "2019-06-29")]
    assert ("27", "--10-27") in values


@pytest.mark.parametrize(
    "text",
    [
        "The 2023-24 season drew 1,992 fans.\n",
        "Tickets cost $2005 in the 1990s.\n",
        "Fans of Euro 2024 travelled with 45% of 2000s-era kits.\n",
        "The survey covered 1709 schoolchildren.\n",
    ],
)
def test_numbers_shaped_like_years_are_not_years(text):
    assert dates_of(text) == []


def test_a_dateline_is_checked_against_the_article_s_own_date(index):
    import datetime as dt

    text = "Tuesday, March 8, 2011\n\nMicrosoft began a countdown on Tuesday.\n"
    dates = [c for c in extract_claims(text) if c.kind is ClaimKind.DATE]
    assert [c.text for c in dates] == ["March 8, 2011", "Tuesday"]  # the dateline's weekday is read with its date
    claim = dates[0]
    assert suggest(claim, index, dt.date(2011, 3, 8)).verdict.value == "verified"
    wrong = suggest(claim, index, dt.date(2011, 3, 5))
    assert wrong.verdict.value == "disputed" and "March 5, 2011" in wrong.reason


def test_a_short_last_line_of_a_wrapped_sentence_is_no_dateline(index):
    import datetime as dt

    text = (
        "The agreement with the studios, which bargain on behalf of the largest networks and streamers,\n"
        "ended a strike of four months that began on July 14 and was\n"
        "called off on Nov. 9.\n"
    )
    (claim,) = [c for c in extract_claims(text) if c.kind is ClaimKind.DATE and c.text == "Nov. 9"]
    assert suggest(claim, index, dt.date(2023, 12, 5)).verdict.value == "unsupported"


def test_a_short_sentence_on_a_line_of_its_own_is_no_dateline(index):
    import datetime as dt

    text = "The union said members ratified the deal.\n\nVoting began on Aug. 3.\n"
    (claim,) = [c for c in extract_claims(text) if c.kind is ClaimKind.DATE]
    assert suggest(claim, index, dt.date(2023, 8, 22)).verdict.value == "unsupported"


def checked(index: StoreIndex, sentence: str, written: str):
    claims = [c for c in extract_claims(sentence) if c.kind is ClaimKind.DATE and c.text == written]
    assert claims, f"no date claim {written!r} in {[c.text for c in extract_claims(sentence)]}"
    return suggest(claims[0], index, None)


@pytest.mark.parametrize(
    ("sentence", "written", "verdict", "reason"),
    [
        # the word before the date says which of an excerpt's dates stands in its place
        ("The case was argued on Dec. 1 and decided with a 6-3 majority.", "Dec. 1", "verified", ""),
        ("The case was argued on Nov. 1 and decided with a 6-3 majority.", "Nov. 1", "disputed", "December 1"),
        ("The case was decided on June 24 after months of waiting.", "June 24", "verified", ""),
        # a year against the year the source gives for the same thing
        ("It was the first dissent by a Fed governor since 2005.", "2005", "verified", ""),
        ("It was the first dissent by a Fed governor since 1993.", "1993", "disputed", "2005, not 1993"),
        (
            "The previous attempt at assisted dying in 2012 was defeated by 330 votes to 118.",
            "2012",
            "disputed",
            "2015",
        ),
        # the same month of another year, in an excerpt about the same thing
        ("The bank raised its interest rate for the first time since March 2008.", "March 2008", "disputed", "2007"),
        # "first ... since": the other end of the record, however the rest is worded
        (
            "The central bank on Tuesday ended negative rates, raising borrowing costs for the first time since "
            "February 2008 and dismantling its easing.",
            "February 2008",
            "disputed",
            "February 2007",
        ),
        ("The bank raised its interest rate for the first time since March 2007.", "March 2007", "verified", ""),
        # the two words before a date say its office, in either order ("finance minister", "Minister of Finance")
        (
            "Freeland had served as finance minister since February 2020.",
            "February 2020",
            "disputed",
            "August 18, 2020",
        ),
        ("Freeland had served as finance minister since August 2020.", "August 2020", "verified", ""),
        # another thing with a date: not disputed
        ("Fed cuts rates in first reduction since 2020; governor dissents", "2020", "unsupported", ""),
        (
            "STRASBOURG, France, 18 July 2024 (Wire) - The European Parliament re-elected its President.",
            "18 July 2024",
            "unsupported",
            "",
        ),
        ("Twitter, founded in 2006, reported revenue of $5.08 billion for 2021.", "2006", "unsupported", ""),
        ("Argentina coach Lionel Scaloni, who took over in 2018, was the youngest coach.", "2018", "unsupported", ""),
        # the end of a range the source gives whole
        ("The University of Southern Indiana, Evansville, January 23 - March 9 2014.", "March 9 2014", "verified", ""),
        # "June 28-29, 2019": the year written after a range of days holds for both
        ("Leaders met in Osaka for the G20 summit in June 2018.", "June 2018", "disputed", "June 28, 2019"),
        ("Leaders met in Osaka for the G20 summit in June 2019.", "June 2019", "verified", ""),
        # a day is not compared with a year alone
        (
            "LUSAIL, Qatar, Dec. 18, 2022 (Wire) - Argentina won their third World Cup.",
            "Dec. 18, 2022",
            "unsupported",
            "",
        ),
    ],
)
def test_a_date_against_the_date_in_its_place(index, sentence, written, verdict, reason):
    suggestion = checked(index, sentence + "\n", written)
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


def test_a_primary_source_dates_what_it_announces(tmp_path):
    """A release that announces a nomination "today" dates it: the article's day one slip away is disputed;
    a report, or a release that dates its event itself, is not so read."""
    import datetime as dt

    (tmp_path / "s.yaml").write_text(
        "sources:\n"
        "  - id: release\n    title: The Governor nominates Judge Ana Ruiz\n    publisher: Office of the Governor\n"
        "    date: 2023-02-25\n    type: primary\n    excerpts:\n"
        '      - "Today, the Governor is nominating Judge Ana Ruiz to serve on the state Supreme Court."\n'
        "  - id: report\n    title: Governor picks Ruiz\n    publisher: Wire\n    date: 2023-03-02\n"
        "    type: secondary\n    excerpts:\n"
        '      - "The Governor nominated Judge Tomas Weil to the appeals court, officials said."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))

    def verdict(sentence: str) -> tuple[str, str]:
        claim = next(c for c in extract_claims(sentence) if c.kind is ClaimKind.DATE)
        found = suggest(claim, index, dt.date(2023, 4, 1))
        return found.verdict.value, found.reason

    assert verdict("The Governor nominated Judge Ana Ruiz to the state Supreme Court on Feb. 25.")[0] == "verified"
    wrong = verdict("The Governor nominated Judge Ana Ruiz to the state Supreme Court on Feb. 28.")
    assert wrong[0] == "disputed" and "February 25" in wrong[1]
    assert verdict("The Governor nominated Judge Tomas Weil to the appeals court on March 5.")[0] == "unsupported"
    # a year alone: the release of another year disputes it, a year or two off
    assert verdict("The Governor nominated Judge Ana Ruiz to the state Supreme Court in 2023.")[0] == "verified"
    wrong = verdict("The Governor nominated Judge Ana Ruiz to the state Supreme Court in 2022.")
    assert wrong[0] == "disputed" and "February 25, 2023" in wrong[1]


def test_a_release_that_dates_its_event_in_another_excerpt_does_not_date_it_by_its_own_day(tmp_path):
    import datetime as dt

    (tmp_path / "s.yaml").write_text(
        "sources:\n"
        "  - id: agency\n    title: Agency statement on the lander\n    publisher: Space agency\n"
        "    date: 2023-08-20\n    type: primary\n    excerpts:\n"
        '      - "Contact with the lander was lost on August 19 at 14:57 local time."\n'
        '      - "The lander crashed into the moon, the first mission of the agency since 1976."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    claim = next(c for c in extract_claims("The lander crashed into the moon on Aug. 19, the agency said.\n"))
    assert claim.kind is ClaimKind.DATE
    assert suggest(claim, index, dt.date(2023, 8, 21)).verdict.value != "disputed"


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        # the source's date is the one the sentence writes elsewhere, at a coarser grain
        ("The cut, effective June 12, ends a record rate that had stood since September 2023.", "June 12"),
        ("It raised rates ten times from July 2022 until inflation peaked at 10.6% in October 2022.", "July 2022"),
    ],
)
def test_a_source_date_the_sentence_also_writes_stands_in_that_one_s_place(tmp_path, sentence, written):
    (tmp_path / "s.yaml").write_text(
        "sources:\n"
        "  - id: bank\n    title: Monetary policy decisions\n    publisher: Central bank\n    excerpts:\n"
        '      - "The deposit rate will be increased to a record 4.00%, with effect from 20 September 2023."\n'
        '      - "Annual inflation peaked at 10.6% in October 2022, up from 9.9% in September."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    assert checked(index, sentence + "\n", written).verdict.value != "disputed"


TERMS = """
people:
  - name: Ana Ruiz
    roles: [{title: Prime Minister, org: Portugal, from: 2024-09-05}]
  - name: Ben Cole
    roles: [{title: President, org: Portugal, from: 2017-05-14}]
  - name: Eva Lind
    roles: [{title: President, org: Finland, from: 2012-03-01}]
  - name: Tom Hale
    roles: [{title: Senator, org: Ohio, from: 2011-01-03}]
"""


@pytest.mark.parametrize(
    ("sentence", "written", "verdict", "reason"),
    [
        # a day of taking office against the register's term for the person named
        ("Ruiz, 73, was appointed by President Ben Cole on Sept. 5, two months ago.", "Sept. 5", "verified", ""),
        ("Ruiz, 73, was appointed by President Ben Cole on Sept. 15, two months ago.", "Sept. 15", "disputed", "5"),
        ("Cole took office in 2017, promising reform.", "2017", "verified", ""),
        ("Cole took office in 2016, promising reform.", "2016", "disputed", "May 14, 2017"),
        # a day without its year is near the article's date: a term that began years ago is not meant
        ("Cole was sworn in on May 4 for a new term.", "May 4", "unsupported", ""),
        # a title held since a year: the term of the person named last before it, whose title is written
        ("Lind, 74, who has been president since 2012, met President Ben Cole.", "2012", "verified", ""),
        ("Lind, 74, who has been president since 2010, met President Ben Cole.", "2010", "disputed", "2012"),
        # elected in November, sworn in in January: "a senator since 2010" is no slip
        ("Hale, a senator since 2010, voted no.", "2010", "unsupported", ""),
        # a name and a title in an apposition are not who has held what since the year
        ("Lind, a former envoy under President Ben Cole, has led the country since 2016.", "2016", "unsupported", ""),
    ],
)
def test_a_day_of_taking_office_against_the_register_s_term(tmp_path, sentence, written, verdict, reason):
    import datetime as dt

    (tmp_path / "people.yaml").write_text(TERMS, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    claim = next(c for c in extract_claims(sentence + "\n") if c.kind is ClaimKind.DATE and c.text == written)
    suggestion = suggest(claim, index, dt.date(2024, 11, 20))
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


def test_a_date_of_another_event_after_taking_office_is_not_the_term_s(tmp_path):
    import datetime as dt

    (tmp_path / "people.yaml").write_text(TERMS, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    sentence = "Ruiz, who became prime minister after her party won the Sept. 4 election, spoke.\n"
    claim = next(c for c in extract_claims(sentence) if c.kind is ClaimKind.DATE)
    assert suggest(claim, index, dt.date(2024, 11, 20)).verdict.value == "unsupported"


def test_a_range_of_years_stands_where_a_range_with_the_same_end_does(tmp_path):
    (tmp_path / "s.yaml").write_text(
        "sources:\n  - id: bbc\n    title: Reshuffle\n    publisher: BBC\n    excerpts:\n"
        '      - "Lord Hale, who was prime minister from 2010 to 2016, stood down as an MP in 2016."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    sentence = "Hale, 57, who led Britain from {} to 2016 and resigned after the referendum, returns.\n"
    assert checked(index, sentence.format(2010), "2010").verdict.value == "verified"
    wrong = checked(index, sentence.format(2005), "2005")
    assert (wrong.verdict.value, "2010" in wrong.reason) == ("disputed", True)


def test_an_irregular_past_stands_where_its_base_does(tmp_path):
    (tmp_path / "s.yaml").write_text(
        "sources:\n  - id: union\n    title: Strike notice\n    publisher: Union\n    excerpts:\n"
        '      - "The strike will begin at 12:01 a.m. on Friday, July 14."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    sentence = "The union ended a 118-day strike that began on {} and was called off in November.\n"
    assert checked(index, sentence.format("July 14"), "July 14").verdict.value == "verified"
    wrong = checked(index, sentence.format("July 16"), "July 16")
    assert (wrong.verdict.value, "July 14" in wrong.reason) == ("disputed", True)


@pytest.mark.parametrize(
    ("sentence", "written", "right"),
    [
        # the word before each date names one thing in two words: "constructed" / "built", with "building"
        ("The building, constructed in {}, was undergoing its 40-year recertification.", "1991", "1981"),
        # a hyphenated verb and its part: "crashed" / "crash-landed"
        ("The lander of the earlier probe crashed in {} after losing contact.", "September 2018", "September 2019"),
        # words for one moment (moment_words.yaml): "take effect on" and "apply from"
        (
            "The price cap will take effect on {}, the same day an embargo comes into force.",
            "December 15",
            "December 5",
        ),
        # a year naming the same thing after it: "set by the 1935 Labor Day hurricane", "ties the 1935 ..."
        ("Its winds tied the record for a landfall set by the {} Labor Day hurricane.", "1938", "1935"),
    ],
)
def test_one_event_named_in_other_words_before_its_date(tmp_path, sentence, written, right):
    (tmp_path / "s.yaml").write_text(
        "sources:\n  - id: wire\n    title: Reports\n    publisher: Wire\n    excerpts:\n"
        '      - "The building was built in 1981 and was undergoing its 40-year recertification."\n'
        '      - "The lander of the earlier probe crash-landed on the Moon in September 2019 after losing contact."\n'
        '      - "The price cap will apply from 5 December 2022 for crude oil."\n'
        '      - "Landfall winds of 185 mph tie the 1935 Labor Day hurricane for the strongest on record."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    assert checked(index, sentence.format(right) + "\n", right).verdict.value == "verified"
    wrong = checked(index, sentence.format(written) + "\n", written)
    assert (wrong.verdict.value, right in wrong.reason) == ("disputed", True), wrong.reason


def test_a_release_of_the_day_tells_of_a_later_day_as_ahead_and_a_month_alone_is_of_the_report_s_year(tmp_path):
    """The union's release of July 25 says members "had been prepared to strike on August 1": that day was ahead
    of it, not the day of the deal. "said in July" is the report's July, not the chief executive's start in 2020."""
    import datetime as dt

    (tmp_path / "s.yaml").write_text(
        "sources:\n"
        "  - id: union-release\n    title: Union secures tentative agreement\n    publisher: Union\n"
        "    date: 2023-07-25\n    type: primary\n    excerpts:\n"
        '      - "The union reached a tentative agreement with the company. Members had been prepared to strike on'
        ' August 1 if no agreement was reached before the contract expired."\n'
        "  - id: company-leadership\n    title: Company leadership\n    publisher: Company\n    type: reference\n"
        "    excerpts:\n"
        '      - "Carol Tome became chief executive officer of the company on June 1, 2020."\n',
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))

    def verdict(sentence: str, written: str) -> str:
        claim = next(c for c in extract_claims(sentence) if c.kind is ClaimKind.DATE and c.text == written)
        found = suggest(claim, index, dt.date(2023, 8, 22))
        return f"{found.verdict.value}: {found.reason}"

    said = verdict("The union reached a tentative agreement with the company on July 25.", "July 25")
    assert said.startswith("verified"), said
    said = verdict("Chief executive Carol Tome said in July that the company was pleased.", "July")
    assert not said.startswith("disputed"), said
