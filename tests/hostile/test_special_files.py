"""A FIFO, or a link to /dev/zero, where factdesk reads an article, a review or a store file hung it for ever with
no message; and a review file whose header line a script (`yq`, `jq`) dropped was replaced by `report -o`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession
from factdesk.claims.review_document import ReviewError
from factdesk.claims.review_drafts import drafts_path_for, read_drafts

from tests.app_helpers import workspace
from tests.conftest import run_factdesk
from tests.hostile.test_review_writes import SEED_DATE


def test_a_fifo_for_an_article_or_in_the_store_is_refused_or_skipped_not_read_for_ever(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run_factdesk("extract", fifo, timeout=30)
    assert result.returncode == 2 and "not a regular file" in result.stderr
    os.mkfifo(store / "planted.yaml")
    result = run_factdesk("sources", "validate", store, timeout=30)
    assert "planted.yaml" in result.stdout + result.stderr and "not a regular file" in result.stdout + result.stderr
    result = run_factdesk("check", article, "--sources", store, "--date", SEED_DATE.isoformat(), timeout=60)
    assert result.returncode in (0, 1, 2) and "Traceback" not in result.stderr


def test_a_review_file_that_lost_its_header_line_is_not_replaced_by_a_report(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    other = tmp_path / "other.txt.review.yaml"
    other.write_text("article:\n  path: other.txt\nclaims: {}\n", encoding="utf-8")  # reformatted by a script
    before = other.read_bytes()
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    session.mark(session.ordered()[0].claim.id, Verdict.DISPUTED)
    session.close()
    review = session.path
    result = run_factdesk("report", review, "-o", other, timeout=60)
    assert result.returncode == 2 and other.read_bytes() == before, result.stderr


def test_a_fifo_named_like_another_review_beside_the_article_does_not_block_opening(tmp_path: Path, seed_dir: Path):
    """The desk looks at the other reviews beside the article (a renamed article's); a FIFO among them blocked
    it at "Opening the review file" for ever, with q, ctrl+q and ctrl+c dead."""
    article, store = workspace(tmp_path, seed_dir)
    os.mkfifo(tmp_path / "old.txt.review.yaml")
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")  # returns at all
    session.mark(session.ordered()[0].claim.id, Verdict.VERIFIED)
    session.close()
    assert session.path.name == article.name + ".review.yaml" and session.path.is_file()


def test_a_fifo_or_a_device_beside_the_review_or_as_the_config_is_refused_not_read_for_ever(
    tmp_path: Path, seed_dir: Path
):
    """A FIFO at REVIEW.drafts or REVIEW.journal froze the desk on its loading screen (keys and SIGTERM dead,
    the lock held), a FIFO as the config file hung `report`, and `--config /dev/zero` ended in MemoryError."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    session.mark(session.ordered()[0].claim.id, Verdict.DISPUTED)
    session.close()
    review = session.path
    journal = review.with_name(review.name + ".journal")
    os.mkfifo(journal)
    result = run_factdesk("report", review, timeout=30)
    assert result.returncode == 2 and "not a regular file" in result.stderr, result.stderr
    journal.unlink()
    fifo = tmp_path / "config.yaml"
    os.mkfifo(fifo)
    for config in (fifo, Path("/dev/zero")):
        result = run_factdesk("report", review, "--config", config, timeout=30)
        assert result.returncode == 2 and "not a regular file" in result.stderr, result.stderr
    os.mkfifo(drafts_path_for(review))
    with pytest.raises(ReviewError, match="not a regular file"):
        read_drafts(review)
