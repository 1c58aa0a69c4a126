"""An article named by a long headline ("Save page as..."): the names factdesk makes from it still fit.

A review file is the article's name plus `.review.yaml`; every save writes a temporary file beside it
whose name is longer again, and a copy saved when the file cannot be written is longer still. With an
article name of 230 bytes (or 115 Greek letters) the temporary name passed the file system's 255 bytes:
nothing was ever saved, `q` ended in a traceback and every verdict was lost.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from factdesk.base.files import leftover_temporaries, write_atomically
from factdesk.claims.review import read_review_file
from factdesk.claims.review_file import new_review_path

from tests.app_helpers import desk, make_app, workspace

pytestmark = pytest.mark.anyio  # before collection, so parametrized async tests keep their parameters


@pytest.mark.parametrize(
    "stem", ["a" * 226, "Κυβέρνηση" * 12 + "ά" * 6, "a" * 230], ids=["230-bytes", "greek", "234-bytes"]
)
async def test_a_review_of_an_article_with_a_long_name_is_saved(tmp_path: Path, seed_dir: Path, stem: str):
    article, store = workspace(tmp_path, seed_dir)
    long_article = article.with_name(stem + ".txt")
    shutil.move(article, long_article)
    review = long_article.with_name(long_article.name + ".review.yaml")
    assert len(review.name.encode("utf-8")) <= 255
    app = make_app(long_article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.current_id
        await pilot.press("v")
        assert not screen.session.unsaved
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.final_status(None) == 0
    assert read_review_file(review)["claims"][first]["verdict"] == "verified"
    assert leftover_temporaries(review) == []


def test_a_copy_saved_beside_a_review_with_a_long_name_fits(tmp_path: Path):
    review = tmp_path / ("Ω" * 118 + ".txt.review.yaml")
    copy = new_review_path(review, "2024-03-25T16:40:00Z", 100)
    assert len(copy.name.encode("utf-8")) <= 255 and copy.name.endswith(".yaml")
    write_atomically(copy, b"saved")
    assert copy.read_bytes() == b"saved"
    assert new_review_path(review, "2024-03-25T16:40:00Z", 100) != copy  # the next one does not overwrite it
