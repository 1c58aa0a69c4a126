"""The demo keeps the reviewer's work in the data folder, says where it is while open, and can start over."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.base.errors import FactdeskError
from factdesk.claims.review_drafts import keep_draft, kept_drafts
from factdesk.tui.app import FactdeskApp
from factdesk.tui.demo import install_demo
from factdesk.tui.screens.help import HelpScreen
from textual.widgets import Static

from tests.app_helpers import desk
from tests.conftest import run_factdesk


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(folder))
    return folder


def test_the_demo_is_kept_in_the_data_folder_and_reopened(data_dir: Path):
    article, store = install_demo()
    assert article.parent == data_dir / "demo" and store == data_dir / "demo" / "store"
    review = article.with_name(article.name + ".review.yaml")
    review.write_text("kept", encoding="utf-8")
    (store / "added").mkdir()
    (store / "added" / "mine.yaml").write_text("sources: []\n", encoding="utf-8")
    assert install_demo() == (article, store) and review.read_text(encoding="utf-8") == "kept"
    assert (store / "added" / "mine.yaml").exists()  # a source the reviewer added stays too


def test_fresh_starts_the_demo_over(data_dir: Path):
    article, _store = install_demo()
    review = article.with_name(article.name + ".review.yaml")
    review.write_text("kept", encoding="utf-8")
    article.write_text("edited", encoding="utf-8")
    install_demo(fresh=True)
    assert not review.exists() and "UN General Assembly" in article.read_text(encoding="utf-8")


def test_fresh_drops_the_old_demos_drafts(data_dir: Path):
    """A half-typed claim of the old demo is not offered in the fresh one's add-claim form."""
    article, _store = install_demo()
    review = article.with_name(article.name + ".review.yaml")
    keep_draft(review, "claim", {"text": "a claim half typed in the old demo"})
    assert kept_drafts(review).drafts
    install_demo(fresh=True)
    assert not kept_drafts(review).drafts


def test_demo_help_says_where_the_demo_is(cli, data_dir: Path):
    assert "--fresh" in cli("demo", "--help").out


async def test_the_open_demo_says_where_it_is(data_dir: Path):
    article, store = install_demo()
    app = FactdeskApp(article, store, reviewer="tester", demo_folder=article.parent)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        title = str(screen.query_one("#title-bar").render())
        assert title.startswith("2024-05-10")  # the folder is named there too when the title leaves room
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        shown = str(pilot.app.screen.query_one(Static).render())
        assert str(article.parent) in " ".join(shown.split()) and "--fresh" in shown


def test_the_reviewer_is_named_from_the_config_then_git_then_the_login(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import getpass

    from factdesk.tui.commands import default_reviewer

    config = tmp_path / "config.yaml"
    config.write_text("reviewer: Ana Ortiz\n", encoding="utf-8")
    monkeypatch.setenv("FACTDESK_CONFIG", str(config))
    assert default_reviewer() == "Ana Ortiz"
    config.write_text("publisher: {name: Desk}\n", encoding="utf-8")
    git = tmp_path / "gitconfig"
    git.write_text("[user]\n\tname = Ben Adler\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(git))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.chdir(tmp_path)  # no repository's own config
    assert default_reviewer() == "Ben Adler"
    git.write_text("", encoding="utf-8")
    assert default_reviewer() == getpass.getuser()


@pytest.mark.parametrize(
    ("written", "said"),
    [("reviewer: {name: Ana Ortiz\n", "config.yaml:2:1"), ("reviewer: [Ana Ortiz, Ben Cole]\n", "one person's name")],
    ids=["broken-yaml", "a-list"],
)
def test_a_broken_config_or_a_reviewer_that_is_no_name_is_an_error_not_another_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_dir: Path, written: str, said: str
):
    """The desk swallowed a broken config file and saved every verdict as the login name ("root"); a list as
    `reviewer` was saved as "['Ana Ortiz', 'Ben Cole']"."""
    from tests.app_helpers import workspace
    from tests.conftest import run_factdesk

    article, store = workspace(tmp_path, seed_dir)
    config = tmp_path / "config.yaml"
    config.write_text(written, encoding="utf-8")
    monkeypatch.setenv("FACTDESK_CONFIG", str(config))
    result = run_factdesk("review", article, "--sources", store, timeout=60)
    assert result.returncode == 2 and said in result.stderr, result.stderr
    assert not article.with_name(article.name + ".review.yaml").exists()


async def test_fresh_while_the_demo_is_open_elsewhere_is_refused_and_removes_nothing(data_dir: Path):
    """`factdesk demo --fresh` in a second terminal used to delete the open demo's review, then be refused."""
    article, store = install_demo()
    review = article.with_name(article.name + ".review.yaml")
    app = FactdeskApp(article, store, reviewer="tester", demo_folder=article.parent)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("v", "d")
        before = {path: path.read_bytes() for path in article.parent.rglob("*") if path.is_file()}
        result = run_factdesk("demo", "--fresh", timeout=60)
        after = {path: path.read_bytes() for path in article.parent.rglob("*") if path.is_file()}
        assert result.returncode == 2 and "already open in another factdesk" in result.stderr
        assert after == before and '"verdict": "disputed"' in review.read_text(encoding="utf-8")


def test_demo_dir_never_touches_a_folder_of_the_reviewers_own_work(cli, tmp_path: Path):
    """`demo --dir` on a folder with the reviewer's article and store: `--fresh` deleted both."""
    mine = tmp_path / "beat"
    (mine / "store").mkdir(parents=True)
    (mine / "article.md").write_text("# My story\n\nThe mayor said the budget grew 4%.\n", encoding="utf-8")
    (mine / "store" / "people.yaml").write_text("people:\n  - name: Ana Ortiz\n", encoding="utf-8")
    before = {path: path.read_bytes() for path in mine.rglob("*") if path.is_file()}
    with pytest.raises(FactdeskError, match="holds files that are not the demo's"):
        install_demo(mine, fresh=True)
    assert {path: path.read_bytes() for path in mine.rglob("*") if path.is_file()} == before
    for fresh in (["--fresh"], []):
        result = cli("demo", "--dir", mine, *fresh)
        assert result.status == 2 and "holds files that are not the demo's" in result.err
        assert {path: path.read_bytes() for path in mine.rglob("*") if path.is_file()} == before


def test_demo_dir_keeps_working_in_a_folder_the_demo_made(tmp_path: Path):
    folder = tmp_path / "demo-here"
    article, _store = install_demo(folder)
    article.write_text("edited by the reviewer", encoding="utf-8")
    assert install_demo(folder) == (article, folder / "store")  # kept, edited article and all
    assert install_demo(folder, fresh=True)[0].read_text(encoding="utf-8") != "edited by the reviewer"
