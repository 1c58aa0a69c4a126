"""A review file that is a hard link or a symbolic link: an atomic save replaces a name, never a file in place.

A hard link (a second name for the same file: a backup made with `cp -l`, a name in a shared folder)
is cut by the first save: the review's own name gets the new file and the other name keeps the old
one. That is what keeps the other name's content safe, but it happened without a word, so whoever
read the other name went on trusting a review that no longer changed. A symbolic link is followed to
its target, which is written; a link whose target is gone began a new, empty review there without a
word, while the reviewer's verdicts sat wherever the target had been moved to.
"""

from __future__ import annotations

import os
from pathlib import Path

from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewFile, ReviewSession, read_review_file

from tests.app_helpers import SEED_DATE, desk, make_app, workspace
from tests.conftest import run_factdesk


def _reviewed(article: Path, store: Path, review: Path) -> str:
    """A review with one verdict; returns its claim id."""
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), review, reviewer="ana")
    claim_id = session.ordered()[0].claim.id
    session.mark(claim_id, Verdict.VERIFIED)
    session.close()
    return claim_id


async def test_a_hard_linked_review_is_saved_under_its_own_name_and_the_other_name_is_said(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    first = _reviewed(article, store, review)
    backup = tmp_path / "backup-monday.review.yaml"
    os.link(review, backup)
    before = backup.read_bytes()
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        messages = [note.message for note in app._notifications]
        assert any(backup.name in message and "hard link" in message for message in messages), messages
        await pilot.press("j")
        second = screen.table.current_id
        assert second != first
        await pilot.press("d")
        await pilot.press("q")
        await pilot.pause()
    assert backup.read_bytes() == before  # the other name keeps the review as it was
    claims = read_review_file(review)["claims"]
    assert claims[first]["verdict"] == "verified" and claims[second]["verdict"] == "disputed"
    told = "\n".join(app.leaving_messages())
    assert backup.name in told and str(review) in told


async def test_a_symlink_whose_target_is_gone_says_a_new_review_begins_there_before_writing_it(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "article.review.yaml"
    _reviewed(article, store, target)
    link = tmp_path / "article.txt.review.yaml"
    link.symlink_to(target)
    target.rename(shared / "article.review.yaml.bak")  # the target moved away (a sync tool, by hand)
    app = make_app(article, store)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        messages = [note.message for note in app._notifications]
        assert any("symbolic link" in message and str(target) in message for message in messages), messages
        await pilot.press("q")
        await pilot.pause()
    assert not target.exists() and link.is_symlink()  # nothing marked: nothing written over the link


def test_a_second_desk_on_another_name_of_a_hard_linked_review_is_refused(tmp_path: Path, seed_dir: Path):
    """Two names of one review file (a `cp -al` copy of the desk's folder, a name in a shared folder), a desk
    on each: each locked its own name, both opened, each was told of the other name, and each saved its own
    new file, so the two reviewers' verdicts drifted into two reviews. The second is now refused at once."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    _reviewed(article, store, review)
    other = tmp_path / "shared.review.yaml"
    os.link(review, other)
    before = other.read_bytes()
    held = ReviewFile.open(review)  # the first desk
    try:
        second = run_factdesk(
            "review", article, "--sources", store, "--review", other, "--date", "2024-03-25", timeout=60
        )
    finally:
        held.release()
    assert second.returncode == 2, second.stderr
    assert "already open in another factdesk" in second.stderr and review.name in second.stderr
    assert other.read_bytes() == before and os.path.samefile(review, other)
