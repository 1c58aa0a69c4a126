"""Inputs that used to end in a traceback: dates at the calendar's edges, a full disk on stdout, the store browser."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from factdesk.sources.store import load_store
from factdesk.tui.app import FactdeskApp
from factdesk.tui.screens.pick import PickScreen
from textual.widgets import OptionList

from tests.app_helpers import desk, make_app, workspace
from tests.conftest import run_factdesk


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_check_with_a_date_at_the_calendars_edge_is_a_usage_error(seed_article: Path, seed_store: Path, date: str):
    result = run_factdesk("check", seed_article, "--sources", seed_store, "--date", date)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"argument --date: {date} is outside the dates factdesk can check" in result.stderr


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "9999-12-10"])
def test_an_article_dated_at_the_calendars_edge_is_named_with_its_line(tmp_path: Path, seed_store: Path, date: str):
    article = tmp_path / "far.md"
    article.write_text(f"---\ntitle: Far\ndate: {date}\n---\nThe Knesset voted 64 to 56 on Monday.\n", encoding="utf-8")
    for command in ("check", "review"):
        result = run_factdesk(command, article, "--sources", seed_store, timeout=60)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert f"{article}:3:7: the article's date {date} is outside the dates factdesk can check" in result.stderr


async def test_the_app_given_a_date_at_the_calendars_edge_exits_2(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    app = FactdeskApp(article, store, on=dt.date(9999, 12, 31), review=tmp_path / "r.yaml", reviewer="t")
    async with app.run_test(size=(160, 45)) as pilot:
        for _ in range(3000):  # up to 30 s on a loaded machine; it stops as soon as the app exits
            await pilot.pause(0.01)
            if not app.is_running:
                break
    assert app.return_code == 2
    assert not (tmp_path / "r.yaml").exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["extract", "check", "report"])
def test_a_full_disk_on_standard_output_is_a_message_and_exit_2(
    tmp_path: Path, seed_article: Path, seed_store: Path, command: str
):
    args = {
        "extract": ["extract", seed_article],
        "check": ["check", seed_article, "--sources", seed_store, "--format", "json"],
        "report": ["report", tmp_path / "r.review.yaml"],
    }[command]
    if command == "report":
        (tmp_path / "r.review.yaml").write_text('{"claims": {}}', encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = run_factdesk(*args, stdout=full)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == (
        "factdesk: error: standard output: cannot write the results: No space left on device"
    )


async def test_the_store_browser_lists_each_entry_once(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        for query in ("Washington", "ceasefire", "Security Council"):  # several excerpts of one source match
            await pilot.press("s")
            await pilot.press(*query)
            await pilot.pause()
            assert isinstance(pilot.app.screen, PickScreen)
            options = pilot.app.screen.query_one(OptionList)
            ids = [options.get_option_at_index(n).id for n in range(options.option_count)]
            assert ids and len(ids) == len(set(ids)), query
            await pilot.press("escape")
            assert pilot.app.is_running


def test_the_store_cache_sees_a_same_size_edit_that_kept_the_modification_time(tmp_path: Path):
    store = tmp_path / "store"
    store.mkdir()
    people = store / "people.yaml"
    people.write_text("people:\n  - name: Ann Bee\n", encoding="utf-8")
    assert [p.name for p in load_store(store).people] == ["Ann Bee"]  # now cached
    stamp = people.stat()
    people.write_text("people:\n  - name: Ann Cee\n", encoding="utf-8")  # same size
    os.utime(people, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # the modification time put back
    assert people.stat().st_size == stamp.st_size and people.stat().st_mtime_ns == stamp.st_mtime_ns
    assert [p.name for p in load_store(store).people] == ["Ann Cee"]


@pytest.mark.parametrize(
    "where",
    ["sources validate", "check --sources", "review --sources", "review --review", "sources search", "demo --dir"],
)
def test_a_file_name_too_long_for_the_system_is_a_message_and_exit_2(tmp_path: Path, seed_dir: Path, where: str):
    """A pasted path with a name over 255 bytes: the system refuses it (ENAMETOOLONG) and factdesk says so."""
    article, store = workspace(tmp_path, seed_dir)
    long = tmp_path / ("a" * 300)
    args = {
        "sources validate": ["sources", "validate", long],
        "check --sources": ["check", article, "--sources", long],
        "review --sources": ["review", article, "--sources", long],
        "review --review": ["review", article, "--sources", store, "--review", long],
        "sources search": ["sources", "search", long, "Biden"],
        "demo --dir": ["demo", "--dir", long],
    }[where]
    result = run_factdesk(*args, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message.startswith(f"factdesk: error: {long}") and "name too long" in message and "\n" not in message
