"""`factdesk sources add URL|--file PAGE.html`: a page becomes a source whose passages `check` finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from factdesk.sources.store import load_store
from pytest_httpserver import HTTPServer

PAGE = Path(__file__).resolve().parent / "pages" / "gallant-visit.html"
PASSAGE = "Yoav Gallant is scheduled to meet with US officials in Washington to discuss alternatives to defeat Hamas"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    return folder


def test_a_saved_page_becomes_a_source_with_its_metadata_digest_and_passages(cli, store):
    result = cli("sources", "add", "--file", PAGE, "--into", store, "--quote", PASSAGE, "--id", "wire-gallant")
    assert result.status == 0, result.err
    written = store / "added" / "wire-gallant.yaml"
    assert f"added wire-gallant → {written}" in result.out
    assert cli("sources", "validate", store).status == 0
    [entry] = yaml.safe_load(written.read_text())["sources"]
    assert entry["title"] == "Gallant to meet US officials in Washington"
    assert entry["publisher"] == "Example Wire"
    assert entry["date"] == "2024-03-25"
    assert len(entry["sha256"]) == 64 and entry["retrieved"]
    assert entry["excerpts"] == [PASSAGE]
    assert "Cookie settings" not in json.dumps(entry)  # the footer is not the page's text


def test_check_finds_the_added_passage(cli, store, seed_article):
    cli("sources", "add", "--file", PAGE, "--into", store, "--quote", PASSAGE, "--id", "wire-gallant")
    result = cli("check", seed_article, "--sources", store, "--date", "2024-03-25", "--format", "json")
    claims = json.loads(result.out)
    [meeting] = [
        claim for claim in claims if claim["text"].startswith("Gallant is scheduled to meet with US officials")
    ]
    assert meeting["suggestion"]["evidence"][0]["store_id"] == "wire-gallant"
    assert "Yoav Gallant is scheduled to meet" in meeting["suggestion"]["evidence"][0]["quote"]


def test_a_passage_with_other_quotes_and_line_breaks_is_still_found_and_kept_as_the_page_has_it(cli, store):
    result = cli(
        "sources", "add", "--file", PAGE, "--into", store, "--quote", 'requests for "systems and\n ammunition"'
    )
    assert result.status == 0, result.err
    [source] = load_store(store, use_cache=False).sources.values()
    assert source.excerpts == ('requests for "systems and ammunition"',)
    assert source.id == "example-wire-2024-03-25-gallant-to-meet-us"


def test_a_passage_not_in_the_page_is_refused_with_the_closest_one_and_nothing_is_written(cli, store):
    result = cli("sources", "add", "--file", PAGE, "--into", store, "--quote", "Gallant is scheduled to meet Hamas")
    assert result.status == 2
    assert "is not in the page; the closest passage" in result.err
    assert "“Gallant is scheduled to meet" in result.err
    assert list(store.iterdir()) == []


def test_a_page_is_fetched_from_its_address_and_the_address_recorded(cli, store, httpserver: HTTPServer):
    httpserver.expect_request("/2024/gallant.html").respond_with_data(PAGE.read_bytes(), content_type="text/html")
    url = httpserver.url_for("/2024/gallant.html")
    result = cli("sources", "add", url, "--into", store, "--quote", PASSAGE)
    assert result.status == 0, result.err
    [source] = load_store(store, use_cache=False).sources.values()
    assert source.url == url and source.publisher == "Example Wire"
    request, _ = httpserver.log[0]
    assert request.headers["User-Agent"].startswith("factdesk/")


def test_an_unreachable_page_is_one_line_and_exit_2(cli, store):
    result = cli("sources", "add", "http://127.0.0.1:9/page.html", "--into", store)
    assert result.status == 2 and result.err.count("\n") == 1
    assert "http://127.0.0.1:9/page.html: cannot reach the server" in result.err
    assert list(store.iterdir()) == []


def test_a_page_with_no_text_is_refused(cli, store, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav>Home</nav></body></html>")
    result = cli("sources", "add", "--file", empty, "--into", store)
    assert result.status == 2 and "no main text found in the page" in result.err


@pytest.mark.parametrize("written", ["2024-02-30", "2024-13-45"])
def test_a_page_is_not_dated_by_a_day_it_never_states(cli, store, tmp_path: Path, written: str):
    """The metadata reader turned "2024-02-30" into February 1 and "2024-13-45" into January 1: days the page
    never states, recorded as the source's date."""
    html = PAGE.read_text(encoding="utf-8").replace("2024-03-25", written)
    html = html.replace("/2024/03/25", "").replace(", 25 March 2024", "")  # its only date is the bad one
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    result = cli("sources", "add", "--file", page, "--into", store, "--quote", PASSAGE, "--id", "wire-gallant")
    assert result.status == 0, result.err
    [entry] = yaml.safe_load((store / "added" / "wire-gallant.yaml").read_text())["sources"]
    assert "date" not in entry or entry["date"] in (None, ""), entry
