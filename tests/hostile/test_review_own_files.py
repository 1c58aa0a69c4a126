"""`--review` naming a review's journal or lock (a tab completion one name too far).

`--review article.txt.review.yaml.journal` began a new review under the name of the first review's
journal. The first review's next save deleted it as a journal folded in (every verdict of it gone),
and the first review no longer opened: its "journal" was not one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession, read_review_file

from tests.app_helpers import workspace
from tests.conftest import run_factdesk


@pytest.mark.parametrize("own", [".journal", ".lock", ".drafts"])
def test_a_reviews_journal_or_lock_is_refused_as_a_review_file(tmp_path: Path, seed_dir: Path, own: str):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, dt.date(2024, 3, 25)), reviewer="ana")
    first = session.ordered()[0].claim.id
    session.mark(first, Verdict.VERIFIED)
    session.close()
    review = session.path
    named = review.with_name(review.name + own)
    result = run_factdesk("review", article, "--sources", store, "--review", named)
    assert result.returncode == 2 and str(review.name) in result.stderr, result.stderr
    assert not named.exists()
    assert read_review_file(review)["claims"][first]["verdict"] == "verified"
