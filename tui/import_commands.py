"""`factdesk sources import wikidata` and `factdesk sources add`: fill a store from the world.

Exit status: 0 when every name was imported (or the source written), 1 when some
name could not be settled (namesakes to choose between, nobody found), 2 for bad
input or a network failure, with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from factdesk.base.errors import FactdeskError
from factdesk.base.web import WebSettings
from factdesk.sources.store import load_store
from factdesk.sources.wikidata.api import WikibaseClient, api_address
from factdesk.sources.wikidata.importer import QID, ImportResult, WikidataImporter
from factdesk.tui.safe import flat

EXIT_OK, EXIT_UNSETTLED = 0, 1


def add_import_commands(store_commands: Any) -> None:
    """Add `import wikidata` and `add` to the `sources` subcommands."""
    importing = store_commands.add_parser(
        "import",
        help="import people and their offices from Wikidata",
        description="Import reference data from the world into a store.",
    )
    kinds = importing.add_subparsers(dest="import_kind", metavar="FROM", required=True)
    wikidata = kinds.add_parser(
        "wikidata",
        help="people, their spellings and offices from Wikidata",
        description="Look each NAME (or QID) up on Wikidata and write the person, their Latin-script "
        "spellings and their offices (P39, with start and end dates at their precision) to "
        "STORE/wikidata/QID.yaml. Several people with one name are listed, and none is imported "
        "without --pick or --qid. Importing again updates the file and says what changed.",
    )
    wikidata.add_argument("names", nargs="*", metavar="NAME|QID", help="a person's name or a Wikidata id (Q123)")
    wikidata.add_argument("--into", type=Path, metavar="STORE", required=True, help="the store directory")
    wikidata.add_argument(
        "--article", type=Path, metavar="ARTICLE", help="import every person ARTICLE names who is not in the store"
    )
    wikidata.add_argument("--lang", default="en", help="the language of names and titles (default: en)")
    wikidata.add_argument(
        "--api", metavar="URL", help="a Wikibase Action API (default: $FACTDESK_WIKIDATA_API, else Wikidata's)"
    )
    wikidata.add_argument("--pick", type=int, metavar="N", help="of several people with the name, import the Nth")
    wikidata.add_argument("--qid", metavar="QID", help="of several people with the name, import this one")
    wikidata.add_argument("--offline", action="store_true", help="use only answers cached by earlier runs")
    wikidata.set_defaults(run=run_import_wikidata)

    from factdesk.tui.add_source_command import add_source_command

    add_source_command(store_commands)


def run_import_wikidata(args: argparse.Namespace) -> int:
    store = args.into
    if not store.is_dir():
        raise FactdeskError(store, "store directory does not exist (create it first: mkdir -p STORE)")
    if (args.pick is not None or args.qid) and len(args.names) != 1:
        raise FactdeskError("--pick", "--pick and --qid choose among the people of one NAME: give exactly one")
    if not args.names and args.article is None:
        raise FactdeskError("sources import wikidata", "give at least one NAME or QID, or --article ARTICLE")
    if args.qid is not None and not QID.match(args.qid.strip().upper()):
        raise FactdeskError("--qid", f"{args.qid!r} is not a Wikidata id (Q followed by digits, e.g. Q42)")
    if args.pick is not None and args.pick < 1:
        raise FactdeskError("--pick", f"{args.pick} is no candidate: they are numbered from 1")
    if args.api is not None and not args.api.strip():
        raise FactdeskError("--api", "give the address of a Wikibase API, or leave --api out for Wikidata's")
    client = WikibaseClient(api_address(args.api), WebSettings.from_environment(offline=args.offline), args.lang)
    importer = WikidataImporter(client, store)
    names = list(args.names)
    if args.article is not None:
        from factdesk.claims.unregistered import unregistered_in_article

        missing = unregistered_in_article(args.article, load_store(store))
        listed = ", ".join(map(flat, missing)) or "-"
        print(f"{flat(str(args.article))}: {len(missing)} people not in the register: {listed}")
        names += [name for name in missing if name not in names]
    # Every name is settled before anything is written: a network failure part-way writes nothing.
    settled = [importer.settle(name, pick=args.pick, qid=args.qid) for name in _with_progress(names)]
    for result in settled:
        report(importer.write(result))
    unsettled = [result for result in settled if result.path is None]
    if unsettled and len(names) > 1:
        print(f"\nnot settled ({len(unsettled)}): " + "; ".join(flat(result.query) for result in unsettled))
    return EXIT_UNSETTLED if unsettled else EXIT_OK


def report(result: ImportResult) -> None:
    """One line per name (plus numbered candidates when the reviewer must choose)."""
    person = result.person
    if person is None or result.path is None:
        print(f"not imported: {flat(result.query)}: {flat(result.reason)}")
        for number, candidate in enumerate(result.candidates, 1):
            print(f"  {number}. {flat(candidate.describe())}")
        return
    what = f"{flat(person.name)} ({person.qid}) → {result.path}"
    offices = f"{len(person.offices)} office(s), {len(person.aliases)} other spelling(s)"
    if result.created:
        print(f"imported {what}: {offices}")
    elif result.changes:
        print(f"updated {what}: " + "; ".join(flat(change) for change in result.changes))
    else:
        print(f"unchanged {what}: {offices}")
    if result.note:
        print(f"  note: {flat(result.note)}; the checker will dispute the other spelling")
    for note in person.left_out:
        print(f"  left out: {flat(note)}")


def _with_progress(names: list[str]) -> list[str] | Any:
    """The names, with a progress bar on a terminal (nothing in a pipe or a log)."""
    if len(names) < 2 or not sys.stderr.isatty():
        return names
    from rich.console import Console
    from rich.progress import track

    return track(names, description="Looking up on Wikidata", console=Console(stderr=True), transient=True)
