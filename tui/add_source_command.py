"""`factdesk sources add URL|--file PAGE.html --into STORE [--id ID] [--quote PASSAGE]...`.

Fetches the page (the same polite HTTP as the Wikidata import) or reads a saved
one, extracts its main text and metadata, proves each quoted passage is in it,
and writes `STORE/added/ID.yaml` with title, publisher, date, address, the day
retrieved and the sha256 of the text the passages came from.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from factdesk.base.errors import FactdeskError
from factdesk.base.reading import read_regular_bytes
from factdesk.base.web import WebSettings, fetch
from factdesk.sources.authoring import new_source, save_source
from factdesk.sources.store import load_store
from factdesk.sources.web_page import free_id, passage_in, read_page
from factdesk.tui.safe import flat

MAX_PAGE_BYTES = 32 * 1024 * 1024


def add_source_command(store_commands: Any) -> None:
    add = store_commands.add_parser(
        "add",
        help="add a web page (or a saved one) as a source, with passages proven to be in it",
        description="Fetch URL (or read --file PAGE.html), extract its main text and metadata, and write a "
        "source to STORE/added/ID.yaml with title, publisher, date, address, the date retrieved, a sha256 "
        "of the text, and each --quote passage, which must occur in the page.",
    )
    add.add_argument("url", nargs="?", metavar="URL", help="the page's address (with --file: recorded, not fetched)")
    add.add_argument("--into", type=Path, metavar="STORE", required=True, help="the store directory")
    add.add_argument("--file", type=Path, metavar="PAGE.html", help="read a saved page instead of fetching URL")
    add.add_argument("--id", dest="source_id", metavar="ID", help="the source's id (default: from host, date, title)")
    add.add_argument(
        "--quote", action="append", default=[], metavar="PASSAGE", help="a passage of the page to keep (repeatable)"
    )
    add.add_argument("--offline", action="store_true", help="use only a page cached by an earlier run")
    add.set_defaults(run=run_add_source)


def run_add_source(args: argparse.Namespace) -> int:
    if args.url is None and args.file is None:
        raise FactdeskError("sources add", "give the page's URL, or --file PAGE.html")
    store = load_store(args.into)
    where: str | Path
    if args.file is not None:
        where = args.file
        try:
            if args.file.stat().st_size > MAX_PAGE_BYTES:
                raise FactdeskError(args.file, "the page is larger than 32 MiB")
            html = read_regular_bytes(args.file)
        except OSError as error:
            raise FactdeskError(args.file, f"cannot read the page: {error.strerror or error}") from None
    else:
        where = args.url
        html = fetch(args.url, WebSettings.from_environment(offline=args.offline))
    page = read_page(html, args.url, where)
    passages = [passage_in(page, quote) for quote in args.quote]
    source = new_source(
        store,
        source_id=args.source_id or free_id(store, page),
        title=page.title,
        publisher=page.publisher,
        excerpt="\n\n".join(passages),
        url=args.url or "",
        date=page.date.isoformat() if page.date else "",
    )
    source = dataclasses.replace(
        source, retrieved=dt.datetime.now(dt.timezone.utc).date(), sha256=page.sha256, excerpts=tuple(passages)
    )
    path = save_source(store, source)
    dated = f", {page.date}" if page.date else ""
    print(f"added {source.id} → {path}: {flat(page.title)} ({flat(page.publisher)}{dated}), {len(passages)} passage(s)")
    return 0
