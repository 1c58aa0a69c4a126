"""The date a reviewer checks an article as of (`t`, or --date) stays with the review.

The seed article has no date of its own: titles are checked as of the day the reviewer sets. Reopened
without --date, the review used to be checked as of no date at all, and its next save wrote that over
the date the reviewer had set.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.claims.review import read_review_file
from factdesk.tui.app import FactdeskApp

from tests.app_helpers import desk, workspace


def _dermer(screen):
    return next(r for r in screen.session.ordered() if r.claim.text.startswith("Ron Dermer is"))


async def test_the_date_set_with_t_is_kept_when_the_review_is_reopened(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = article.with_name(article.name + ".review.yaml")
    async with FactdeskApp(article, store, reviewer="ana").run_test(size=(120, 40)) as pilot:
        screen = await desk(pilot)
        assert screen.session.checked.on is None  # an article without a date
        await pilot.press("t", "ctrl+a", "ctrl+k", *"2021-03-25", "enter")
        await desk(pilot)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert _dermer(screen).suggestion.verdict.value == "disputed"  # in office only from 2022-12-29
    async with FactdeskApp(article, store, reviewer="ana").run_test(size=(120, 40)) as pilot:
        screen = await desk(pilot)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.session.checked.on.isoformat() == "2021-03-25"
        assert str(screen.query_one("#title-bar").render()).startswith("2021-03-25")
        assert _dermer(screen).suggestion.verdict.value == "disputed"
        assert any("checked as of 2021-03-25" in note.message for note in pilot.app._notifications)
        await pilot.press("v")
    assert read_review_file(review)["article"]["date"] == "2021-03-25"


async def test_date_on_the_command_line_still_wins(tmp_path: Path, seed_dir: Path):
    import datetime as dt

    article, store = workspace(tmp_path, seed_dir)
    async with FactdeskApp(article, store, on=dt.date(2021, 3, 25), reviewer="ana").run_test() as pilot:
        await desk(pilot)
        await pilot.press("v")
    async with FactdeskApp(article, store, on=dt.date(2024, 3, 25), reviewer="ana").run_test() as pilot:
        screen = await desk(pilot)
        assert screen.session.checked.on.isoformat() == "2024-03-25"
        assert not any("as this review was" in note.message for note in pilot.app._notifications)
