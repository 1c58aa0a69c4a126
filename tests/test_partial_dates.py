"""Partial dates in the register (YYYY, YYYY-MM): a range, and a check that hangs on the unknown part says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ARTICLE = "Israeli Prime Minister Benjamin Netanyahu spoke to reporters in Jerusalem.\n"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / "people.yaml").write_text(
        "people:\n"
        "  - name: Benjamin Netanyahu\n"
        "    roles:\n"
        "      - {title: Prime Minister, org: Israel, from: 2009, until: 2021-06}\n"
    )
    return folder


def _role_suggestion(cli, tmp_path: Path, store: Path, date: str) -> dict:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    result = cli("check", article, "--sources", store, "--date", date, "--format", "json")
    assert result.status == 0, result.err
    [role] = [claim for claim in json.loads(result.out) if claim["kind"] == "role"]
    return role["suggestion"]


@pytest.mark.parametrize(
    ("date", "verdict", "reason"),
    [
        ("2009-03-01", "unsupported", "held the office of Prime Minister in 2009; the day is not recorded"),
        ("2021-06-20", "unsupported", "held the office of Prime Minister in 2021-06; the day is not recorded"),
        ("2015-05-05", "verified", "Benjamin Netanyahu was Prime Minister on 2015-05-05"),
        ("2008-12-31", "disputed", "only from 2009, not on 2008-12-31"),
        ("2021-07-01", "disputed", "only until 2021-06, not on 2021-07-01"),
    ],
)
def test_a_check_that_depends_on_the_unrecorded_day_says_so(cli, tmp_path, store, date, verdict, reason):
    suggestion = _role_suggestion(cli, tmp_path, store, date)
    assert suggestion["verdict"] == verdict
    assert reason in suggestion["reason"]


def test_partial_dates_are_shown_as_written_in_the_evidence(cli, tmp_path, store):
    suggestion = _role_suggestion(cli, tmp_path, store, "2015-05-05")
    assert "Prime Minister, Israel (2009 – 2021-06)" in suggestion["evidence"][0]["quote"]


def test_old_stores_with_full_dates_still_validate_and_check_as_before(cli, seed_store):
    assert cli("sources", "validate", seed_store).status == 0
