"""A long query typed key by key into a search dialog (a paste without bracketed paste, a macro): searches stop
growing with the query, so the desk stays live.

A hostile tester typed 6,000 characters into the evidence search (`e`): each key ran a search with the whole
query, and the desk froze for over fourteen minutes at full CPU, deaf to keys and to SIGTERM and SIGHUP."""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.screens.pick import LONGEST_QUERY, PickScreen

from tests.app_helpers import desk, make_app, saved, workspace


async def test_a_query_longer_than_any_search_runs_no_more_searches(tmp_path: Path, seed_dir: Path) -> None:
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await pilot.press("e")
        picker = pilot.app.screen
        assert isinstance(picker, PickScreen)
        searched: list[int] = []
        search = picker.search
        picker.search = lambda query: (searched.append(len(query)), search(query))[1]
        await pilot.press(*("ab" * (LONGEST_QUERY // 2 + 20)))
        await pilot.pause()
        assert searched and max(searched) <= LONGEST_QUERY and len(searched) <= LONGEST_QUERY
        await pilot.press("escape")
        assert pilot.app.screen is screen
        first = screen.session.ordered()[0].claim.id
        await pilot.press("v")
        await pilot.pause()
        assert saved(review)[first]["verdict"] == "verified"
