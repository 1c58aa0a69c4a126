"""A web page as a store source: its main text (trafilatura), its metadata, and passages proven to be in it.

trafilatura finds an article's main text among menus, footers and comments and
reads the page's title, site name and publication date from its metadata (Open
Graph, JSON-LD, `<meta>`, htmldate's heuristics): work no hand-written parser
here would do as well. A quoted passage must occur in that text once whitespace
and typographic quotes and dashes are folded (`base.text.plain`); if it does
not, the closest passage is found with rapidfuzz and shown instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from factdesk.base.errors import FactdeskError
from factdesk.base.text import plain
from factdesk.sources.entries import ID_PATTERN
from factdesk.sources.model import Store
from rapidfuzz import fuzz

MIN_WORDS = 10


class PageError(FactdeskError):
    """A page that cannot become a source: no main text, or a passage that is not in it."""


@dataclass(frozen=True, slots=True)
class Page:
    """What a source needs from a page: title, publisher, date, address and the main text with its digest."""

    title: str
    publisher: str
    date: dt.date | None
    url: str | None
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def read_page(html: bytes | str, url: str | None, where: str | Path) -> Page:
    """Extract the main text and metadata of a page (`where` names it in messages)."""
    import trafilatura  # loaded only when a page is read: it is large

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if len(text.split()) < MIN_WORDS:  # a menu or a cookie banner is not a document to cite
        raise PageError(where, "no main text found in the page (is it an article, and is it HTML?)")
    host = urllib.parse.urlsplit(url).hostname if url else None
    title = _clean(getattr(document, "title", None)) or (url or Path(str(where)).name)
    publisher = _clean(getattr(document, "sitename", None)) or _clean(getattr(document, "hostname", None)) or host
    day = _day(getattr(document, "date", None))
    raw = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    day = day if day is not None and _stated(day, f"{raw} {url or ''}") else None
    return Page(title, publisher or "unknown publisher", day, url, text)


def passage_in(page: Page, quote: str) -> str:
    """`quote` as it stands in the page (typography folded), or `PageError` naming the closest passage."""
    wanted = plain(quote)
    if not wanted:
        raise PageError("--quote", "a quoted passage must not be empty")
    text = plain(page.text)
    at = text.casefold().find(wanted.casefold())
    if at >= 0:
        return text[at : at + len(wanted)]
    closest, score = closest_passage(text, wanted)
    raise PageError(
        "--quote",
        f"{quote!r} is not in the page; the closest passage ({score:.0f}% alike) is: “{closest}”",
    )


def closest_passage(text: str, wanted: str) -> tuple[str, float]:
    """The stretch of `text` most like `wanted` (rapidfuzz's best partial alignment), widened to whole words."""
    alignment = fuzz.partial_ratio_alignment(wanted, text, processor=str.casefold)
    if alignment is None:
        return "", 0.0
    start, end = alignment.dest_start, alignment.dest_end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end].strip(), float(alignment.score)


def free_id(store: Store, page: Page) -> str:
    """An id for the page's source that the store does not use yet: host-date-first-words."""
    host = urllib.parse.urlsplit(page.url).hostname if page.url else None
    parts = [host.removeprefix("www.") if host else page.publisher, page.date.isoformat() if page.date else ""]
    parts += page.title.split()[:4]
    base = re.sub(r"[^a-z0-9._-]+", "-", "-".join(p for p in parts if p).casefold()).strip("-._")[:60] or "page"
    if not ID_PATTERN.match(base):
        base = f"page-{base}"
    chosen, number = base, 2
    while chosen in store.sources:
        chosen, number = f"{base}-{number}", number + 1
    return chosen


def _clean(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _stated(day: dt.date, page: str) -> bool:
    """Whether the page writes the day its metadata reader gives: the reader turns "2024-02-30" into February 1,
    a day the page never states, and a source is not dated by a guess."""
    forms = (
        day.isoformat(),
        f"{day:%Y/%m/%d}",
        f"{day:%Y%m%d}",
        f"{day:%B} {day.day}, {day.year}",
        f"{day.day} {day:%B} {day.year}",
        f"{day:%b} {day.day}, {day.year}",
        f"{day:%b}. {day.day}, {day.year}",
        f"{day.day} {day:%b} {day.year}",
    )
    lowered = page.lower()
    return any(form.lower() in lowered for form in forms)


def _day(value: object) -> dt.date | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
