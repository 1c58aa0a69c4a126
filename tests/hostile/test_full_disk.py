"""A real full disk (a tiny tmpfs): the app says NOT SAVED, the file on disk stays whole, the change is kept.

Mounting needs root (CI and the development machines run as root); elsewhere these tests are skipped
with the reason, and `test_saving_failures.py` still covers an unwritable folder.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from factdesk.claims import review_file as review_module
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession, journal_path_for
from factdesk.tui.screens.quit import QuitScreen

from tests.app_helpers import SEED_DATE, desk, make_app, saved, workspace


class Disk:
    """A 1 MiB filesystem that can be filled to the last byte and emptied again."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.filler = folder / "filler.bin"

    def fill(self) -> None:
        with open(self.filler, "ab", buffering=0) as stream:
            chunk = b"\0" * 4096
            while True:
                try:
                    if stream.write(chunk) == 0:
                        break
                except OSError as error:
                    assert error.errno == errno.ENOSPC
                    break
        with open(self.filler, "ab", buffering=0) as stream:  # the last bytes of a partly used page
            for _ in range(4096):
                try:
                    stream.write(b"\0")
                except OSError:
                    break

    def empty(self) -> None:
        self.filler.unlink()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Disk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield Disk(folder)
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


async def test_a_full_disk_keeps_the_file_whole_and_the_change_until_space_is_freed(
    tmp_path: Path, seed_dir: Path, small_disk: Disk
):
    article, store = workspace(tmp_path, seed_dir)
    review = small_disk.folder / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first, second, third = screen.table.ids()[:3]
        await pilot.press("v")  # saved while there is room
        before = review.read_bytes()
        small_disk.fill()
        await pilot.press("d")  # marking moves on to the next claim
        assert screen.session.unsaved
        assert "NOT SAVED" in str(screen.query_one("#status-bar").render())
        assert any("No space left on device" in n.message for n in pilot.app._notifications)
        assert review.read_bytes() == before  # the old file is untouched, not truncated
        assert screen.session.records[second].mark.verdict.value == "disputed"  # kept in memory
        small_disk.empty()
        await pilot.press("u")  # the next change saves all of them
        assert not screen.session.unsaved
        on_disk = saved(review)
        assert [on_disk[claim]["verdict"] for claim in (first, second, third)] == [
            "verified",
            "disputed",
            "unsupported",
        ]
    assert [name for name in os.listdir(small_disk.folder) if name.endswith(".tmp")] == []  # no temp files left


async def test_q_then_w_on_a_full_disk_saves_the_whole_review_in_the_data_folder(
    tmp_path: Path, seed_dir: Path, small_disk: Disk, monkeypatch: pytest.MonkeyPatch
):
    """A full disk (or share) has no room for a new file beside the review either: 'w' used to fail the same way."""
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path / "data"))
    article, store = workspace(tmp_path, seed_dir)
    review = small_disk.folder / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.current_id
        await pilot.press("v")
        small_disk.fill()
        second = screen.table.current_id
        await pilot.press("d")
        assert screen.session.unsaved
        await pilot.press("q")
        assert isinstance(app.screen, QuitScreen) and app.screen.new_file.parent == tmp_path / "data" / "unsaved"
        new_file = app.screen.new_file
        await pilot.press("w")
        await pilot.pause()
        assert not app.is_running
    assert app.final_status(None) == 0 and app.not_saved() is None
    assert [saved(new_file)[claim]["verdict"] for claim in (first, second)] == ["verified", "disputed"]


async def test_a_full_disk_never_leaves_a_torn_journal_line_that_hides_later_saves(
    tmp_path: Path, seed_dir: Path, small_disk: Disk, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(review_module, "JOURNAL_ABOVE", 0)  # append to a journal, as for a huge review
    article, store = workspace(tmp_path, seed_dir)
    review = small_disk.folder / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        expected: dict[str, str] = {}

        async def mark(key: str, verdict: str) -> None:
            expected[screen.table.current_id] = verdict
            await pilot.press(key)

        await mark("v", "verified")
        small_disk.fill()
        while not screen.session.unsaved:  # the journal's last page still has room for a few lines
            assert len(expected) < 40, "the disk never filled up"
            await mark("d", "disputed")
        for _ in range(2):  # more failed appends, each cut back to the last whole line
            await mark("d", "disputed")
            assert screen.session.unsaved
        small_disk.empty()
        await mark("u", "unsupported")
        assert not screen.session.unsaved
        assert journal_path_for(review).exists()
        # Read now, as after a crash: the journal must replay every confirmed verdict.
        on_disk = saved(review)
        assert {claim: on_disk[claim]["verdict"] for claim in expected} == expected


def test_a_report_to_a_full_disk_is_a_clear_error_and_leaves_no_file(
    cli, tmp_path: Path, seed_dir: Path, small_disk: Disk
):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="tester")
    session.mark(session.ordered()[0].claim.id, Verdict.VERIFIED)
    session.close()
    small_disk.fill()
    target = small_disk.folder / "report.html"
    result = cli("report", session.path, "--format", "html", "-o", target)
    assert result.status == 2
    assert "report.html" in result.err and "No space left on device" in result.err
    assert "Traceback" not in result.err
    assert sorted(os.listdir(small_disk.folder)) == ["filler.bin"]  # no report, no temp file
