"""Report paths as a user types them: one no file system takes (a NUL pasted into `x`'s form), `~`, a folder, an
empty name, /dev/stdout. Said, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession
from factdesk.tui.screens.forms import ExportScreen
from textual.widgets import Input, Label

from tests.app_helpers import desk, make_app, workspace
from tests.conftest import run_factdesk
from tests.hostile.test_review_writes import SEED_DATE


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


async def test_a_home_path_is_expanded_and_a_folder_is_refused_in_the_form(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    """`~/r.md` went to a folder named "~" under the working one; a folder was refused only after the form had
    closed, with the typed path gone and a hint ("or '-' for the screen") the desk itself refuses."""
    article, store = workspace(tmp_path, seed_dir)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    app = make_app(article, store, tmp_path / "r.review.yaml")
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await pilot.press("x")
        await pilot.pause()
        typed = app.screen.query_one("#report-path", Input)
        typed.value = str(home)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)  # still open, the path there to correct
        assert "is a folder" in str(app.screen.query_one("#form-error", Label).render())
        typed.value = "~/r.md"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
    assert (home / "r.md").read_text(encoding="utf-8").startswith("#")
    assert not (tmp_path / "~").exists()


def test_report_to_an_empty_name_or_dev_stdout(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    session.mark(session.ordered()[0].claim.id, Verdict.DISPUTED)
    session.close()
    result = run_factdesk("report", session.path, "-o", "", timeout=60)
    assert result.returncode == 2 and "give a file name" in result.stderr, result.stderr
    result = run_factdesk("report", session.path, "-o", "/dev/stdout", timeout=60)  # a pipe here
    assert result.returncode == 0 and result.stdout.startswith("#"), result.stderr
    assert "wrote" not in result.stderr


def test_report_on_a_folder_or_review_of_the_article_itself_says_what_it_is(tmp_path: Path, seed_dir: Path):
    """`report DIR` called the folder "the article", and `review a.txt --review a.txt` called the article a
    damaged review file."""
    article, store = workspace(tmp_path, seed_dir)
    result = run_factdesk("report", store, timeout=60)
    assert result.returncode == 2 and "a folder" in result.stderr and "the article" not in result.stderr
    result = run_factdesk("review", article, "--sources", store, "--review", article, timeout=60)
    assert result.returncode == 2 and "is the article itself" in result.stderr and "damaged" not in result.stderr


@pytest.mark.parametrize("written", ["yesterday", "2024-13-01T00:00"])
def test_a_generation_time_that_is_no_time_is_a_usage_error(cli, tmp_path: Path, seed_dir: Path, written: str):
    """`report --generated yesterday` wrote "yesterday" into the JSON report's timestamp, exit 0."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    session.close()
    result = cli("report", session.path, "--format", "json", "--generated", written)
    assert result.status == 2 and "ISO 8601" in result.err and result.out == ""
