"""Titles are compared as offices: word order, spelling and short forms do not matter; rank words do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.check.offices import same_office
from factdesk.claims.model import Claim, ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex


@pytest.mark.parametrize(
    ("claimed", "registered", "same"),
    [
        ("Minister of Defence", "Defense Minister", True),
        # "security chief", "police chief": the press's word for the head of a portfolio
        ("security chief", "Secretary for Security", True),
        ("police chief", "Commissioner of Police", True),
        ("security chief", "Secretary of State", False),
        ("House Speaker", "Speaker of the House", True),
        # two offices held together, the second a portfolio of two words: not "Finance" as an office of its own
        ("Finance Minister", "Deputy Prime Minister and Minister of Economy and Finance", True),
        ("Prime Minister", "Deputy Prime Minister and Minister of Economy and Finance", False),
        ("Defence Minister", "Deputy Prime Minister and Minister of Economy and Finance", False),
        ("Health Secretary", "Secretary of Health and Human Services", True),
        ("chief executive", "Chairman and Chief Executive Officer", True),
        ("opposition leader", "Leader of the Opposition", True),
        ("Strategic Affairs Minister", "Minister of Strategic Affairs", True),
        ("Foreign Minister", "Minister of Foreign Affairs", True),
        # a foreign ministry by another name: South Africa's, India's
        ("Foreign Minister", "Minister of International Relations and Cooperation", True),
        ("Foreign Minister", "Minister of External Affairs", True),
        ("Treasurer-General", "Secretary-General", False),
        ("Sen.", "Senator", True),
        ("Gov.", "Governor", True),
        ("Rep.", "Representative", True),
        ("CEO", "Chief Executive Officer", True),
        ("chief executive", "Chief Executive Officer", True),
        ("Justice", "Associate Justice", True),
        # the press's words for a presiding officer, an army's commander, a party's co-leader
        ("Speaker", "President of the Assembly of the Republic", True),
        ("Army Chief", "Commander of the Lebanese Armed Forces", True),
        ("Co-leader", "Co-spokesperson", True),
        ("Speaker", "Deputy Speaker", False),
        # a chief judge is a judge of the court; a chief minister is not a minister
        ("Judge", "Chief Judge, U.S. Court of Appeals for the D.C. Circuit", True),
        ("Minister", "Chief Minister", False),
        ("Executive Officer", "Chief Executive Officer", False),
        ("Ambassador", "Ambassador to the United Nations", True),
        ("Ambassador to the U.N.", "Ambassador to the United Nations", True),
        ("Ambassador to the U.N.", "Permanent Observer to the United Nations", True),
        ("lawmaker", "Member of Parliament", True),
        ("premier", "Prime Minister", True),
        ("finance minister", "Chancellor of the Exchequer", True),
        ("Deputy Ambassador", "Ambassador to the United Nations", False),
        ("National Security Adviser", "National Security Advisor", True),
        ("Home Secretary", "Secretary of State for the Home Department", True),
        ("spokeswoman", "spokesperson", True),
        ("Deputy Prime Minister", "Prime Minister", False),
        ("Prime Minister", "Deputy Prime Minister", False),
        ("House Minority Leader", "House Majority Leader", False),
        ("Senate Majority Leader", "Senate Minority Leader", False),
        ("Vice President", "President", False),
        ("President", "Vice President", False),
        ("Secretary-General", "Deputy Secretary-General", False),
        ("Foreign Minister", "Defense Minister", False),
        ("Chief Justice", "Associate Justice", False),
        ("CFO", "Chief Executive Officer", False),
        ("vice-captain", "captain", False),
        ("Lieutenant General", "Major General", False),
        ("Senator", "Representative", False),
    ],
)
def test_titles_as_offices(claimed: str, registered: str, same: bool):
    assert same_office(claimed, registered) is same


def test_the_organisation_may_stand_in_the_title():
    assert same_office("Senate Majority Leader", "Majority Leader", "Senate")
    assert not same_office("Senate Majority Leader", "Majority Leader", "House of Representatives")
    # ... by its initials: "DA Leader" is the Leader of the Democratic Alliance, not of the Freedom Front
    assert same_office("DA Leader", "Leader", "Democratic Alliance")
    assert not same_office("DA Leader", "Leader", "Freedom Front Plus")


REGISTER = """
people:
  - name: Boris Johnson
    roles:
      - {title: Prime Minister, org: United Kingdom, from: 2019-07-24, until: 2022-09-06}
  - name: Chuck Schumer
    roles:
      - {title: Senate Majority Leader, from: 2021-01-20, until: 2025-01-03}
      - {title: Senate Minority Leader, from: 2017-01-03, until: 2021-01-20}
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("register")
    (folder / "people.yaml").write_text(REGISTER, encoding="utf-8")
    return StoreIndex(load_store(folder))


@pytest.mark.parametrize(
    ("person", "role", "sentence", "verdict", "reason"),
    [
        # the date in the sentence, not the article's, says when the title was held
        (
            "Boris Johnson",
            "Prime Minister",
            "A scheme was rejected by Prime Minister Boris Johnson in September 2021.",
            "verified",
            "in 2021-09",
        ),
        (
            "Boris Johnson",
            "Prime Minister",
            "Prime Minister Boris Johnson spoke in 2018.",
            "disputed",
            "from 2019-07-24",
        ),
        (
            "Boris Johnson",
            "Prime Minister",
            "Prime Minister Boris Johnson spoke today.",
            "disputed",
            "until 2022-09-06",
        ),
        # a date after the article's (a plan) or a birth date is not when the title was held
        (
            "Boris Johnson",
            "Prime Minister",
            "Prime Minister Boris Johnson, born on June 19, 1964, spoke.",
            "disputed",
            "until 2022-09-06",
        ),
        ("Chuck Schumer", "Senate Majority Leader", "Majority Leader Chuck Schumer spoke.", "verified", ""),
        (
            "Chuck Schumer",
            "Senate Minority Leader",
            "Minority Leader Chuck Schumer spoke.",
            "disputed",
            "until 2021-01-20",
        ),
        (
            "Chuck Schumer",
            "Senate Minority Leader",
            "On March 3, 2019, Minority Leader Chuck Schumer spoke.",
            "verified",
            "on 2019-03-03",
        ),
    ],
)
def test_a_role_is_checked_as_of_the_date_in_its_sentence(index, person, role, sentence, verdict, reason):
    claim = Claim("r", ClaimKind.ROLE, f"{person} is {role}", 0, 1, sentence, {"person": person, "role": role})
    suggestion = suggest(claim, index, dt.date(2023, 2, 23))
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


def test_a_party_leader_is_the_majority_or_minority_leader_the_press_names_by_party() -> None:
    from factdesk.claims.check.offices import same_office

    assert same_office("Senate Democratic Leader", "Senate Minority Leader")
    assert same_office("Republican leader", "Majority Leader")
    assert not same_office("Senate Democratic Leader", "Senate President pro tempore")


@pytest.mark.parametrize(("title", "no_office"), [("co-founder", True), ("Founder", True), ("Chief Executive", False)])
def test_a_founder_is_no_office_a_register_records(title: str, no_office: bool) -> None:
    """ "co-founder Jack Dorsey" was disputed by the register's Chief Executive Officer term of his."""
    from factdesk.claims.check.offices import is_no_office

    assert is_no_office(title) is no_office
