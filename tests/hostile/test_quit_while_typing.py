"""Quitting (ctrl+q) or escaping while typing a note or filling a form: asked first, never dropped silently."""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.screens.forms import AddSourceScreen
from factdesk.tui.screens.leave_typing import LeaveTypingScreen
from factdesk.tui.screens.note import NoteScreen
from factdesk.tui.screens.review import ReviewScreen
from textual.widgets import TextArea

from tests.app_helpers import burst, desk, make_app, saved, type_text, workspace

NOTE = "Called PMO, confirmed"


async def _note_typed(pilot) -> tuple[ReviewScreen, str]:
    """The desk with the first claim marked and a note typed into the next one's editor, not yet saved."""
    screen = await desk(pilot)
    await pilot.press("v")
    claim_id = screen.table.current_id
    await pilot.press("n")
    await pilot.pause()
    await type_text(pilot, NOTE)
    assert isinstance(pilot.app.screen, NoteScreen)
    return screen, claim_id


async def test_ctrl_q_while_typing_a_note_asks_and_can_save_it_then_quits(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        _screen, claim_id = await _note_typed(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, LeaveTypingScreen) and app.is_running
        assert "The note you are typing is not saved" in str(app.screen.query("Label").first().render())
        await pilot.press("s")
        await pilot.pause()
        await pilot.pause()
        assert not app.is_running
    assert saved(review)[claim_id]["note"] == NOTE
    assert app.final_status(None) == 0


async def test_ctrl_q_then_escape_goes_back_to_the_note_as_typed(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        _screen, claim_id = await _note_typed(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("ctrl+q")  # asked again: still asking, not quitting
        assert isinstance(app.screen, LeaveTypingScreen) and app.is_running
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen) and app.screen.query_one(TextArea).text == NOTE
        await type_text(pilot, " twice")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert saved(review)[claim_id]["note"] == NOTE + " twice"


async def test_ctrl_q_and_leave_without_it_quits_without_the_note(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        _screen, claim_id = await _note_typed(pilot)
        await pilot.press("ctrl+q", "D")  # the reviewer's choice, made in the dialog (shift+d)
        await pilot.pause()
        await pilot.pause()
        assert not app.is_running
    assert "note" not in saved(review)[claim_id]


async def test_a_note_typed_in_one_burst_with_ctrl_q_is_asked_about(tmp_path: Path, seed_dir: Path):
    """The keys before ctrl+q are in the editor before quitting decides whether there is a note to lose."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        claim_id = screen.table.current_id
        burst(pilot, "n", *"PMO", "ctrl+q", "s")
        for _ in range(50):
            await pilot.pause(0.02)
            if not app.is_running:
                break
        assert not app.is_running
    assert saved(review)[claim_id]["note"] == "PMO"


async def test_escape_in_the_note_editor_asks_when_the_note_was_changed(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen, claim_id = await _note_typed(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LeaveTypingScreen)
        await pilot.press("escape")  # keep typing
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen) and app.screen.query_one(TextArea).text == NOTE
        await pilot.press("escape", "s")  # save it after all
        await pilot.pause()
        assert app.screen is screen
        assert saved(review)[claim_id]["note"] == NOTE
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("escape")  # the note as saved: nothing to lose, closed at once
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, " not this")
        await pilot.press("escape", "D")  # leave without the change
        await pilot.pause()
        assert app.screen is screen
    assert saved(review)[claim_id]["note"] == NOTE


async def test_ctrl_q_while_adding_a_source_asks_and_leaving_adds_nothing(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("A")
        await pilot.pause()
        await type_text(pilot, "reuters-x")
        await pilot.press("tab")
        await type_text(pilot, "Title")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, LeaveTypingScreen) and app.is_running
        await pilot.press("s")  # a form is not saved from here (it may be refused): nothing happens
        assert isinstance(app.screen, LeaveTypingScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AddSourceScreen) and app.screen.value("title") == "Title"
        await pilot.press("ctrl+q", "D")
        await pilot.pause()
        await pilot.pause()
        assert not app.is_running
    assert not (store / "added").exists()


async def test_ctrl_q_in_an_untouched_form_quits_at_once(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    app = make_app(article, store, tmp_path / "r.review.yaml")
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("A")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.pause()
        assert not app.is_running


async def test_escape_in_a_filled_in_form_asks_and_keeps_what_was_typed(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    app = make_app(article, store, tmp_path / "r.review.yaml")
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("A")
        await pilot.pause()
        await type_text(pilot, "reuters-x")
        await pilot.press("tab")
        await type_text(pilot, "Title")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LeaveTypingScreen)
        await pilot.press("escape")  # keep typing: the form comes back as it was
        await pilot.pause()
        assert isinstance(app.screen, AddSourceScreen) and app.screen.value("title") == "Title"
        await pilot.press("escape", "D")  # close it without adding
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, (AddSourceScreen, LeaveTypingScreen))
        await pilot.press("A")
        await pilot.pause()
        await pilot.press("escape")  # an untouched form closes at once
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, (AddSourceScreen, LeaveTypingScreen))
    assert not (store / "added").exists()


async def test_escape_then_d_to_dispute_does_not_throw_the_note_away(tmp_path: Path, seed_dir: Path):
    """ "close the note, then dispute the claim" typed as escape, d: d is the desk's key, not "without it"."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        _, claim_id = await _note_typed(pilot)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, LeaveTypingScreen)  # still asking: nothing was thrown away
        await pilot.press("s")  # save it
        await pilot.pause()
    assert saved(review)[claim_id]["note"] == NOTE
