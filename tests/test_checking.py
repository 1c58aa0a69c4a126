"""The checker's verdicts on hand-made claims: spelling, terms of office, and vote records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.model import Claim, ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex


@pytest.fixture(scope="module")
def index(seed_store: Path) -> StoreIndex:
    return StoreIndex(load_store(seed_store))


def claim(kind: ClaimKind, fields: dict, sentence: str = "") -> Claim:
    return Claim("c", kind, str(fields), 0, 1, sentence, fields)


@pytest.mark.parametrize(
    ("name", "verdict", "reason"),
    [
        ("Tzachi Hanegbi", "verified", "register's spelling"),
        ("Tzahi Hanegbi", "verified", "accepted spelling of Tzachi Hanegbi"),
        ("Yoav Galant", "disputed", "Yoav Gallant"),
        ("Jill Biden", "unsupported", "Joe Biden"),
        ("Ada Lovelace", "unsupported", "not in the register"),
    ],
)
def test_person_spelling(index: StoreIndex, name: str, verdict: str, reason: str):
    suggestion = suggest(claim(ClaimKind.PERSON, {"name": name}), index, None)
    assert suggestion.verdict.value == verdict and reason in suggestion.reason


@pytest.mark.parametrize(
    ("person", "role", "org", "on", "verdict", "reason"),
    [
        ("Yoav Gallant", "Defence Minister", "Israel", dt.date(2024, 3, 25), "verified", "Defense Minister"),
        ("Yoav Gallant", "Minister of Defense", None, dt.date(2024, 3, 25), "verified", ""),
        ("Yoav Gallant", "Defense Minister", None, dt.date(2025, 1, 1), "disputed", "until 2024-11-07"),
        ("Joe Biden", "President", "United States", dt.date(2015, 6, 1), "disputed", "from 2021-01-20"),
        ("Joe Biden", "Vice President", None, dt.date(2015, 6, 1), "verified", ""),
        ("Ron Dermer", "Prime Minister", None, dt.date(2024, 3, 25), "disputed", "Minister of Strategic Affairs"),
        ("Benjamin Netanyahu", "Prime Minister", "France", dt.date(2024, 3, 25), "disputed", ""),
        ("Ada Lovelace", "Countess", None, dt.date(2024, 3, 25), "unsupported", "not in the register"),
    ],
)
def test_role_on_the_article_date(index, person, role, org, on, verdict, reason):
    fields = {"person": person, "role": role, **({"org": org} if org else {})}
    suggestion = suggest(claim(ClaimKind.ROLE, fields), index, on)
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


@pytest.mark.parametrize(
    ("fields", "verdict", "reason"),
    [
        ({"actor": "United States", "position": "abstain", "body": "Security Council"}, "verified", "abstain"),
        ({"actor": "US", "position": "for", "body": "UN Security Council"}, "disputed", "not for"),
        ({"actor": "France", "position": "for", "body": "UN Security Council"}, "unsupported", "no position"),
        (
            {"outcome": "rejected", "body": "UN Security Council", "measure": "ceasefire resolution"},
            "disputed",
            "adopted, not rejected",
        ),
        (
            {"outcome": "adopted", "body": "UN Security Council", "tally": {"for": 13, "against": 1}},
            "disputed",
            "14 for, not 13",
        ),
        ({"outcome": "adopted", "body": "European Parliament", "measure": "budget"}, "unsupported", "no vote record"),
    ],
)
def test_votes_against_the_record(index, fields, verdict, reason):
    suggestion = suggest(claim(ClaimKind.VOTE, fields, "ceasefire resolution in Gaza"), index, dt.date(2024, 3, 25))
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


def test_a_conflicting_number_is_disputed(tmp_path: Path):
    (tmp_path / "s.yaml").write_text(
        "sources:\n  - id: s\n    title: Casualty report\n    publisher: Ministry\n"
        "    excerpts: [The strike on the camp killed 45 people, officials said.]\n",
        encoding="utf-8",
    )
    index = StoreIndex(load_store(tmp_path))
    wrong = Claim(
        "q",
        ClaimKind.QUANTITY,
        "54 people",
        0,
        9,
        "The strike on the camp killed 54 people, officials said.",
        {"value": 54, "unit": "people"},
    )
    right = Claim(
        "q",
        ClaimKind.QUANTITY,
        "45 people",
        0,
        9,
        "The strike on the camp killed 45 people, officials said.",
        {"value": 45, "unit": "people"},
    )
    assert suggest(wrong, index, None).verdict.value == "disputed"
    assert "45 people" in suggest(wrong, index, None).reason
    assert suggest(right, index, None).verdict.value == "verified"


def test_one_name_the_register_s_name_begins_with_is_that_person(tmp_path: Path) -> None:
    """ "Prabowo" for Prabowo Subianto is not a misspelling of another candidate's surname (Pranowo)."""
    (tmp_path / "people.yaml").write_text(
        "people:\n  - name: Prabowo Subianto\n  - name: Ganjar Pranowo\n  - name: Anies Baswedan\n", encoding="utf-8"
    )
    index = StoreIndex(load_store(tmp_path))
    assert suggest(claim(ClaimKind.PERSON, {"name": "Prabowo"}), index, None).verdict.value == "verified"
    misspelt = suggest(claim(ClaimKind.PERSON, {"name": "Pranowa"}), index, None)
    assert misspelt.verdict.value == "disputed" and "Ganjar Pranowo" in misspelt.reason
