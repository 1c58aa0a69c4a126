"""A review whose folder moved: renamed, copied to a laptop, or cloned by a colleague at another path.

The review file records the article's absolute path, which is then stale. The article the file is named
after (`article.txt` beside `article.txt.review.yaml`) is still its article: a report never replaces it,
and the app opens the review on it, edited or not, with every verdict and note carried over.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import desk, make_app, saved, workspace
from tests.conftest import run_factdesk

SEED_DATE = dt.date(2024, 3, 25)


@pytest.fixture
def moved(tmp_path: Path, seed_dir: Path) -> tuple[Path, Path, Path, str]:
    """(article, store, review, claim id) after the folder they were reviewed in was renamed."""
    first = tmp_path / "desk-2024"
    first.mkdir()
    article, store = workspace(first, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    claim_id = next(record.claim.id for record in session.ordered() if record.claim.text == "Joe Biden")
    session.mark(claim_id, Verdict.VERIFIED)
    session.accept_suggestion(next(r.claim.id for r in session.ordered() if r.claim.kind.value == "vote"))
    session.set_note(claim_id, "Ana: checked against the cabinet list")
    session.close()
    now = first.rename(tmp_path / "archive-2024")
    return now / "article.txt", now / "store", now / "article.txt.review.yaml", claim_id


@pytest.mark.parametrize("report_format", ["md", "json"])
def test_a_report_never_replaces_the_article_its_review_is_named_after(cli, moved, report_format: str):
    article, _store, review, _claim_id = moved
    kept = article.read_bytes()
    result = cli("report", review, "--format", report_format, "-o", article)
    assert result.status == 2 and "the article under review" in result.err, result.err
    assert article.read_bytes() == kept


async def test_an_edited_article_in_a_moved_folder_opens_with_its_verdicts_and_notes(moved):
    article, store, review, claim_id = moved
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Tzaji Hanegbi", "Tzachi Hanegbi"), encoding="utf-8")  # the editor's fix
    async with make_app(article, store).run_test(size=(120, 40)) as pilot:
        screen = await desk(pilot)
        record = screen.session.records[claim_id]
        assert record.mark.verdict is Verdict.VERIFIED and not record.orphaned
        await pilot.press("v")  # the review goes on in the moved folder
    entry = saved(review)[claim_id]
    assert entry["verdict"] == "verified" and entry["note"] == "Ana: checked against the cabinet list"


def _cited(report: str) -> dict[str, dict]:
    return {item["store_id"]: item for claim in json.loads(report)["claims"] for item in claim["evidence"]}


def test_a_report_finds_the_store_that_moved_with_its_review(cli, moved):
    _article, _store, review, _claim_id = moved
    result = cli("report", review, "--format", "json")
    assert result.status == 0 and "warning" not in result.err
    cited = _cited(result.out)
    assert cited and all(item["title"] for item in cited.values() if item["kind"] == "source"), cited


def test_a_report_says_when_the_store_is_gone_rather_than_cite_evidence_without_a_word(cli, moved):
    _article, store, review, _claim_id = moved
    shutil.rmtree(store)
    result = cli("report", review, "--format", "json")
    assert result.status == 0 and "is not there: evidence is cited by its id only" in result.err


def test_another_articles_review_copied_under_this_ones_name_is_still_refused(moved):
    """Named after an article is not enough: the article written inside must have that name too (a folder moved)."""
    article, store, review, _claim_id = moved
    other = article.with_name("other.txt")
    other.write_text("The Knesset voted 64 to 56 on Monday to approve the budget.\n", encoding="utf-8")
    copied = other.with_name("other.txt.review.yaml")
    copied.write_bytes(review.read_bytes())
    result = run_factdesk("review", other, "--sources", store, timeout=60)
    assert result.returncode == 2 and "this review belongs to another article" in result.stderr
    assert copied.read_bytes() == review.read_bytes()
