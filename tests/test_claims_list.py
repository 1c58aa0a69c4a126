"""The claims list as a reviewer sees it: where the cursor is, and each verdict in its own colour, in every theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.tui.widgets.claims_table import ClaimsTable, fit
from rich.style import Style
from rich.text import Text
from textual.theme import BUILTIN_THEMES

from tests.app_helpers import desk, make_app, workspace

pytestmark = pytest.mark.anyio  # before collection, so parametrized async tests keep their parameters

THEMES = sorted(name for name in BUILTIN_THEMES if name != "textual-ansi")  # ansi: only with ansi_color


def seen(screen, table: ClaimsTable, row: int, x: int = 0) -> Style:
    """The style on screen at column `x` of the list's `row`-th claim (0 = the first claim shown)."""
    region = table.content_region
    style = screen.get_style_at(region.x + x, region.y + 1 + row)
    assert style is not None
    return style


@pytest.mark.parametrize("theme", THEMES)
async def test_the_cursor_row_stands_out_and_verdicts_have_their_colours(tmp_path: Path, seed_dir: Path, theme: str):
    article, store = workspace(tmp_path, seed_dir)
    app = make_app(article, store, tmp_path / "r.yaml")
    async with app.run_test(size=(160, 45)) as pilot:
        app.theme = theme
        screen = await desk(pilot)
        table = screen.query_one(ClaimsTable)
        await pilot.press("v", "d", "u")  # rows 0, 1, 2 marked; the cursor moves on to row 3
        await pilot.pause()
        assert table.ids().index(table.current_id) == 3

        cursor = seen(screen, table, 3, x=20)
        plain_rows = [seen(screen, table, row, x=20) for row in (0, 1, 2, 4)]
        assert all(cursor.bgcolor != row.bgcolor for row in plain_rows), theme
        # The whole width of the cursor row, its coloured suggestion included, is on the cursor's background.
        width = table.scrollable_content_region.width  # the rows, not the scrollbar beside them
        assert {seen(screen, table, 3, x).bgcolor for x in range(width)} == {cursor.bgcolor}

        def look(row: int, x: int = 0) -> tuple:
            style = seen(screen, table, row, x)
            return style.color, bool(style.dim)

        verified, disputed, unsupported = (look(row) for row in (0, 1, 2))
        unreviewed = look(4)
        text = look(4, x=20)  # the claim's own words
        assert len({verified, disputed, unsupported, unreviewed, text}) == 5, theme


async def test_moving_the_cursor_moves_the_highlight(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        table = screen.query_one(ClaimsTable)
        first = seen(screen, table, 0, x=20).bgcolor
        await pilot.press("j")
        await pilot.pause()
        assert seen(screen, table, 1, x=20).bgcolor == first
        assert seen(screen, table, 0, x=20).bgcolor != first


def test_a_cut_cell_keeps_its_styles_and_ends_in_an_ellipsis():
    cell = Text("✘ disputed", style="bold red") + Text(" Thomas-Greenfeld", style="italic")
    segments = fit(cell, 12)
    assert "".join(segment.text for segment in segments) == "✘ disputed …"
    assert all(segment.style is not None and segment.style.color is not None for segment in segments[:1])
    assert segments[0].style.bold and segments[0].style.color.name == "red"
    assert sum(segment.cell_length for segment in segments) == 12
    padded = fit(Text("ok", style="green"), 5)
    assert "".join(s.text for s in padded) == "ok   " and padded[0].style.color.name == "green"
