"""What the desk says when it quits after a save failed: what was saved, what was not, and where it is.

After the review's folder went away, quitting said "NOT saved: 0 change(s) to R were lost (the file
keeps what was saved before)" and exited 1, though every verdict was saved and only the cursor's
place could not be written, and R was no longer where it said. A change taken back with ctrl+z
while saving failed was still counted as lost, and quitting asked about it.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.claims.review import read_review_file
from factdesk.tui.screens.quit import QuitScreen

from tests.app_helpers import desk, make_app, type_text, workspace


def _move_folder_away(folder: Path) -> Path:
    """The review's folder is renamed while the desk is open, and a file takes its name: nothing saves there."""
    away = folder.with_name("away")
    folder.rename(away)
    folder.write_text("a file where the folder was", encoding="utf-8")
    return away


async def test_quitting_after_the_folder_moved_says_every_change_is_saved_and_where(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    folder = tmp_path / "reviews"
    folder.mkdir()
    review = folder / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.current_id
        await pilot.press("v")  # saved
        away = _move_folder_away(folder)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    told = "\n".join(app.leaving_messages())
    assert "0 change(s)" not in told and "lost" not in told
    assert str(away / "r.review.yaml") in told  # where the verdict is now
    assert app.final_status(None) == 0
    assert read_review_file(away / "r.review.yaml")["claims"][first]["verdict"] == "verified"


async def test_a_change_taken_back_while_saving_failed_is_not_called_lost(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    folder = tmp_path / "reviews"
    folder.mkdir()
    review = folder / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.current_id
        await pilot.press("v")  # saved
        second = screen.table.current_id
        away = _move_folder_away(folder)
        await pilot.press("d")  # not saved
        await pilot.press("ctrl+z")  # taken back: in memory as on disk again
        assert screen.session.records[second].mark.verdict.value == "unreviewed"
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, QuitScreen)
        assert not app.is_running
    told = "\n".join(app.leaving_messages())
    assert "lost" not in told and second not in told
    assert app.final_status(None) == 0
    assert read_review_file(away / "r.review.yaml")["claims"][first]["verdict"] == "verified"


async def test_changes_lost_are_named_and_the_saved_ones_are_said_to_be_where_they_are(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    folder = tmp_path / "reviews"
    folder.mkdir()
    review = folder / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.current_id
        await pilot.press("v")  # saved
        second = screen.table.current_id
        away = _move_folder_away(folder)
        await pilot.press("d")  # not saved
        await pilot.press("q")
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("Q")  # quit and lose it
        await pilot.pause()
        assert not app.is_running
    told = "\n".join(app.leaving_messages())
    assert "NOT saved: 1 change(s)" in told and f"{second} (disputed)" in told
    assert first not in told
    assert str(away / "r.review.yaml") in told  # the verdict that was saved, and where it is now
    assert app.final_status(None) == 1


async def test_a_date_set_while_saving_failed_is_named_as_not_saved(tmp_path: Path, seed_dir: Path):
    """The date set with t is the review's (it is checked as of it when reopened): not saved, it is said."""
    article, store = workspace(tmp_path, seed_dir)
    folder = tmp_path / "reviews"
    folder.mkdir()
    review = folder / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await pilot.press("v")  # saved
        _move_folder_away(folder)
        await pilot.press("t", "ctrl+a", "ctrl+k", *"2021-03-25", "enter")
        await desk(pilot)
        assert screen.session.unsaved
        await pilot.press("q")
        assert isinstance(app.screen, QuitScreen)  # asks: the date is not on disk
        shown = " ".join(str(label.render()) for label in app.screen.query("Label"))
        assert "2021-03-25" in shown
        await pilot.press("Q")  # quit and lose it
        await pilot.pause()
    told = "\n".join(app.leaving_messages())
    assert "NOT saved" in told and "2021-03-25" in told
    assert app.final_status(None) == 1


async def test_a_date_set_in_a_large_review_is_on_disk_at_once(tmp_path: Path, seed_dir: Path, monkeypatch):
    """A large review appends changes to its journal, which has no place for the date: it waited for the fold
    on quitting, so a kill (or a crash) lost it."""
    from factdesk.claims import review_file

    monkeypatch.setattr(review_file, "JOURNAL_ABOVE", 0)  # every change goes to the journal, as for a huge review
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("v", "d")  # in the journal
        await pilot.press("t", "ctrl+a", "ctrl+k", *"2021-03-25", "enter")
        await desk(pilot)
        # read now, as after a kill -9: the file and its journal
        assert read_review_file(review)["article"]["date"] == "2021-03-25"


async def test_a_note_lost_is_told_in_full_and_a_review_never_written_is_not_said_to_be_gone(
    tmp_path: Path, seed_dir: Path
):
    """The words of a note are the work a claim's id cannot give back: they are printed, to be pasted back."""
    article, store = workspace(tmp_path, seed_dir)
    folder = tmp_path / "reviews"
    folder.mkdir()
    review = folder / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        _move_folder_away(folder)  # before anything was saved
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "Called the PMO at 10:40")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("Q")
        await pilot.pause()
        assert not app.is_running
    told = "\n".join(app.leaving_messages())
    assert "[note: Called the PMO at 10:40]" in told, told
    assert f"Nothing of this session was saved: {review} could not be written." in told, told
    assert "is gone" not in told
