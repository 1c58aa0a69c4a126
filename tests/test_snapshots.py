"""How the desk looks: snapshots of the main screen and the help screen at fixed sizes.

Update after an intended change of look: `pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app_helpers import desk, make_app, workspace


async def _open_desk(pilot) -> None:
    await desk(pilot)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [(160, 45), (80, 24)], ids=["160x45", "80x24"])
def test_main_screen(snap_compare, tmp_path: Path, seed_dir: Path, size: tuple[int, int]):
    article, store = workspace(tmp_path, seed_dir)
    assert snap_compare(make_app(article, store, tmp_path / "r.yaml"), terminal_size=size, run_before=_open_desk)


def test_help_screen(snap_compare, tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch):
    article, store = workspace(tmp_path, seed_dir)
    monkeypatch.chdir(tmp_path)  # the help names the review file: relative to here, the same on every run

    async def open_help(pilot) -> None:
        await _open_desk(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(article, store, tmp_path / "r.yaml"), terminal_size=(120, 40), run_before=open_help)


def test_marked_claims_in_colour_with_the_cursor_row(snap_compare, tmp_path: Path, seed_dir: Path):
    """✔ ✘ ? each in its colour and the cursor row highlighted (the list once drew all rows one grey)."""
    article, store = workspace(tmp_path, seed_dir)

    async def mark_three(pilot) -> None:
        await _open_desk(pilot)
        await pilot.press("v", "d", "u")
        await pilot.pause()

    assert snap_compare(make_app(article, store, tmp_path / "r.yaml"), terminal_size=(120, 30), run_before=mark_three)
