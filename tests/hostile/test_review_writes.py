"""Where factdesk writes: never a report over the review, article or store; a review file as its owner set it."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from factdesk.base.files import WriteError
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.report import write_report
from factdesk.claims.review import ReviewSession, load_review, read_review_file
from factdesk.tui.screens.confirm import ConfirmScreen
from factdesk.tui.screens.forms import ExportScreen
from textual.widgets import Label

from tests.app_helpers import desk, make_app, workspace
from tests.conftest import run_factdesk

SEED_DATE = dt.date(2024, 3, 25)


@pytest.fixture
def made(tmp_path: Path, seed_dir: Path) -> tuple[Path, Path, Path]:
    """(article, store, review) with one verdict, written by factdesk."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    session.mark(session.ordered()[0].claim.id, Verdict.DISPUTED)
    session.close()
    return article, store, session.path


def _snapshot(*folders: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for folder in folders for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize(
    ("target", "needle"),
    [
        ("REVIEW", "this is the review file itself; a report never replaces it"),
        ("JOURNAL", "this is the review's journal"),
        ("DRAFTS", "this is the review's drafts"),
        ("OTHER_DRAFTS", "another review's work"),
        ("ARTICLE", "this is the article under review"),
        ("STORE_FILE", "this is in the store of sources"),
        ("NEW_STORE_FILE", "this is in the store of sources"),
        ("LINK_TO_REVIEW", "this is the review file itself"),
        ("DEVICE", "not a regular file"),
        ("FIFO", "not a regular file"),
        ("FOLDER", "not a regular file"),
    ],
)
def test_a_report_never_replaces_the_review_the_article_a_store_file_or_a_device(
    cli, made, tmp_path: Path, target: str, needle: str
):
    article, store, review = made
    (tmp_path / "link.yaml").symlink_to(review)
    (tmp_path / "folder").mkdir()
    for drafts in (Path(str(review) + ".drafts"), tmp_path / "other.txt.review.yaml.drafts"):  # a claim being typed
        drafts.write_text('{"claim": {"kind": "statement", "text": "Qatar brokered the talks"}}\n', encoding="utf-8")
    os.mkfifo(tmp_path / "fifo")
    if target == "DEVICE":
        # A device node of our own, never the system's /dev/null: if this broke, only the copy is replaced.
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(tmp_path / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    names = {
        "REVIEW": review,
        "JOURNAL": Path(str(review) + ".journal"),
        "DRAFTS": Path(str(review) + ".drafts"),
        "OTHER_DRAFTS": tmp_path / "other.txt.review.yaml.drafts",
        "ARTICLE": article,
        "STORE_FILE": store / "people.yaml",
        "NEW_STORE_FILE": store / "report.yaml",
        "LINK_TO_REVIEW": tmp_path / "link.yaml",
        "FOLDER": tmp_path / "folder",
        "FIFO": tmp_path / "fifo",
        "DEVICE": tmp_path / "null",
    }
    before = _snapshot(tmp_path)
    kinds = {path: stat.S_IFMT(path.lstat().st_mode) for path in tmp_path.iterdir()}
    result = cli("report", review, "-o", names[target])
    assert result.status == 2 and needle in result.err and "\n" not in result.err.strip()
    assert _snapshot(tmp_path) == before
    assert {path: stat.S_IFMT(path.lstat().st_mode) for path in tmp_path.iterdir()} == kinds


def test_a_report_through_a_symlink_writes_the_linked_file(cli, made, tmp_path: Path):
    _article, _store, review = made
    real = tmp_path / "reports" / "real.md"
    real.parent.mkdir()
    assert cli("report", review, "-o", real, "--generated", "2025-01-01T00:00:00Z").status == 0  # an earlier run
    (tmp_path / "latest.md").symlink_to(real)
    assert cli("report", review, "-o", tmp_path / "latest.md").status == 0
    assert (tmp_path / "latest.md").is_symlink() and "Claims report" in real.read_text(encoding="utf-8")
    assert "2025-01-01" not in real.read_text(encoding="utf-8")  # the new report, written through the link


async def test_export_in_the_app_refuses_the_review_file_name(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("d")
        before = review.read_bytes()
        await pilot.press("x")
        path_input = pilot.app.screen.query_one("#report-path")
        path_input.value = str(review)
        await pilot.press("enter")
        assert any("a report never replaces it" in n.message for n in pilot.app._notifications)
        assert review.read_bytes() == before
    assert read_review_file(review)["claims"]


async def test_export_in_the_app_asks_before_replacing_a_file_that_exists(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    mine = Path(str(article) + ".report.md")  # the path the export dialog offers
    mine.write_text("# My edited report: corrections agreed with the editor at 16:40\n", encoding="utf-8")
    app = make_app(article, store, tmp_path / "r.review.yaml")
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("v", "x", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert str(mine) in " ".join(str(label.render()) for label in app.screen.query(Label)).replace("\n", "")
        await pilot.press("n")  # keep it
        await pilot.pause()
        assert "agreed with the editor" in mine.read_text(encoding="utf-8")
        assert not any("Report written" in n.message for n in app._notifications)
        await pilot.press("x", "enter")
        await pilot.pause()
        await pilot.press("escape")  # escape keeps it too
        await pilot.pause()
        assert "agreed with the editor" in mine.read_text(encoding="utf-8")
        await pilot.press("x", "enter")
        await pilot.pause()
        await pilot.press("y")  # replace it, as asked
        await pilot.pause()
        assert any(f"Report written to {mine}" in n.message for n in app._notifications)
    assert "Claims report" in mine.read_text(encoding="utf-8")


async def test_export_in_the_app_to_standard_output_is_refused_not_said_to_be_written(
    tmp_path: Path, seed_dir: Path, capsys: pytest.CaptureFixture[str]
):
    """'-' means standard output on the command line; in the app that is the screen the desk is drawn on."""
    article, store = workspace(tmp_path, seed_dir)
    app = make_app(article, store, tmp_path / "r.review.yaml")
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("v", "x", "ctrl+a", "ctrl+k", "minus", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert "give a file name" in str(app.screen.query_one("#form-error", Label).render())
        assert not any("Report written" in n.message for n in app._notifications)
    assert "Claims report" not in capsys.readouterr().out


def test_a_symlinked_review_is_followed_to_its_target(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    target = tmp_path / "kept" / "real.review.yaml"
    target.parent.mkdir()
    link = tmp_path / "article.txt.review.yaml"
    link.symlink_to(target)
    checked = prepare_check(article, store, SEED_DATE)
    session = ReviewSession.open(checked, link, reviewer="ana")
    first = session.ordered()[0].claim.id
    session.mark(first, Verdict.VERIFIED)
    assert Path(str(target) + ".lock").exists()  # the target is locked, not the link
    session.close()
    assert link.is_symlink() and read_review_file(target)["claims"][first]["verdict"] == "verified"


def test_a_read_only_review_is_refused_and_left_as_it_is(made):
    article, store, review = made
    review.chmod(0o444)
    before = review.read_bytes()
    result = run_factdesk("review", article, "--sources", store, timeout=60)
    assert result.returncode == 2 and f"{review}: the review file is read-only" in result.stderr
    assert review.read_bytes() == before and review.stat().st_mode & 0o777 == 0o444


async def test_a_review_made_read_only_during_the_session_is_not_replaced_and_nothing_is_lost(
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
        review.chmod(0o444)  # the owner protects it while the desk is open
        before = review.read_bytes()
        await pilot.press("d")
        assert review.read_bytes() == before and review.stat().st_mode & 0o777 == 0o444
        assert screen.session.unsaved and screen.session.records[second].mark.verdict == Verdict.DISPUTED
        assert any("the review file is read-only" in n.message for n in app._notifications)
        await pilot.press("u")  # every save asks again
        assert review.read_bytes() == before
        await pilot.press("q", "w")  # the way out: the whole review to a new file beside it
        await pilot.pause()
        assert not app.is_running
    assert review.read_bytes() == before and review.stat().st_mode & 0o777 == 0o444
    claims = read_review_file(screen.session.path)["claims"]
    assert screen.session.path.parent == tmp_path and screen.session.path != review
    assert claims[first]["verdict"] == "verified" and claims[second]["verdict"] == "disputed"
    assert "unsupported" in {claim["verdict"] for claim in claims.values()}
    assert app.final_status(None) == 0


def test_another_articles_review_is_not_taken_over(made, tmp_path: Path):
    article, store, review = made
    other = tmp_path / "other.txt"
    other.write_text("The Knesset voted 64 to 56 on Monday to approve the budget.\n", encoding="utf-8")
    before = review.read_bytes()
    result = run_factdesk("review", other, "--sources", store, "--review", review, timeout=60)
    assert result.returncode == 2 and "this review belongs to another article" in result.stderr
    assert str(article) in result.stderr and review.read_bytes() == before


def test_an_edited_article_still_carries_its_verdicts_over(made):
    article, store, _review = made
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    assert session.article_changed and session.tally()[Verdict.DISPUTED] == 1
    session.close()


def test_a_report_written_without_replace_keeps_a_file_that_appeared_meanwhile(made, tmp_path: Path):
    _article, _store, review = made
    theirs = tmp_path / "report.md"
    theirs.write_text("theirs", encoding="utf-8")
    with pytest.raises(WriteError, match="already exists"):
        write_report(load_review(review), "md", theirs, replace=False)
    assert theirs.read_text(encoding="utf-8") == "theirs"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_report_never_replaces_another_review_file(cli, made, tmp_path: Path, seed_dir: Path):
    """`report a.review.yaml -o b.review.yaml` (a slip in the shell's history) replaced b's work with a report."""
    _article, _store, review = made
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other_article, other_store = workspace(other_folder, seed_dir)
    other = ReviewSession.open(prepare_check(other_article, other_store, SEED_DATE), reviewer="bo")
    other.mark(other.ordered()[0].claim.id, Verdict.DISPUTED)
    other.close()
    kept = other.path.read_bytes()
    result = cli("report", review, "-o", other.path)
    assert result.status == 2 and "a factdesk review file" in result.err, result.err
    assert other.path.read_bytes() == kept


def test_a_link_put_in_place_of_the_review_file_while_it_is_open_is_written_through(tmp_path: Path, seed_dir: Path):
    """The reviewer moved the review into a shared folder and linked it back while the desk was open: the next
    save replaced the link with a regular file, and the shared copy never got the changes."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    first, second = session.ordered()[0].claim.id, session.ordered()[1].claim.id
    session.mark(first, Verdict.VERIFIED)
    shared = tmp_path / "shared"
    shared.mkdir()
    moved = shared / session.path.name
    session.path.rename(moved)
    session.path.symlink_to(moved)
    session.mark(second, Verdict.DISPUTED)
    session.close()
    assert session.path.is_symlink()
    text = moved.read_text(encoding="utf-8")
    assert first in text and second in text and "disputed" in text
