"""A terminal made very narrow with a dialog open (a split pane, a window dragged small) is no crash.

The search, filter and store dialogs list their entries in an `OptionList`; with no columns left for
its text it raised `ValueError: range() arg 3 must not be zero` from inside Textual's layout, and the
desk died with a traceback in the middle of the review.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.tui.screens.pick import PickScreen
from factdesk.tui.screens.review import ReviewScreen

from tests.app_helpers import desk, make_app, saved, workspace

pytestmark = pytest.mark.anyio


async def test_a_dialog_open_while_the_terminal_is_made_narrow_does_not_crash(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(120, 40)) as pilot:
        await desk(pilot)
        for key in ("slash", "f", "s"):  # search claims, filter, the store browser
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(pilot.app.screen, PickScreen)
            for width in (10, 4, 1, 120):
                await pilot.resize_terminal(width, 40)
                await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(pilot.app.screen, ReviewScreen)
            await pilot.press("v")  # the desk still takes verdicts
    verdicts = [entry["verdict"] for entry in saved(review).values()]
    assert verdicts.count("verified") >= 3


@pytest.mark.parametrize("opener", [("ctrl+p",), ("x", "shift+tab", "enter")], ids=["palette", "export-format"])
@pytest.mark.parametrize("key", ["pagedown", "pageup"])
async def test_paging_a_list_in_a_terminal_a_few_cells_high_does_not_crash(
    tmp_path: Path, seed_dir: Path, opener: tuple[str, ...], key: str
):
    """The command palette or the export form's format list, open in a 20x4 terminal: PageDown ended the desk
    with Textual's `KeyError: 0` (the list had no lines laid out to page by)."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("v")
        for step in opener:
            await pilot.press(step)
            await pilot.pause(0.2)
        await pilot.resize_terminal(20, 4)
        await pilot.pause(0.2)
        await pilot.press(key)
        await pilot.pause(0.2)
        await pilot.resize_terminal(160, 45)
        await pilot.pause(0.2)
        await pilot.press("escape", "escape")
        await pilot.pause(0.2)
        assert isinstance(pilot.app.screen, ReviewScreen)
    assert [entry["verdict"] for entry in saved(review).values()].count("verified") == 1
