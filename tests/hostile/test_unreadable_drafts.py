"""A drafts file (`REVIEW.drafts`: a claim or a source typed when the desk was stopped) that is not UTF-8
or not JSON: re-saved in Latin-1 by an editor or a sync tool, or hand-edited with a trailing comma or a
brace lost.

The desk named the file it could not read and offered nothing: `c` and `A` opened empty forms, and the
words typed before the stop were only in a file the reviewer was never shown the contents of. Now the
draft is read as far as it can be (a stray byte as the Windows-1252 character it stands for, a hand-edit
as YAML reads it) and offered in its form; what still cannot be read is quoted on the desk.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.screens.forms import AddClaimScreen
from textual.widgets import Input

from tests.app_helpers import desk, make_app, workspace

CLAIM = "Qatar's mediators met in Genève on Sunday"
BEGUN = '{"claim": {"kind": "statement", "text": "' + CLAIM + '"'  # a drafts file as far as the claim's text


def _messages(app) -> str:
    return " ".join(note.message for note in app._notifications)


async def _offered_in_the_form(tmp_path: Path, seed_dir: Path, written: bytes) -> None:
    article, store = workspace(tmp_path, seed_dir)
    (tmp_path / "article.txt.review.yaml.drafts").write_bytes(written)
    async with make_app(article, store).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        assert CLAIM in _messages(pilot.app)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(pilot.app.screen, AddClaimScreen)
        assert pilot.app.screen.query_one("#claim-text", Input).value == CLAIM
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session.records[screen.table.current_id].claim.text == CLAIM


async def test_a_drafts_file_re_saved_as_latin_1_is_still_offered_in_its_form(tmp_path: Path, seed_dir: Path):
    written = BEGUN + "}}"
    await _offered_in_the_form(tmp_path, seed_dir, written.encode("latin-1"))


async def test_a_hand_edited_drafts_file_with_commas_left_over_is_still_offered_in_its_form(
    tmp_path: Path, seed_dir: Path
):
    written = BEGUN + ",},}"
    await _offered_in_the_form(tmp_path, seed_dir, written.encode("utf-8"))


async def test_a_drafts_file_that_cannot_be_read_at_all_is_quoted_on_the_desk_and_left_as_it_is(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    drafts = tmp_path / "article.txt.review.yaml.drafts"
    drafts.write_text(BEGUN, encoding="utf-8")  # cut short
    written = drafts.read_bytes()
    async with make_app(article, store).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        messages = _messages(pilot.app)
        assert str(drafts) in messages and CLAIM in messages, messages
    assert drafts.read_bytes() == written
