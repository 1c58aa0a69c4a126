"""A bug: an exception nobody expected, in the checker's thread or anywhere in the desk, while a note is typed.

Textual ends the app on an unhandled exception. The verdicts were on disk (each is saved at once), but the
note being typed, often minutes of a reviewer's words, was gone with the traceback; and a bug in the
checker on one claim of a long article ended the whole desk. Now the checker's failure is said and the
desk goes on (the suggestions already made stay), and any other such error keeps what is being typed,
as a signal does, before the desk ends with its traceback.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import factdesk.claims.desk as desk_module
import pytest
from factdesk.claims.check import suggest
from factdesk.tui.screens.note import NoteScreen
from factdesk.tui.screens.review import ReviewScreen
from textual.widgets import TextArea

from tests.app_helpers import desk, make_app, saved, workspace

NOTE = "Called the PMO twice: no answer yet."


async def _open_with_a_note_typed(pilot) -> ReviewScreen:
    for _ in range(1000):
        await pilot.pause(0.01)
        if isinstance(pilot.app.screen, ReviewScreen):
            break
    screen = pilot.app.screen
    await pilot.press("v", "n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, NoteScreen)
    pilot.app.screen.query_one(TextArea).insert(NOTE)
    await pilot.pause()
    return screen


async def test_a_bug_in_the_checker_is_said_and_the_desk_goes_on_with_the_note_being_typed(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    typed = threading.Event()

    def buggy(claim, index, on):
        if claim.kind.value == "vote":
            typed.wait(30)
            raise KeyError("tally")  # a checker bug on one claim
        return suggest(claim, index, on)

    monkeypatch.setattr(desk_module, "suggest", buggy)
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await _open_with_a_note_typed(pilot)
        typed.set()
        for _ in range(300):
            await pilot.pause(0.01)
            if screen.checking is None:
                break
        assert pilot.app.is_running
        messages = " ".join(note.message for note in pilot.app._notifications)
        assert "tally" in messages, messages
        status = str(screen.query_one("#status-bar").render())
        assert "checking against the store" not in status  # not said to be checking for ever
        await pilot.press("ctrl+s")
        await pilot.pause()
    notes = [entry.get("note") for entry in saved(review).values()]
    assert notes.count(NOTE) == 1


async def test_any_other_unexpected_error_keeps_the_note_being_typed_before_the_desk_ends(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"

    def bug() -> None:
        raise ZeroDivisionError("a bug in the desk")

    with pytest.raises(ZeroDivisionError):
        async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
            await desk(pilot)
            await _open_with_a_note_typed(pilot)
            pilot.app.call_later(bug)
            await pilot.pause(0.2)
    notes = [entry.get("note") for entry in saved(review).values()]
    assert notes.count(NOTE) == 1


async def test_the_terminal_s_input_thread_dying_keeps_the_note_being_typed_and_says_it_failed(
    tmp_path: Path, seed_dir: Path
):
    """A byte that is not UTF-8 (a Latin-1 terminal's "é") kills Textual's input thread, which ends the app with
    `panic`, past the error handling above: the note was lost and the exit status was 0."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await _open_with_a_note_typed(pilot)
        pilot.app.call_later(pilot.app.panic, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9")
        await asyncio.sleep(0.5)  # the app is closing: the pilot has no screen left to wait on
    assert pilot.app.return_code == 1
    notes = [entry.get("note") for entry in saved(review).values()]
    assert notes.count(NOTE) == 1
