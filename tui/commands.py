"""The subcommands that open the review app (`review`, `demo`); Textual is imported only when they run."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from factdesk.tui.arguments import iso_date


def _default_reviewer() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "reviewer"


def add_app_commands(commands: Any) -> None:
    review = commands.add_parser(
        "review",
        help="open the review app on an article",
        description="Open the review desk: every claim of ARTICLE with the checker's suggestion; mark each "
        "verified (v), disputed (d) or unsupported (u). Verdicts are saved to ARTICLE.review.yaml after every change.",
    )
    review.add_argument("article", type=Path, help="the article file (.txt, .md or .html)")
    review.add_argument("--sources", type=Path, metavar="DIR", required=True, help="the store directory")
    review.add_argument(
        "--date", type=iso_date, metavar="YYYY-MM-DD", help="the article's date (default: its metadata)"
    )
    review.add_argument("--review", type=Path, metavar="FILE", help="the review file (default: ARTICLE.review.yaml)")
    review.add_argument("--reviewer", default=_default_reviewer(), help="your name, saved with every verdict")
    review.set_defaults(run=_run_review)

    demo = commands.add_parser(
        "demo",
        help="open the review app on a bundled example article",
        description="Copy the bundled example article and store to a folder (default: a new temporary folder) "
        "and open the review app on it.",
    )
    demo.add_argument("--dir", type=Path, metavar="DIR", help="where to put the example (kept after you quit)")
    demo.add_argument("--reviewer", default=_default_reviewer(), help="your name, saved with every verdict")
    demo.set_defaults(run=_run_demo)


def _run_review(args: argparse.Namespace) -> int:
    from factdesk.claims.article import read_article
    from factdesk.claims.review import read_ahead, review_path_for
    from factdesk.sources.errors import StoreError
    from factdesk.tui.app import run_review

    # Fail before the screen is taken over: a missing article, store or unreadable review file is
    # a one-line message and exit status 2, like every other command.
    article = read_article(args.article)
    if not args.sources.is_dir():
        raise StoreError(
            args.sources,
            "store directory does not exist"
            if not args.sources.exists()
            else "store must be a directory of YAML files",
        )
    review = args.review or review_path_for(article.path)
    ahead = read_ahead(review)  # locked: a second app on this review is refused before any slow work
    try:
        status = run_review(article, args.sources, args.date, args.review, args.reviewer, ahead)
    finally:
        ahead.release()
    if status == 0 and ahead.path.exists():
        print(f"Review saved in {ahead.path}", file=sys.stderr)
    return status


def _run_demo(args: argparse.Namespace) -> int:
    from factdesk.tui.app import run_review
    from factdesk.tui.demo import install_demo

    article, store = install_demo(args.dir)
    status = run_review(article, store, None, None, args.reviewer)
    if status == 0:
        print(f"The demo's article, store and review are in {article.parent}", file=sys.stderr)
    return status
