"""Drafts the desk could not keep beside the review (`REVIEW.drafts`), and drafts files it cannot read.

When the review's folder could not take a draft (read-only, gone, or a drafts file there that cannot be
read and so must not be replaced), the draft went to factdesk's data folder and was named only on the
terminal the desk left: the next desk on the review never said it had one, and `c` / `A` opened empty
forms, so the claim or source typed before the stop was as good as lost. The next desk now finds it there,
says where it is, and opens it in its form. A drafts file rewritten by the desk kept only the parts it
understood: a form's field a hand or another tool had written as a number was dropped with the next
draft kept or added.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factdesk.claims.review import read_review_file
from factdesk.claims.review_drafts import keep_draft
from factdesk.tui.screens.forms import AddClaimScreen
from textual.widgets import Input

from tests.app_helpers import desk, make_app, workspace

pytestmark = pytest.mark.anyio
CLAIM = "Qatar brokered the ceasefire talks"


def _messages(app) -> str:
    return " ".join(note.message for note in app._notifications)


@pytest.mark.parametrize("others", [0, 30_000], ids=["alone", "among-30000-files"])
async def test_a_draft_kept_in_the_data_folder_is_offered_by_the_next_desk_and_removed_once_added(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch, others: int
):
    """With many files in the data folder (drafts of other reviews), only the first 2,000 the file system
    listed, in its own order, were looked at: whether the draft was offered was down to luck."""
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path / "data"))
    article, store = workspace(tmp_path, seed_dir)
    (tmp_path / "data" / "unsaved").mkdir(parents=True)
    for number in range(others):
        (tmp_path / "data" / "unsaved" / f"other-{number:05}.drafts").touch()
    review = tmp_path / "article.txt.review.yaml"
    beside = tmp_path / "article.txt.review.yaml.drafts"
    beside.write_text('{"claim": {"text": "an earlier draft, hand-edited",}', encoding="utf-8")  # not JSON
    unreadable = beside.read_bytes()
    kept = keep_draft(review, "claim", {"kind": "statement", "text": CLAIM, "at": "2024-03-25 10:00 UTC"})
    assert kept.parent == tmp_path / "data" / "unsaved"  # the file beside cannot be read, so is not replaced
    async with make_app(article, store).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        messages = _messages(pilot.app)
        assert CLAIM in messages and str(kept) in messages, messages
        assert str(beside) in messages  # the file it cannot read is named too
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(pilot.app.screen, AddClaimScreen)
        assert pilot.app.screen.query_one("#claim-text", Input).value == CLAIM
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session.records[screen.table.current_id].claim.text == CLAIM
    assert not kept.exists()  # added: no longer a draft anywhere
    assert beside.read_bytes() == unreadable  # never replaced
    assert any(entry["text"] == CLAIM for entry in read_review_file(review)["claims"].values())


async def test_a_draft_in_the_data_folder_for_another_folders_review_of_the_same_name_is_not_offered(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "desk").mkdir()
    article, store = workspace(tmp_path / "desk", seed_dir)
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "article.txt.review.yaml.drafts").mkdir()  # nothing can be kept beside that review
    kept = keep_draft(other / "article.txt.review.yaml", "claim", {"kind": "statement", "text": CLAIM, "at": ""})
    assert kept.parent == tmp_path / "data" / "unsaved"
    async with make_app(article, store).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        assert CLAIM not in _messages(pilot.app)
        await pilot.press("c")
        await pilot.pause()
        assert pilot.app.screen.query_one("#claim-text", Input).value == ""
        await pilot.press("escape")
    assert kept.exists()


async def test_a_field_the_desk_does_not_read_is_kept_when_another_draft_is_added(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    beside = tmp_path / "article.txt.review.yaml.drafts"
    source = {"id": "reuters-qatar", "title": "Qatar says talks go on", "date": 2024, "pages": [3, 4]}
    beside.write_text(json.dumps({"claim": {"kind": "statement", "text": CLAIM}, "source": source}), encoding="utf-8")
    async with make_app(article, store).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("enter")  # the claim draft is added; the source draft stays as it was written
        await pilot.pause()
    assert json.loads(beside.read_text(encoding="utf-8"))["source"] == source
