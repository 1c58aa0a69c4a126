"""A reviewer who opens the desk to look and quits has changed nothing: the review file they own (maybe kept in
git, maybe hand-formatted, maybe hard-linked) is not rewritten with a new inode, a new `updated` time and
factdesk's own layout behind their back."""

from __future__ import annotations

from pathlib import Path

from tests.app_helpers import desk, make_app, saved, workspace


async def _session(article: Path, store: Path, review: Path, *keys: str) -> None:
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.press("q")
        await pilot.pause()


async def test_opening_and_quitting_leaves_the_review_file_as_it_was(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    await _session(article, store, review, "v")
    assert [entry.get("verdict") for entry in saved(review).values()].count("verified") == 1
    before = (review.stat().st_ino, review.read_bytes())
    await _session(article, store, review)
    assert (review.stat().st_ino, review.read_bytes()) == before
    # a session that does something still saves it
    await _session(article, store, review, "j", "d")
    verdicts = [entry.get("verdict") for entry in saved(review).values()]
    assert (verdicts.count("verified"), verdicts.count("disputed")) == (1, 1)
