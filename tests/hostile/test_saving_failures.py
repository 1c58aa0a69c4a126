"""When the review file cannot be written: a clear message, the change kept, and saved once it can be."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewConflict, ReviewSession, read_review_file
from factdesk.tui.screens.quit import QuitScreen
from textual.widgets import Label

from tests.app_helpers import desk, make_app, workspace


async def test_an_unwritable_folder_keeps_the_change_until_it_can_be_saved(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    folder = tmp_path / "reviews"
    folder.mkdir()
    review = folder / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.ids()[0]
        # The folder goes away while the app is open (a network share dropping out): a file stands
        # where it was, so nothing can be written there, not even by root.
        folder.rename(tmp_path / "away")
        folder.write_text("a file where the folder should be", encoding="utf-8")
        await pilot.press("v")
        assert screen.session.unsaved
        assert any("cannot write here" in n.message for n in pilot.app._notifications)
        assert "NOT SAVED" in str(screen.query_one("#status-bar").render())
        assert screen.session.records[first].mark.verdict.value == "verified"  # kept in memory
        folder.unlink()
        (tmp_path / "away").rename(folder)
        await pilot.press("d")  # the next change saves everything, the earlier verdict included
        assert not screen.session.unsaved
    claims = read_review_file(review)["claims"]
    assert claims[first]["verdict"] == "verified"
    assert sum(entry["verdict"] == "disputed" for entry in claims.values()) == 1


async def test_a_review_file_changed_by_another_program_is_not_overwritten(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await pilot.press("v")
        review.write_text(review.read_text() + "\n# edited by hand\n", encoding="utf-8")
        other = review.read_bytes()
        await pilot.press("d")
        assert review.read_bytes() == other
        assert any("changed by another program" in n.message for n in pilot.app._notifications)
        assert screen.session.unsaved


def _break_folder(folder: Path) -> Path:
    """The review's folder goes away and a file stands in its place: nothing can be saved there."""
    away = folder.with_name("away")
    folder.rename(away)
    folder.write_text("a file where the folder should be", encoding="utf-8")
    return away


def _mend_folder(folder: Path, away: Path) -> None:
    folder.unlink()
    away.rename(folder)


async def test_quitting_with_unsaved_changes_asks_and_save_again_saves_them(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    folder = tmp_path / "reviews"
    folder.mkdir()
    review = folder / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.ids()[0]
        away = _break_folder(folder)
        await pilot.press("v")
        assert screen.session.unsaved
        await pilot.press("q")
        assert isinstance(app.screen, QuitScreen) and app.is_running
        assert "1 change(s) are NOT saved" in str(app.screen.query_one(Label).render())
        await pilot.press("escape")  # keep working
        assert app.screen is screen and app.is_running
        await pilot.press("ctrl+q")  # the app's own quit key asks too
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("s")  # save again: the folder is still gone, so it stays open and says so
        assert app.is_running and screen.session.unsaved
        _mend_folder(folder, away)
        await pilot.press("q", "s")
        await pilot.pause()
        assert not app.is_running
    assert app.final_status(None) == 0 and app.not_saved() is None
    assert read_review_file(review)["claims"][first]["verdict"] == "verified"


async def test_quit_and_lose_them_exits_1_and_names_what_was_not_saved(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    folder = tmp_path / "reviews"
    folder.mkdir()
    review = folder / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.ids()[0]
        await pilot.press("v")  # saved
        second = screen.table.current_id
        away = _break_folder(folder)
        await pilot.press("d")  # not saved
        await pilot.press("q", "q")  # a double tap on q does not answer "quit and lose them"
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, QuitScreen)
        await pilot.press("Q")  # shift+q: the reviewer's choice, made in the dialog
        await pilot.pause()
        assert not app.is_running
    _mend_folder(folder, away)
    assert app.final_status(None) == 1
    message = app.not_saved()
    assert message.startswith(f"factdesk: NOT saved: 1 change(s) to {review} were lost")
    assert f"{second} (disputed)" in message and first not in message
    claims = read_review_file(review)["claims"]
    assert claims[first]["verdict"] == "verified" and claims[second]["verdict"] == "unreviewed"


async def test_a_touched_review_file_with_the_same_bytes_is_saved_as_before(tmp_path: Path, seed_dir: Path):
    """`touch`, a backup or a sync tool gives the file a new time, not new content: that is no conflict."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await pilot.press("v")
        same = review.read_bytes()
        os.utime(review, ns=(1_000_000_000, 1_000_000_000))
        assert review.read_bytes() == same
        await pilot.press("d", "d", "u")
        assert not screen.session.unsaved
        assert not any("changed by another program" in n.message for n in app._notifications)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    verdicts = sorted(claim["verdict"] for claim in read_review_file(review)["claims"].values())
    assert verdicts.count("disputed") == 2 and verdicts.count("unsupported") == 1 and "verified" in verdicts
    assert app.final_status(None) == 0


async def test_a_review_file_changed_by_another_program_can_be_saved_to_a_new_file_beside_it(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.current_id
        await pilot.press("v")
        second = screen.table.current_id
        review.write_text(review.read_text(encoding="utf-8") + "# a colleague's edit\n", encoding="utf-8")
        theirs = review.read_bytes()
        await pilot.press("d")
        third = screen.table.current_id
        await pilot.press("n")
        await pilot.pause()
        for key in "Called the PMO":
            await pilot.press(key if key != " " else "space")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.session.unsaved and review.read_bytes() == theirs
        assert any("q offers to save them all to a new file" in n.message for n in app._notifications)
        await pilot.press("q")
        assert isinstance(app.screen, QuitScreen)
        shown = " ".join(str(label.render()) for label in app.screen.query(Label))
        new_file = app.screen.new_file
        assert new_file.parent == tmp_path and new_file.name.startswith("r.review.saved-")
        assert str(new_file) in shown.replace("\n", "")
        await pilot.press("w")
        await pilot.pause()
        assert not app.is_running
    assert review.read_bytes() == theirs  # the colleague's file, as they left it
    claims = read_review_file(new_file)["claims"]
    assert claims[first]["verdict"] == "verified" and claims[second]["verdict"] == "disputed"
    assert claims[third]["note"] == "Called the PMO"
    assert app.not_saved() is None and app.final_status(None) == 0
    assert str(new_file) in app.saved_elsewhere() and str(review) in app.saved_elsewhere()


def test_an_edit_of_the_same_size_with_its_time_put_back_is_still_a_conflict(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, dt.date(2024, 3, 25)), tmp_path / "r.review.yaml")
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    before = session.path.stat()
    edited = session.path.read_bytes().replace(b'"verified"', b'"disputed"', 1)  # same size, other bytes
    session.path.write_bytes(edited)
    os.utime(session.path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(ReviewConflict):
        session.mark(ids[1], Verdict.DISPUTED)
    assert session.path.read_bytes() == edited and session.unsaved
    session.file.release()


async def test_a_review_whose_folder_moved_while_open_is_saved_whole_in_the_data_folder(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    """The folder renamed while the desk is open (by the reviewer, a colleague, a sync tool): the review
    cannot be saved where it was, nor 'beside it'; `q` then `w` puts the whole review in the data folder."""
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "desk").mkdir()
    article, store = workspace(tmp_path / "desk", seed_dir)
    app = make_app(article.absolute(), store.absolute())
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.ids()[0]
        await pilot.press("v")  # saved
        (tmp_path / "desk").rename(tmp_path / "desk-archive")
        second = screen.table.current_id
        await pilot.press("d")
        assert screen.session.unsaved
        await pilot.press("q")
        assert isinstance(app.screen, QuitScreen)
        new_file = app.screen.new_file
        assert new_file.parent == tmp_path / "data" / "unsaved"
        await pilot.press("w")
        await pilot.pause()
        assert not app.is_running
    assert app.final_status(None) == 0 and app.not_saved() is None and str(new_file) in app.saved_elsewhere()
    claims = read_review_file(new_file)["claims"]
    assert claims[first]["verdict"] == "verified" and claims[second]["verdict"] == "disputed"


async def test_a_claim_added_while_saving_fails_is_listed_and_saved_with_the_next_change(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    folder = tmp_path / "reviews"
    folder.mkdir()
    review = folder / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        away = _break_folder(folder)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"Qatar brokered the ceasefire", "enter")
        await pilot.pause()
        assert screen.session.unsaved
        added = screen.table.current_id  # on the list, where it can be marked: not hidden until a reload
        assert added is not None and added.startswith("added-")
        _mend_folder(folder, away)
        await pilot.press("u")
    assert read_review_file(review)["claims"][added]["verdict"] == "unsupported"
