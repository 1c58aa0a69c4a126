"""The `factdesk` command line: extract, check, review, demo, report and the store tools.

Every error that is the input's fault is a `FactdeskError`; it is caught once in
`main`, printed as `factdesk: error: file:line:col: message` and exits 2.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from factdesk.base.collector import collect_rarely
from factdesk.claims.desk import extract_article, prepare_check
from factdesk.claims.extract import Progress
from factdesk.claims.model import Claim, Suggestion
from factdesk.sources.errors import FactdeskError
from factdesk.sources.index import StoreIndex
from factdesk.sources.search import search_store
from factdesk.sources.store import load_store
from factdesk.tui.arguments import iso_date
from factdesk.tui.safe import flat
from factdesk.tui.store_notes import store_warning
from factdesk.tui.tables import print_table

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factdesk",
        description="An editorial fact-checking desk: extract the checkable claims from an article, "
        "line them up against a YAML store of sources, and review each one.",
        epilog="Run 'factdesk demo' to try the review app on a bundled example.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    extract = commands.add_parser(
        "extract",
        help="list the check-worthy claims in an article",
        description="Extract the check-worthy claims (people, roles, votes, quantities, "
        "dates, quotes, statements) from a .txt, .md or .html article.",
    )
    extract.add_argument("article", type=Path, help="the article file (.txt, .md or .html)")
    extract.add_argument(
        "--sources",
        type=Path,
        metavar="DIR",
        help="a store whose register teaches extraction extra titles and names",
    )
    extract.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    extract.set_defaults(run=_run_extract)

    check = commands.add_parser(
        "check",
        help="suggest a verdict for every claim from a store of sources",
        description="Extract the claims of an article and suggest, for each, a verdict "
        "(verified, disputed, unsupported) with its reason and evidence from the store.",
    )
    check.add_argument("article", type=Path, help="the article file (.txt, .md or .html)")
    check.add_argument("--sources", type=Path, metavar="DIR", required=True, help="the store directory")
    check.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the article's date, for titles and terms (default: from the article's metadata)",
    )
    check.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    check.set_defaults(run=_run_check)

    from factdesk.tui.commands import add_app_commands  # the app commands import Textual only when run
    from factdesk.tui.report_command import add_report_command

    add_app_commands(commands)
    add_report_command(commands)

    store = commands.add_parser(
        "sources",
        help="validate, search and fill a store of sources",
        description="Tools for the YAML store of sources, people and votes.",
    )
    store_commands = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    validate = store_commands.add_parser(
        "validate",
        help="report every problem in a store (exit 1 if any)",
        description="Load every YAML file under DIR and print each problem as "
        "file:line:col: message. Exit status 0 if clean, 1 if there are problems.",
    )
    validate.add_argument("directory", type=Path, metavar="DIR")
    validate.set_defaults(run=_run_validate)
    search = store_commands.add_parser(
        "search",
        help="fuzzy-search people, sources and votes",
        description="Show the store entries that best match QUERY, with scores.",
    )
    search.add_argument("directory", type=Path, metavar="DIR")
    search.add_argument("query", help="a name, title, phrase or vote to look for")
    search.add_argument("--limit", type=int, default=10, help="how many matches to show (default: 10)")
    search.set_defaults(run=_run_search)
    from factdesk.tui.import_commands import add_import_commands

    add_import_commands(store_commands)
    return parser


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("factdesk")
    except Exception:
        return "unknown"


def one_line(text: str, width: int | None = None) -> str:
    """Text made safe and flat for a terminal cell: no escapes, no control characters, no newlines."""
    line = flat(text)
    if width is not None and len(line) > width:
        return line[: max(1, width - 1)] + "…"
    return line


def _print_claims_table(claims: list[Claim], suggestions: list[Suggestion] | None) -> None:
    # On a terminal a statement's sentence is cut (its id finds it in --format json); the reason never is.
    # Under 120 columns `check` leaves out the ids, for the claim and the reason.
    terminal = sys.stdout.isatty()
    with_ids = not terminal or suggestions is None or shutil.get_terminal_size().columns >= 120
    rows = []
    for number, claim in enumerate(claims):
        row = [claim.id] if with_ids else []
        row += [claim.kind.value, one_line(claim.text, 70) if terminal else claim.text]
        if suggestions is not None:
            suggestion = suggestions[number]
            row += [suggestion.verdict.value, str(suggestion.confidence), suggestion.reason]
        rows.append(row)
    headers = (["id"] if with_ids else []) + ["kind", "claim"]
    headers += ["suggestion", "conf", "reason"] if suggestions is not None else []
    print_table(headers, rows, wrap=("claim", "reason"))
    if sys.stdout.isatty():  # piped, the rows are the whole output: nothing for `awk` to skip
        print(f"\n{len(claims)} claims")


def _run_extract(args: argparse.Namespace) -> int:
    _article, claims = extract_article(args.article, args.sources, _progress_on_terminal("Extracting claims"))
    if args.format == "json":
        json.dump([claim.to_json() for claim in claims], sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_claims_table(claims, None)
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    checked = prepare_check(
        args.article,
        args.sources,
        args.date,
        _progress_on_terminal("Extracting claims"),
        _progress_on_terminal("Checking against the store"),
    )
    _warn_store_problems(checked.store.problems, args.sources)
    warning = store_warning(checked.store)
    if warning:
        print(f"warning: {flat(warning)}", file=sys.stderr)
    for note in checked.article.notes:  # "not valid UTF-8: read as Windows-1252", a page's unreadable date
        print(f"note: {args.article}: {flat(note)}", file=sys.stderr)
    if args.format == "json":
        payload = [
            {**claim.to_json(), "suggestion": suggestion.to_json()}
            for claim, suggestion in zip(checked.claims, checked.all_suggestions(), strict=True)
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    if checked.on is None:
        print(
            "note: the article has no date and --date was not given; titles are checked without their terms",
            file=sys.stderr,
        )
    _print_claims_table(checked.claims, checked.all_suggestions())
    return EXIT_OK


def _progress_on_terminal(label: str) -> Progress | None:
    """A percentage on stderr for long work when a person is watching; nothing in a pipe or a log."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total:
            sys.stderr.write(f"\r{label} … {done * 100 // total}%")
            if done >= total:
                sys.stderr.write("\r\x1b[K")  # finished: the line is cleared for the results
            sys.stderr.flush()

    return show


def _warn_store_problems(problems: Sequence[object], directory: Path) -> None:
    if problems:
        print(
            f"warning: the store has {len(problems)} problem(s); entries with problems were skipped "
            f"(see: factdesk sources validate {directory})",
            file=sys.stderr,
        )


def _run_validate(args: argparse.Namespace) -> int:
    store = load_store(args.directory)
    for problem in store.problems:
        print(one_line(str(problem)))
    summary = (
        f"{len(store.files)} file(s): {len(store.sources)} sources, {len(store.people)} people, "
        f"{len(store.votes)} votes"
    )
    if store.problems:
        print(f"{summary}; {len(store.problems)} problem(s)", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"{summary}; no problems")
    return EXIT_OK


def _run_search(args: argparse.Namespace) -> int:
    store = load_store(args.directory)
    _warn_store_problems(store.problems, args.directory)
    hits = search_store(StoreIndex(store), args.query, limit=max(1, args.limit))
    if not hits:
        print(f"nothing in the store matches {one_line(args.query)!r}")
        return EXIT_OK
    rows = [[f"{hit.score:.0f}", hit.kind, hit.store_id, hit.label] for hit in hits]
    print_table(["score", "kind", "id", "match"], rows, wrap=("match",))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else argv):
        parser.print_help()  # `factdesk` alone: what it does and its commands, not a usage error
        return EXIT_OK
    args = parser.parse_args(argv)
    try:
        status = int(args.run(args))
        sys.stdout.flush()  # a full disk shows here, while the error can still be reported
        return status
    except FactdeskError as error:
        print(f"factdesk: error: {one_line(str(error))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_OK
    except OSError as error:
        if error.filename is not None:
            # A path the system refuses before any module can say why (a name over 255 bytes, a folder on
            # the way that cannot be entered): the input's fault all the same, so its file and reason.
            print(f"factdesk: error: {one_line(f'{error.filename}: {error.strerror or error}')}", file=sys.stderr)
            return EXIT_BAD_INPUT
        # Writing the results failed (`> /dev/full`, a full disk, a closed terminal).
        _discard_stdout()
        print(f"factdesk: error: standard output: cannot write the results: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _discard_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush at exit cannot fail again."""
    try:
        descriptor = os.open(os.devnull, os.O_WRONLY)
        os.dup2(descriptor, sys.stdout.fileno())
        os.close(descriptor)
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (tests capture it): nothing is flushed at exit


def entry_point() -> None:
    """The `factdesk` command: the process's collector policy is set here, once, before any work."""
    collect_rarely()
    sys.exit(main())
