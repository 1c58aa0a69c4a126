"""A (add a source) with a URL: the page is read in a worker and the empty fields fill themselves.

The same fetch and extraction as `factdesk sources add` (polite HTTP, trafilatura):
title, publisher and date from the page's metadata, and a free id from its host,
date and title. Fields the reviewer already typed are never replaced; fields a page filled are emptied when
the address is corrected, and refilled from the right page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from factdesk.base.errors import FactdeskError
from factdesk.base.web import WebSettings, fetch
from factdesk.sources.model import Store
from factdesk.sources.web_page import Page, free_id, read_page
from factdesk.tui.safe import printable
from factdesk.tui.screens.forms import AddSourceScreen, SourceForm
from rich.text import Text
from textual import work
from textual.widgets import Input, Label


class AddSourceFromUrlScreen(AddSourceScreen):
    """The add-source form, filled from the page at its URL when the URL field is left or entered."""

    def __init__(
        self, add: Callable[[SourceForm], object], excerpt: str, store: Store, draft: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(add, excerpt, draft)
        self.store = store
        self.read_from = ""
        self.from_page: dict[str, str] = {}  # field -> the value a page put there (not the reviewer)

    def on_input_blurred(self, event: Input.Blurred) -> None:
        if event.input.id == "source-url":
            self.fill_from(event.value.strip())

    def on_input_submitted(self, event: Input.Submitted) -> None:
        url = event.value.strip()
        if event.input.id == "source-url" and url != self.read_from and url.startswith(("http://", "https://")):
            self.fill_from(url)  # enter in the URL field reads the page; enter again saves
            return
        super().on_input_submitted(event)

    def fill_from(self, url: str) -> None:
        if url == self.read_from or not url.startswith(("http://", "https://")):
            return
        self.read_from = url
        self._forget_the_last_page()
        self._say(f"Reading {url} …")
        self.read(url)

    def _forget_the_last_page(self) -> None:
        """The address was corrected: what the last page filled in (and the reviewer left as it was) is not this
        page's; a corrected address kept the wrong page's title, publisher, date and id."""
        for name, value in self.from_page.items():
            field = self.query_one(f"#source-{name}", Input)
            if field.value == value:
                field.value = ""
        self.from_page = {}

    @work(thread=True, exclusive=True, group="page")
    def read(self, url: str) -> None:
        try:
            page = read_page(fetch(url, WebSettings.from_environment()), url, url)
        except FactdeskError as error:
            self.app.call_from_thread(self._say, str(error), "bold red")
            return
        self.app.call_from_thread(self._fill, page, url)

    def _fill(self, page: Page, url: str) -> None:
        if not self.is_attached or url != self.read_from:  # saved or closed, or the address changed, meanwhile
            return
        found = {
            "id": free_id(self.store, page),
            "title": page.title,
            "publisher": page.publisher,
            "date": page.date.isoformat() if page.date else "",
        }
        for name, value in found.items():
            field = self.query_one(f"#source-{name}", Input)
            if not field.value.strip() and value:
                field.value = value
                self.from_page[name] = value
        self._say(f"Filled from the page ({len(page.text.split())} words); paste the passage to cite, then save.")

    def _say(self, message: str, style: str = "dim") -> None:
        if not self.is_attached:
            return
        self.query_one("#form-error", Label).update(Text(printable(message), style=style))
