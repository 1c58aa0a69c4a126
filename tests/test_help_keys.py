"""The help screen (?) names every key the desk binds, each in its own key column, with a meaning."""

from __future__ import annotations

import re
from pathlib import Path

from factdesk.tui.screens.help import HelpScreen
from factdesk.tui.screens.review import ReviewScreen
from textual.binding import Binding
from textual.widgets import Static

from tests.app_helpers import desk, make_app, workspace

SHOWN_AS = {"slash": "/", "question_mark": "?"}


def _help_keys(shown: str) -> dict[str, str]:
    """Each key token of the help's key column ('ctrl+z / ctrl+y', 'j / k') -> the meaning on its line."""
    keys: dict[str, str] = {}
    for line in shown.splitlines():
        column, _, meaning = line.strip().partition("  ")
        if meaning.strip():
            for token in re.split(r" / |, ", column.strip()):
                keys[token] = meaning.strip()
    return keys


async def test_every_bound_key_has_its_own_line_in_the_help(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        shown = _help_keys(str(pilot.app.screen.query_one(Static).render()))
    bound = [SHOWN_AS.get(b.key, b.key) for b in ReviewScreen.BINDINGS if isinstance(b, Binding)]
    missing = [key for key in bound if key not in shown]
    assert not missing, f"keys the desk binds that the help does not explain: {missing}"
