"""A file already at `<review>.lock` that factdesk did not write is never deleted.

factdesk's lock files are empty, and a desk removed its lock file when it quit: a note a reviewer had
saved under that name (or any file a tool put there) was deleted with it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factdesk.claims.desk import prepare_check
from factdesk.claims.lock import ReviewLock
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import workspace
from tests.conftest import run_factdesk


def test_a_lock_name_holding_someones_text_refuses_the_review_and_keeps_the_text(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    lock = tmp_path / "article.txt.review.yaml.lock"
    lock.write_text("my notes on the lock-in period\n", encoding="utf-8")
    result = run_factdesk("review", article, "--sources", store)
    assert result.returncode == 2, result.stderr
    assert "not factdesk's lock file" in result.stderr and "Traceback" not in result.stderr
    assert lock.read_text(encoding="utf-8") == "my notes on the lock-in period\n"


def test_a_lock_file_written_to_while_the_desk_is_open_is_kept_when_it_quits(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, dt.date(2024, 3, 25)), reviewer="ana")
    session.mark(session.ordered()[0].claim.id, Verdict.VERIFIED)
    lock = session.path.with_name(session.path.name + ".lock")
    lock.write_text("written by another tool\n", encoding="utf-8")
    session.close()
    assert lock.read_text(encoding="utf-8") == "written by another tool\n"


def test_an_empty_lock_file_left_by_a_killed_desk_is_taken_and_tidied_away(tmp_path: Path):
    review = tmp_path / "r.review.yaml"
    lock_file = tmp_path / "r.review.yaml.lock"
    lock_file.touch()
    lock = ReviewLock(review)
    lock.acquire()
    lock.release()
    assert not lock_file.exists()
