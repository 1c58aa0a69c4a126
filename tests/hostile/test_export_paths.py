"""A report path that no file system takes (a NUL pasted into `x`'s form): said, never a traceback."""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.screens.forms import ExportScreen
from textual.widgets import Input

from tests.app_helpers import desk, make_app, workspace


async def test_a_nul_in_the_export_path_is_refused_with_a_message(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    app = make_app(article, store, tmp_path / "r.review.yaml")
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#report-path", Input).value = str(tmp_path / "rep\x00ort.md")
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and app.screen is screen
        said = [n.message for n in app._notifications]
        assert any("NUL" in message for message in said), said
    assert not list(tmp_path.glob("rep*"))
