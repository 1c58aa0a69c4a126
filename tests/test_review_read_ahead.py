"""`factdesk review` reads the review file before the app opens; the app reuses it only if nothing changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims import review_file as review_module
from factdesk.claims.desk import prepare_check
from factdesk.claims.lock import ReviewLocked
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession, read_ahead

from tests.app_helpers import workspace

ON = dt.date(2024, 3, 25)


def _reviewed(tmp_path: Path, seed_dir: Path) -> tuple[ReviewSession, list[str]]:
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="a")
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    session.close()
    return session, ids


def test_an_unchanged_file_read_ahead_is_not_parsed_again(tmp_path: Path, seed_dir: Path, monkeypatch):
    first, ids = _reviewed(tmp_path, seed_dir)
    ahead = read_ahead(first.path)

    def parse_again(path: Path) -> dict:
        raise AssertionError("the review file was parsed a second time")

    monkeypatch.setattr(review_module, "load_review", parse_again)
    session = ReviewSession.open(first.checked, read_ahead=ahead, reviewer="b")
    assert session.records[ids[0]].mark.verdict is Verdict.VERIFIED
    session.close()


def test_a_file_changed_after_it_was_read_ahead_is_read_again(tmp_path: Path, seed_dir: Path):
    first, ids = _reviewed(tmp_path, seed_dir)
    ahead = read_ahead(first.path)
    with pytest.raises(ReviewLocked):  # read ahead is locked: no other factdesk can change it meanwhile
        ReviewSession.open(first.checked, reviewer="other factdesk")
    # ... but another program (an editor) can
    text = first.path.read_text(encoding="utf-8")
    line = next(line for line in text.split("\n") if line.startswith(f'  "{ids[1]}": '))
    first.path.write_text(text.replace(line, line.replace('"verdict": "unreviewed"', '"verdict": "disputed"')))
    session = ReviewSession.open(first.checked, read_ahead=ahead, reviewer="b")
    assert session.records[ids[1]].mark.verdict is Verdict.DISPUTED  # not the stale copy
    session.mark(ids[2], Verdict.UNSUPPORTED)
    session.close()
    again = ReviewSession.open(first.checked, reviewer="c")
    assert [again.records[i].mark.verdict for i in ids[:3]] == [Verdict.VERIFIED, Verdict.DISPUTED, Verdict.UNSUPPORTED]
    again.close()


def test_a_missing_file_read_ahead_starts_a_new_review(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    checked = prepare_check(article, store, ON)
    ahead = read_ahead(tmp_path / "article.txt.review.yaml")
    session = ReviewSession.open(checked, read_ahead=ahead, reviewer="a")
    assert all(record.mark.verdict is Verdict.UNREVIEWED for record in session.ordered())
    session.close()
