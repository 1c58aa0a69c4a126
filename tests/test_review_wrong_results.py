"""Results that were wrong without a word: the time of an anonymous verdict, a report run from another folder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession, read_review_file

from tests.app_helpers import workspace

SEED_DATE = dt.date(2024, 3, 25)


def test_a_reviewer_named_nothing_still_records_when(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="")
    first = session.ordered()[0].claim.id
    session.mark(first, Verdict.VERIFIED)
    session.close()
    entry = read_review_file(session.path)["claims"][first]
    assert entry["reviewer"] == "" and dt.datetime.fromisoformat(entry["at"].replace("Z", "+00:00"))


def test_a_relative_store_path_is_read_beside_the_review_not_in_the_current_folder(
    cli, tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    hanegbi = next(r.claim.id for r in session.ordered() if r.claim.text == "Tzaji Hanegbi")
    session.toggle_evidence(hanegbi, "israel-pmo-delegation-2024-03-25")
    session.mark(hanegbi, Verdict.DISPUTED)
    session.close()
    text = session.path.read_text(encoding="utf-8")  # as an older factdesk wrote it: relative to the review
    session.path.write_text(text.replace(json.dumps(str(store)), '"store"'), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "store").mkdir(parents=True)  # an unrelated store/ in the current folder
    monkeypatch.chdir(elsewhere)
    result = cli("report", session.path, "--format", "json")
    assert result.status == 0, result.err
    claim = next(c for c in json.loads(result.out)["claims"] if c["id"] == hanegbi)
    assert claim["evidence"][0]["title"]  # from the review's store, not the empty one here
