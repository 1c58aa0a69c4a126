"""A Wikibase on 127.0.0.1 for each test (pytest-httpserver), and retries that wait a millisecond."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from tests.wikidata.wikibase import FakeWikibase


@pytest.fixture(autouse=True)
def _quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDESK_WEB_BACKOFF", "0.001")
    monkeypatch.delenv("FACTDESK_WIKIDATA_API", raising=False)


@pytest.fixture
def wikibase(httpserver: HTTPServer) -> FakeWikibase:
    fake = FakeWikibase()
    httpserver.expect_request("/w/api.php").respond_with_handler(fake)
    return fake


@pytest.fixture
def api(httpserver: HTTPServer, wikibase: FakeWikibase) -> str:
    return httpserver.url_for("/w/api.php")
