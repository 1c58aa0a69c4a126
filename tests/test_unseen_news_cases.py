"""Readings that true reports nobody here wrote tripped over, each checked against a real store file: a
vote dated to its month, a dissent "for a cut", a lawyer named by client, a "Geneva-based" body, an
advocate called a lawyer, and a year a source writes in the name of its games."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factdesk.claims.check import check_claims, suggest
from factdesk.claims.desk import lexicon_for
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex


def _index(tmp_path: Path, yaml_text: str) -> StoreIndex:
    (tmp_path / "store.yaml").write_text(yaml_text, encoding="utf-8")
    return StoreIndex(load_store(tmp_path))


def _checked(index: StoreIndex, text: str, on: dt.date, kind: ClaimKind) -> list[tuple[str, str, str]]:
    claims = extract_claims(text, lexicon_for(index.store))
    return [
        (claim.text, found.verdict.value, found.reason)
        for claim, found in zip(claims, check_claims(claims, index, on), strict=True)
        if claim.kind is kind
    ]


HOUSE = """
votes:
  - id: house-final
    body: House of Representatives
    date: 2022-12-08
    measure: Respect for Marriage Act, Senate amendment
    outcome: adopted
    tally: {for: 258, against: 169}
"""


def test_a_tally_written_with_its_month_is_not_checked_against_another_month_s_record(tmp_path: Path) -> None:
    index = _index(tmp_path, HOUSE)
    said = "The House first passed a version of the bill in July by a vote of {}, with 47 Republicans in support."
    claims = [c for c in extract_claims(said.format("267-157")) if c.kind is ClaimKind.VOTE and c.fields.get("tally")]
    assert claims and suggest(claims[0], index, dt.date(2022, 12, 8)).verdict.value != "disputed"
    # the same tally on the record's day is that record's, and a wrong count is disputed
    today = "The House passed the bill on Thursday by a vote of {}."
    (claim,) = [c for c in extract_claims(today.format("267-157")) if c.kind is ClaimKind.VOTE]
    assert suggest(claim, index, dt.date(2022, 12, 8)).verdict.value == "disputed"


MPC = """
votes:
  - id: mpc-march
    body: Monetary Policy Committee
    date: 2024-03-20
    measure: Maintain Bank Rate at 5.25%
    outcome: adopted
    tally: {for: 8, against: 1}
    positions: {Swati Dhingra: against, Huw Pill: for}
"""


def test_a_vote_for_a_cut_at_a_meeting_that_held_is_a_vote_against_the_hold(tmp_path: Path) -> None:
    index = _index(tmp_path, MPC)
    on = dt.date(2024, 3, 21)
    said = "Eight members voted to hold rates, while one, Swati Dhingra, voted for a cut to 5%."
    (dhingra,) = [v for text, v, _ in _checked(index, said, on, ClaimKind.VOTE) if "Dhingra" in text]
    assert dhingra == "verified"
    wrong = "Eight members voted to hold rates, while one, Huw Pill, voted for a cut to 5%."
    (pill,) = [(v, r) for text, v, r in _checked(index, wrong, on, ClaimKind.VOTE) if "Pill" in text]
    assert pill[0] == "disputed", pill


PEOPLE = """
people:
  - name: Jacqueline Laffont
    roles:
      - {title: Lawyer, org: Paris Bar, from: 1990-01-01}
  - name: Arnold Dix
    roles:
      - {title: President, org: International Tunnelling and Underground Space Association, from: 2019-01-01}
  - name: Kapil Sibal
    roles:
      - {title: Senior Advocate, org: Supreme Court of India, from: 1983-01-01}
  - name: Mira Olsen
    roles:
      - {title: Chief Executive Officer, org: Mastercard, from: 2020-01-01}
"""


def test_callings_and_bodies_as_the_press_writes_them(tmp_path: Path) -> None:
    index = _index(tmp_path, PEOPLE)
    on = dt.date(2023, 12, 11)
    text = (
        "Sarkozy's lawyer Jacqueline Laffont said they would appeal. "
        "Arnold Dix, president of the Geneva-based International Tunnelling and Underground Space Association, "
        "advised the rescue. Senior lawyer Kapil Sibal argued for the petitioners."
    )
    found = _checked(index, text, on, ClaimKind.ROLE)
    assert found and all(verdict != "disputed" for _, verdict, _ in found), found
    # the body of an office, not a calling, is still checked
    wrong = _checked(index, "Visa chief executive Mira Olsen spoke.", on, ClaimKind.ROLE)
    assert [verdict for _, verdict, _ in wrong] == ["disputed"], wrong


GAMES = """
sources:
  - id: records
    title: Records and titles
    publisher: World Athletics
    date: 2021-08-01
    excerpts:
      - "Usain Bolt set the 100m world record of 9.58 in Berlin in 2009. He won the Olympic 100m title in
        Beijing 2008, London 2012 and Rio 2016, and retired in 2017."
"""


def test_a_year_the_source_writes_in_the_name_of_its_games_is_not_disputed(tmp_path: Path) -> None:
    index = _index(tmp_path, GAMES)
    said = "Bolt, the world record holder at 9.58 seconds, won the Olympic 100m in Beijing in {}, London in 2012."
    right = _checked(index, said.format("2008"), dt.date(2021, 8, 1), ClaimKind.DATE)
    assert all(verdict != "disputed" for _, verdict, _ in right), right


def test_a_predicate_after_an_apposition_is_no_title() -> None:
    said = "Lula's running mate, Geraldo Alckmin, who lost the 2006 runoff to Lula, will become vice president."
    roles = [c.text for c in extract_claims(said) if c.kind is ClaimKind.ROLE]
    assert not any("Will Become" in text or text.startswith("Lula is") for text in roles), roles


def test_one_by_one_is_no_count() -> None:
    said = "They were brought out one by one through a steel pipe pushed through the rubble."
    assert [c.text for c in extract_claims(said) if c.kind is ClaimKind.QUANTITY] == []


QUARTER = """
sources:
  - id: results
    title: Apple reports fourth quarter results
    publisher: Apple
    date: 2023-11-02
    excerpts:
      - "Apple today announced financial results for its fiscal 2023 fourth quarter ended September 30, 2023. The
        Company posted quarterly revenue of $89.5 billion, down 1 percent year over year."
"""


def test_a_full_year_figure_is_not_the_quarter_s_though_a_day_of_a_month_stands_between(tmp_path: Path) -> None:
    index = _index(tmp_path, QUARTER)
    said = "For the full fiscal year, which ended on Sept. 30, Apple's revenue fell about 3 percent to $383.3 billion."
    found = dict(
        (text, verdict) for text, verdict, _ in _checked(index, said, dt.date(2023, 11, 2), ClaimKind.QUANTITY)
    )
    assert found["fell about 3 percent"] != "disputed", found
    # the quarter's own figure, written as the quarter's, is still checked
    wrong = _checked(
        index, "Quarterly revenue fell 3 percent to $89.5 billion.", dt.date(2023, 11, 2), ClaimKind.QUANTITY
    )
    assert ("fell 3 percent", "disputed") in [(text, verdict) for text, verdict, _ in wrong], wrong
