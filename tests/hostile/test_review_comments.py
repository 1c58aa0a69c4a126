"""A comment written by hand into a review file ("# ask Ben before this runs").

The file says it is YAML, and YAML has comments; but factdesk rewrites the whole file on every change,
so the first verdict given dropped every comment without a word. The desk now refuses to open a review
with one, naming its line, until it is moved into a claim's note or removed; a report still reads it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import workspace
from tests.conftest import run_factdesk

SEED_DATE = dt.date(2024, 3, 25)
COMMENT = "# Ana: ask Ben before this runs"


@pytest.fixture
def commented(tmp_path: Path, seed_dir: Path) -> tuple[Path, Path, Path, int]:
    """(article, store, review, line of the comment): a review with a comment added by hand after a claim."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    first = session.ordered()[0].claim.id
    session.mark(first, Verdict.VERIFIED)
    session.set_note(first, "see ticket #42 # not a comment")  # a '#' inside text is no comment
    session.close()
    lines = session.path.read_text(encoding="utf-8").split("\n")
    at = next(number for number, line in enumerate(lines) if line.startswith(f"  {json.dumps(first)}: "))
    lines[at] += "  " + COMMENT
    session.path.write_text("\n".join(lines), encoding="utf-8")
    return article, store, session.path, at + 1


def test_the_desk_refuses_a_review_with_a_comment_and_names_its_line(commented):
    article, store, review, line = commented
    before = review.read_bytes()
    result = run_factdesk("review", article, "--sources", store, "--date", "2024-03-25")
    assert result.returncode == 2, result.stderr
    assert f"{review}:{line}:" in result.stderr and "comment" in result.stderr and "note" in result.stderr
    assert review.read_bytes() == before  # the comment is still there


def test_a_report_still_reads_a_review_with_a_comment(commented):
    _article, _store, review, _line = commented
    result = run_factdesk("report", review, "--format", "json")
    assert result.returncode == 0 and json.loads(result.stdout)["claims"], result.stderr


def test_a_review_without_comments_opens_though_its_notes_hold_a_hash(commented, tmp_path: Path):
    article, store, review, _line = commented
    review.write_text(review.read_text(encoding="utf-8").replace("  " + COMMENT, ""), encoding="utf-8")
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    session.close()
