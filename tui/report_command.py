"""`factdesk report`: a claims report from a review file, to a file or standard output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from factdesk.claims.report import (
    FORMATS,
    build_report,
    is_an_earlier_report,
    report_destination,
    store_of,
    write_report,
)
from factdesk.claims.report.config import load_publisher
from factdesk.claims.report.data import missing_evidence
from factdesk.claims.review import load_review
from factdesk.sources.errors import FactdeskError
from factdesk.tui.arguments import iso_time
from factdesk.tui.safe import flat


def add_report_command(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="write a claims report from a review file",
        description="Write a claims report (disputed first, then unsupported, verified, unreviewed) from "
        "ARTICLE.review.yaml. Markdown and HTML for editors, JSON and CSV for tools, ClaimReview JSON-LD "
        "for publishing.",
    )
    report.add_argument("review", type=Path, help="the review file (ARTICLE.review.yaml)")
    report.add_argument("--format", choices=FORMATS, default="md", help="report format (default: md)")
    report.add_argument(
        "-o", "--output", default="-", metavar="FILE", help="where to write it; '-' (the default) is standard output"
    )
    report.add_argument(
        "--generated",
        metavar="TIME",
        type=iso_time,
        help="the generation time to print, ISO 8601 (2026-01-01T00:00:00Z; fix it to make reports byte-identical)",
    )
    report.add_argument("--publisher", metavar="NAME", help="ClaimReview: the publishing organisation")
    report.add_argument("--publisher-url", metavar="URL", help="ClaimReview: the publisher's own address")
    report.add_argument(
        "--url",
        metavar="URL",
        help="ClaimReview: the address of the published fact-check (each review is URL#claim-id; "
        "default: the publisher's URL, else the article's)",
    )
    report.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="a YAML file with 'publisher: {name, url}', 'reviewer' and 'ratings' "
        "(default: ~/.config/factdesk/config.yaml)",
    )
    report.add_argument(
        "--force", action="store_true", help="replace FILE even if it is not an earlier report (it is lost)"
    )
    report.set_defaults(run=_run_report)


def _article_given(path: Path) -> None:
    """Raise, naming the review file wanted, if `path` is an article rather than a review file."""
    if path.is_dir():
        raise FactdeskError(path, "a folder: give the review file to report on (ARTICLE.review.yaml)")
    if path.exists() and not path.is_file():
        raise FactdeskError(path, "not a regular file: give the review file to report on (ARTICLE.review.yaml)")
    if path.name.endswith((".yaml", ".yml")):
        return
    review = path.with_name(path.name + ".review.yaml")
    where = (
        "it exists: run 'factdesk report " + str(review) + "'"
        if review.exists()
        else "it does not exist yet: review the article first with 'factdesk review'"
    )
    raise FactdeskError(path, f"this is the article; its review is {review.name} ({where})")


def _run_report(args: argparse.Namespace) -> int:
    _article_given(args.review)
    document = load_review(args.review)
    destination = report_destination(args.output, document)
    if destination is not None and destination.exists() and not args.force and not is_an_earlier_report(destination):
        raise FactdeskError(
            args.output,
            "exists and is not a report as factdesk wrote it here (another file, a report edited since, or one "
            "written by someone else or on another machine): a report replaces only its own earlier report; "
            "choose another file name, or pass --force to replace it",
        )
    store = document.store_root()
    if store is not None and not store.is_dir():
        print(
            f"factdesk: warning: {flat(str(store))}, the store this review was checked against, is not there: "
            "evidence is cited by its id only, without title, publisher, date or address",
            file=sys.stderr,
        )
    publisher = load_publisher(args.config, args.publisher, args.publisher_url, args.url)
    loaded = store_of(document)
    missing = missing_evidence(build_report(document, loaded, "")) if loaded is not None else []
    if loaded is not None and missing:
        listed = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        print(
            f"factdesk: warning: evidence linked in this review is not in the store {flat(str(loaded.root))} "
            f"(removed or renamed since it was linked): {flat(listed)}; the report cites it by its id only",
            file=sys.stderr,
        )
    skipped = write_report(
        document, args.format, args.output, generated=args.generated, publisher=publisher, store=loaded
    )
    if args.format == "claimreview" and skipped:
        print(
            f"{skipped} claim(s) left out of the ClaimReview output: no verdict, a bare name (its spelling "
            "is in the corrections list), or no longer in the article",
            file=sys.stderr,
        )
    if destination is not None:
        print(f"wrote {flat(str(args.output))}", file=sys.stderr)
    return 0
