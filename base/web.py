"""Polite HTTP GET for the store's importers: a named User-Agent, a timeout, retries, an on-disk cache.

Wikimedia's User-Agent policy asks every client to say who it is and how to reach
its maintainers; its API etiquette asks clients to back off on 429/503 and to
honour `Retry-After`. The standard library's `urllib.request` does all this
needs (a GET with headers and a timeout), so no HTTP library is added.

Answers are cached by URL under the user cache folder (platformdirs). Online, the
network is asked every time (a re-import must see today's Wikidata) unless
`max_age` allows a recent answer; `offline` reads only the cache and asks nothing.
Every failure is a `FetchError`: one line saying which address and why.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.client
import os
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from factdesk.base.errors import FactdeskError
from factdesk.base.files import write_atomically
from factdesk.base.folders import web_cache_folder


def user_agent() -> str:
    """`factdesk/VERSION (editorial fact-checking desk; CONTACT) python-urllib/X.Y`, as Wikimedia's policy asks.

    CONTACT is `$FACTDESK_CONTACT` (a newsroom's e-mail or web address), else the project's name.
    """
    contact = os.environ.get("FACTDESK_CONTACT", "").strip() or "factdesk users; set FACTDESK_CONTACT to reach them"
    try:
        from importlib.metadata import version

        mine = version("factdesk")
    except Exception:
        mine = "0"
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return f"factdesk/{mine} (editorial fact-checking desk; {contact}) python-urllib/{python}"


RETRY_STATUSES = frozenset({429, 502, 503, 504})
MAX_BYTES = 32 * 1024 * 1024  # a page or an API answer larger than this is not what we asked for


class FetchError(FactdeskError):
    """Nothing usable came back from an address (no network, refused, an error status, not in the cache).

    Named by its address (never a file path: `Path` would fold `http://` to `http:/`), with a line and
    column when the answer itself is at fault.
    """

    def __init__(self, url: str, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(Path(), message, line, column)
        self.url = url
        where = f"{url}:{line}:{column}" if line else url
        Exception.__init__(self, f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class WebSettings:
    """How to fetch: who we say we are, how long to wait, how often to retry, where to cache."""

    user_agent: str = field(default_factory=user_agent)
    timeout: float = 20.0  # seconds for each answer, start to finish: a server dripping bytes is given up on too
    retries: int = 4
    backoff: float = 1.0  # seconds before the first retry; doubled each time unless Retry-After says otherwise
    longest_wait: float = 60.0
    cache: Path | None = field(default_factory=web_cache_folder)
    max_age: float = 0.0  # online, a cached answer younger than this (seconds) is used without asking again
    offline: bool = False  # only the cache; never the network
    sleep: Callable[[float], None] = time.sleep

    @classmethod
    def from_environment(cls, *, offline: bool = False) -> WebSettings:
        """The defaults, with `FACTDESK_WEB_BACKOFF` (seconds) for tests that must not wait."""
        backoff = float(os.environ.get("FACTDESK_WEB_BACKOFF", "1.0"))
        cache = None if os.environ.get("FACTDESK_NO_CACHE") else web_cache_folder()
        return cls(backoff=backoff, offline=offline, cache=cache)


def full_url(url: str, params: Mapping[str, str] | None = None) -> str:
    """`url` with `params` added to its query, in a stable order (the cache key)."""
    if not params:
        return url
    joiner = "&" if urllib.parse.urlsplit(url).query else "?"
    return url + joiner + urllib.parse.urlencode(sorted(params.items()))


def fetch(url: str, settings: WebSettings, params: Mapping[str, str] | None = None) -> bytes:
    """The body at `url` (with `params`), from the cache when fresh or offline, else from the network."""
    address = full_url(url, params)
    try:
        scheme = urllib.parse.urlsplit(address).scheme
    except ValueError as error:  # "http://[::1": an unclosed bracket
        raise FetchError(url, f"this address cannot be read: {error}") from None
    if scheme not in ("http", "https"):
        raise FetchError(url, "only http:// and https:// addresses can be fetched")
    cached = _cache_path(settings, address)
    if cached is not None and (settings.offline or settings.max_age > 0):
        body = _read_cache(cached, None if settings.offline else settings.max_age)
        if body is not None:
            return body
    if settings.offline:
        raise FetchError(url, "not in the cache, and --offline forbids asking the network")
    try:
        body = _fetch_with_retries(address, url, settings)
    except (ValueError, http.client.InvalidURL) as error:
        # Refused by the HTTP client before the network is asked (a space, two dots in a row, a bad port): a
        # typing slip in a form, said as such, never a traceback that ends the desk and what was typed in it.
        raise FetchError(url, f"this address cannot be fetched: {error}") from None
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(cached, body)
        except (OSError, FactdeskError):
            pass  # a cache that cannot be written only makes the next run slower
    return body


def forget(url: str, settings: WebSettings, params: Mapping[str, str] | None = None) -> None:
    """Drop a cached answer (one that turned out to be unusable, so it is not served again)."""
    cached = _cache_path(settings, full_url(url, params))
    if cached is not None:
        try:
            cached.unlink()
        except OSError:
            pass


def _cache_path(settings: WebSettings, address: str) -> Path | None:
    if settings.cache is None:
        return None
    return settings.cache / f"{hashlib.sha256(address.encode('utf-8')).hexdigest()[:40]}.body"


def _read_cache(path: Path, max_age: float | None) -> bytes | None:
    try:
        if max_age is not None and time.time() - path.stat().st_mtime > max_age:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _fetch_with_retries(address: str, shown: str, settings: WebSettings) -> bytes:
    headers = {"User-Agent": settings.user_agent, "Accept-Encoding": "identity"}
    request = urllib.request.Request(address, headers=headers)
    attempt = 0
    while True:
        try:
            body = _answer_in_time(request, settings.timeout)
            if len(body) > MAX_BYTES:
                raise FetchError(shown, f"the answer is larger than {MAX_BYTES // (1024 * 1024)} MiB")
            return body
        except urllib.error.HTTPError as error:
            if error.code not in RETRY_STATUSES or attempt >= settings.retries:
                tried = f" after {attempt + 1} tries" if attempt else ""
                raise FetchError(shown, f"the server answered {error.code} {error.reason}{tried}") from None
            wait = retry_after(error.headers.get("Retry-After"), settings.backoff * 2**attempt)
        except urllib.error.URLError as error:
            raise FetchError(shown, f"cannot reach the server: {error.reason}") from None
        except TimeoutError:
            raise FetchError(shown, f"no complete answer within {settings.timeout:g} seconds") from None
        except OSError as error:
            raise FetchError(shown, f"the connection failed: {error.strerror or error}") from None
        settings.sleep(min(wait, settings.longest_wait))
        attempt += 1


def _answer_in_time(request: urllib.request.Request, seconds: float) -> bytes:
    """The whole answer to `request` within `seconds`, else `TimeoutError`.

    The socket's timeout bounds each read, not the answer: a server that sends a byte every few seconds
    (headers or body) would hold a command for ever. The request runs in a daemon thread that is abandoned at
    the deadline (its socket closes when it next wakes, or when the process ends)."""
    outcome: list[bytes | BaseException] = []

    def ask() -> None:
        try:
            with urllib.request.urlopen(request, timeout=seconds) as response:  # http(s) only, checked by fetch
                outcome.append(response.read(MAX_BYTES + 1))
        except BaseException as error:  # handed to the caller's thread, which says what it was
            outcome.append(error)

    worker = threading.Thread(target=ask, name="factdesk-fetch", daemon=True)
    worker.start()
    worker.join(seconds)
    if not outcome:
        raise TimeoutError
    answer = outcome[0]
    if isinstance(answer, BaseException):
        raise answer
    return answer


def retry_after(header: str | None, default: float) -> float:
    """Seconds to wait from a `Retry-After` header (seconds or an HTTP date), else `default`."""
    if not header:
        return default
    header = header.strip()
    if header.isdigit():
        return float(header)
    try:
        when = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return default
    return max(0.0, when.timestamp() - time.time())
