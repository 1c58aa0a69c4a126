"""Pasted text lands whole: every line of it, in the field the reviewer is typing in.

Terminals send a paste as one event (bracketed paste). Articles and pages are hard-wrapped, so a
claim or a title copied from them comes with line breaks in it.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.screens.forms import AddClaimScreen
from textual import events
from textual.pilot import Pilot

from tests.app_helpers import desk, make_app, saved, workspace

WRAPPED_CLAIM = "the first ceasefire resolution in Gaza in\nalmost six months of war"
WRAPPED_TITLE = "Security Council demands immediate ceasefire in Gaza during\r\nRamadan, adopting resolution 2728"


def paste(pilot: Pilot, text: str) -> None:
    """What the terminal driver does with a bracketed paste: one Paste event to the app."""
    pilot.app.post_message(events.Paste(text))


async def test_a_claim_pasted_over_two_lines_is_added_whole(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(pilot.app.screen, AddClaimScreen)
        paste(pilot, WRAPPED_CLAIM)
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    added = [entry["text"] for entry in saved(review).values() if entry.get("added")]
    assert added == ["the first ceasefire resolution in Gaza in almost six months of war"]


async def test_a_source_title_pasted_over_two_lines_is_saved_whole(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.review.yaml").run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("A")
        await pilot.pause()
        await pilot.press(*"un-press", "tab")
        paste(pilot, WRAPPED_TITLE)
        await pilot.pause()
        await pilot.press("tab", *"UN", "ctrl+s")
        await pilot.pause()
    written = (store / "added" / "un-press.yaml").read_text(encoding="utf-8")
    assert "Ramadan, adopting resolution 2728" in " ".join(written.split())
