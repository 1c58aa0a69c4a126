"""A on the desk with a URL: the form fills itself from the page, and the source is saved as typed."""

from __future__ import annotations

from pathlib import Path

import yaml
from factdesk.tui.screens.forms import AddSourceScreen
from factdesk.tui.screens.review import ReviewScreen
from pytest_httpserver import HTTPServer
from textual.widgets import Input

from tests.app_helpers import desk, make_app, workspace

PAGE = Path(__file__).resolve().parent / "pages" / "gallant-visit.html"


async def test_a_url_fills_the_empty_fields_and_the_source_saves(tmp_path, seed_dir, httpserver: HTTPServer):
    httpserver.expect_request("/gallant.html").respond_with_data(PAGE.read_bytes(), content_type="text/html")
    url = httpserver.url_for("/gallant.html")
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("A")
        form = pilot.app.screen
        assert isinstance(form, AddSourceScreen)
        await pilot.press("tab", "tab", "tab", *url, "enter")
        title = form.query_one("#source-title", Input)
        for _ in range(300):
            await pilot.pause(0.01)
            if title.value:
                break
        assert title.value == "Gallant to meet US officials in Washington"
        assert form.value("publisher") == "Example Wire" and form.value("date") == "2024-03-25"
        assert form.value("id").endswith("-2024-03-25-gallant-to-meet-us")
        await pilot.press("ctrl+s")
        for _ in range(100):
            await pilot.pause(0.01)
            if isinstance(pilot.app.screen, ReviewScreen):
                break
    [saved] = (store / "added").glob("*.yaml")
    [entry] = yaml.safe_load(saved.read_text())["sources"]
    assert (entry["title"], entry["publisher"], entry["url"]) == (
        "Gallant to meet US officials in Washington",
        "Example Wire",
        url,
    )


async def test_a_corrected_address_refills_what_the_wrong_page_filled(tmp_path, seed_dir, httpserver: HTTPServer):
    """A wrong address filled the form; corrected, the right page was read but every field was taken, so the
    source was saved with the right address and the wrong page's title, publisher, date and id."""
    wrong = PAGE.read_text(encoding="utf-8").replace(
        "Gallant to meet US officials in Washington", "Hamas rejects truce"
    )
    wrong = wrong.replace("Example Wire", "Wrong Gazette").replace("2024-03-25", "2019-01-01")
    httpserver.expect_request("/wrong.html").respond_with_data(wrong.encode(), content_type="text/html")
    httpserver.expect_request("/gallant.html").respond_with_data(PAGE.read_bytes(), content_type="text/html")
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("A")
        form = pilot.app.screen
        assert isinstance(form, AddSourceScreen)
        title = form.query_one("#source-title", Input)
        address = form.query_one("#source-url", Input)
        pages = [
            ("/wrong.html", "Hamas rejects truce"),
            ("/gallant.html", "Gallant to meet US officials in Washington"),
        ]
        for path, expected in pages:
            address.value = httpserver.url_for(path)
            address.focus()
            await pilot.press("enter")
            for _ in range(300):
                await pilot.pause(0.01)
                if title.value == expected:
                    break
            assert title.value == expected
        assert form.value("publisher") == "Example Wire" and form.value("date") == "2024-03-25"
        assert "2019-01-01" not in form.value("id")
