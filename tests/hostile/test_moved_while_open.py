"""The review's folder moved while the desk was open, and the review was then saved whole to a new file.

The terminal then said the old review file "could not be saved and was left as it is", naming the path it
was no longer at: a reviewer looking there found nothing, and the verdicts saved before the move (in the
file, now in the moved folder) looked lost. It now names where the old file went, or says it is gone.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factdesk.claims.review import read_review_file

from tests.app_helpers import desk, make_app, workspace


async def _mark_move_and_save_elsewhere(tmp_path: Path, seed_dir: Path, gone: bool) -> tuple[object, str]:
    (tmp_path / "desk").mkdir()
    article, store = workspace(tmp_path / "desk", seed_dir)
    app = make_app(article.absolute(), store.absolute())
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.ids()[0]
        await pilot.press("v")  # saved in desk/article.txt.review.yaml
        (tmp_path / "desk").rename(tmp_path / "desk-archive")
        if gone:
            shutil.rmtree(tmp_path / "desk-archive")
        await pilot.press("d")  # cannot be saved: the folder is gone from where it was
        await pilot.press("q")
        await pilot.press("w")  # the whole review to a new file in the data folder
        await pilot.pause()
    return app, first


async def test_the_terminal_names_where_the_old_review_file_went(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path / "data"))
    app, first = await _mark_move_and_save_elsewhere(tmp_path, seed_dir, gone=False)
    moved_to = tmp_path / "desk-archive" / "article.txt.review.yaml"
    assert read_review_file(moved_to)["claims"][first]["verdict"] == "verified"  # the verdict saved before the move
    said = "\n".join(app.leaving_messages())
    assert str(moved_to) in said, said
    assert "left as it is" not in said, said


async def test_the_terminal_says_when_the_old_review_file_is_gone(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path / "data"))
    app, _first = await _mark_move_and_save_elsewhere(tmp_path, seed_dir, gone=True)
    said = "\n".join(app.leaving_messages())
    assert "left as it is" not in said and "is gone" in said, said
    assert str(next((tmp_path / "data" / "unsaved").iterdir())) in said
