"""A review saved whole to a new file (`q` then `w`, or the desk stopped, when the review file could not take the
changes) is named by the next desk on that review.

The way out of a failed save (another program changed the review file; its folder moved or went read-only;
a full disk) writes the whole review to `R.saved-TIME.yaml` beside it, or in factdesk's data folder, and
says so on the terminal: after a SIGHUP that terminal is gone, and even read, it is easily missed. The next
`factdesk review ARTICLE` opened the old review file without a word, the reviewer went on there, and the
changes in the saved copy were as good as lost. The desk now names each saved copy holding changes the
review file does not have, and how to open it, on the desk and again on the terminal.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factdesk.tui.screens.quit import QuitScreen

from tests.app_helpers import desk, make_app, workspace

pytestmark = pytest.mark.anyio


def _messages(app) -> str:
    return " ".join(note.message for note in app._notifications)


async def _told_at_next_open(article: Path, store: Path) -> tuple[str, str]:
    app = make_app(article, store)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        messages = _messages(app)
    return messages, "\n".join(app.leaving_messages())


@pytest.mark.parametrize("others", [0, 30_000], ids=["alone", "among-30000-files"])
async def test_a_copy_saved_beside_the_review_is_named_by_the_next_desk_until_it_is_taken_up(
    tmp_path: Path, seed_dir: Path, others: int
):
    """In a large folder the copy was looked for among the first 2,000 names the file system listed, in its
    own order: whether the desk named it was down to luck."""
    article, store = workspace(tmp_path, seed_dir)
    for number in range(others):
        (tmp_path / f"wire-{number:05}.txt").touch()
    review = tmp_path / "article.txt.review.yaml"
    app = make_app(article, store)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await pilot.press("v")
        review.write_text(review.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # a sync tool's rewrite
        await pilot.press("d")
        assert screen.session.unsaved
        await pilot.press("q")
        assert isinstance(app.screen, QuitScreen)
        saved_copy = app.screen.new_file
        await pilot.press("w")
        await pilot.pause()
    assert saved_copy.exists() and saved_copy.parent == tmp_path
    messages, terminal = await _told_at_next_open(article, store)
    assert str(saved_copy) in messages and f"--review {saved_copy}" in messages, messages
    assert str(saved_copy) in terminal, terminal
    shutil.copy(saved_copy, review)  # taken up: the review file now has every change
    messages, terminal = await _told_at_next_open(article, store)
    assert str(saved_copy) not in messages and str(saved_copy) not in terminal


async def test_a_copy_saved_in_the_data_folder_is_named_when_the_review_is_opened_again(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "desk").mkdir()
    article, store = workspace(tmp_path / "desk", seed_dir)
    app = make_app(article.absolute(), store.absolute())
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("v")
        (tmp_path / "desk").rename(tmp_path / "desk-away")  # a sync tool moves the folder, and puts it back
        await pilot.press("d")
        await pilot.press("q")
        saved_copy = app.screen.new_file
        await pilot.press("w")
        await pilot.pause()
    assert saved_copy.parent == tmp_path / "data" / "unsaved"
    (tmp_path / "desk-away").rename(tmp_path / "desk")
    messages, terminal = await _told_at_next_open(article.absolute(), store.absolute())
    assert str(saved_copy) in messages and str(saved_copy) in terminal, messages
    other = tmp_path / "other"
    other.mkdir()
    article_elsewhere, store_elsewhere = workspace(other, tmp_path / "desk")  # the same names, another folder
    messages, terminal = await _told_at_next_open(article_elsewhere, store_elsewhere)
    assert str(saved_copy) not in messages + terminal
