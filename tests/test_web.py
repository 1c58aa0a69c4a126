"""`base.web.fetch`: waits as the server says, gives up in time, caches, and never leaves 127.0.0.1 in tests."""

from __future__ import annotations

import email.utils
import time
from pathlib import Path

import pytest
from factdesk.base.web import FetchError, WebSettings, fetch, retry_after
from pytest_httpserver import HTTPServer


def _settings(tmp_path: Path, waits: list[float], **changes) -> WebSettings:
    return WebSettings(sleep=waits.append, cache=tmp_path / "web", backoff=0.5, **changes)


def test_a_429_is_retried_after_the_seconds_retry_after_gives(httpserver: HTTPServer, tmp_path):
    httpserver.expect_oneshot_request("/page").respond_with_data("no", status=429, headers={"Retry-After": "7"})
    httpserver.expect_request("/page").respond_with_data("yes")
    waits: list[float] = []
    assert fetch(httpserver.url_for("/page"), _settings(tmp_path, waits)) == b"yes"
    assert waits == [7.0]


def test_a_503_without_retry_after_backs_off_doubling_and_gives_up(httpserver: HTTPServer, tmp_path):
    httpserver.expect_request("/page").respond_with_data("busy", status=503)
    waits: list[float] = []
    with pytest.raises(FetchError, match=r"the server answered 503 .* after 5 tries"):
        fetch(httpserver.url_for("/page"), _settings(tmp_path, waits))
    assert waits == [0.5, 1.0, 2.0, 4.0]


def test_a_long_retry_after_is_capped(httpserver: HTTPServer, tmp_path):
    httpserver.expect_oneshot_request("/page").respond_with_data("", status=429, headers={"Retry-After": "86400"})
    httpserver.expect_request("/page").respond_with_data("yes")
    waits: list[float] = []
    fetch(httpserver.url_for("/page"), _settings(tmp_path, waits))
    assert waits == [60.0]


def test_retry_after_reads_seconds_and_http_dates():
    assert retry_after("12", 1.0) == 12.0
    assert retry_after(None, 3.0) == 3.0
    assert retry_after("not a date", 3.0) == 3.0
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= retry_after(later, 1.0) <= 31


def test_a_404_is_not_retried(httpserver: HTTPServer, tmp_path):
    httpserver.expect_request("/page").respond_with_data("gone", status=404)
    waits: list[float] = []
    with pytest.raises(FetchError, match=r"the server answered 404 NOT FOUND$"):
        fetch(httpserver.url_for("/page"), _settings(tmp_path, waits))
    assert waits == []


def test_offline_reads_only_the_cache(httpserver: HTTPServer, tmp_path):
    httpserver.expect_request("/page").respond_with_data("fresh")
    url = httpserver.url_for("/page")
    assert fetch(url, _settings(tmp_path, [])) == b"fresh"
    httpserver.clear()
    assert fetch(url, _settings(tmp_path, [], offline=True)) == b"fresh"
    with pytest.raises(FetchError, match="not in the cache"):
        fetch(url + "?other=1", _settings(tmp_path, [], offline=True))


def test_only_web_addresses_are_fetched(tmp_path):
    with pytest.raises(FetchError, match="only http:// and https://"):
        fetch("file:///etc/passwd", _settings(tmp_path, []))
