"""The review file cut short or rewritten by another program while the desk is open, and no change made after.

A sync tool or an editor that truncates the file, a half-finished copy over it: the desk finds it at its
next save and never overwrites it. But with nothing left unsaved, quitting asked nothing: the closing save
was refused as a conflict, the terminal said every change was saved "in" a file that no longer held them,
and the only whole copy of the review, the desk's, was dropped. The desk now writes the whole review to a
new file beside it when it closes, and says where.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.claims.review import read_review_file

from tests.app_helpers import desk, make_app, workspace
from tests.conftest import run_factdesk


async def test_a_review_cut_short_while_the_desk_is_open_is_saved_whole_to_a_new_file_on_quitting(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.current_id
        await pilot.press("v")
        second = screen.table.current_id
        await pilot.press("d")
        assert not screen.session.unsaved
        whole = review.read_bytes()
        review.write_bytes(whole[: len(whole) // 2])  # another program's half-written copy
        await pilot.press("q")
        await pilot.pause()
    assert review.read_bytes() == whole[: len(whole) // 2]  # theirs, left as it is
    copies = sorted(tmp_path.glob("r.review.saved-*.yaml"))
    assert len(copies) == 1, sorted(path.name for path in tmp_path.iterdir())
    claims = read_review_file(copies[0])["claims"]
    assert claims[first]["verdict"] == "verified" and claims[second]["verdict"] == "disputed"
    told = "\n".join(app.leaving_messages())
    assert str(copies[0]) in told, told
    assert app.final_status(None) == 0


async def test_a_review_that_cannot_be_read_names_the_whole_copy_saved_beside_it(tmp_path: Path, seed_dir: Path):
    """Opened again, the cut-short file is refused (exit 2, its line and column): the refusal names the whole
    copy and how to open it, instead of leaving the reviewer with a broken file and no word of their work."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "article.txt.review.yaml"
    app = make_app(article, store)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("v")
        review.write_bytes(review.read_bytes()[:700])
        await pilot.press("q")
        await pilot.pause()
    [copy] = tmp_path.glob("article.txt.review.saved-*.yaml")
    opened = run_factdesk("review", article, "--sources", store, "--date", "2024-03-25", timeout=60)
    assert opened.returncode == 2
    assert str(review) in opened.stderr and f"--review {copy}" in opened.stderr, opened.stderr
