"""The subcommands that open the review app (`review`, `demo`); Textual is imported only when they run."""

from __future__ import annotations

import argparse
import getpass
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from factdesk.base.errors import FactdeskError
from factdesk.tui.arguments import iso_date
from factdesk.tui.safe import flat


def default_reviewer() -> str:
    """The reviewer's name when --reviewer is not given: the config file's `reviewer`, else git's
    `user.name`, else the login name (a person's name in the report, not "root" where it can be helped)."""
    from factdesk.claims.report.config import load_config

    # a broken config file is an error here too: the name was quietly the login name, on every verdict
    configured = load_config().reviewer
    if configured:
        return configured
    try:
        named = subprocess.run(
            ["git", "config", "--get", "user.name"], capture_output=True, text=True, timeout=5, check=False
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        named = ""
    if named:
        return named
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
    review.add_argument(
        "--reviewer", help="your name, saved with every verdict (default: the config file, git's user.name, the login)"
    )
    review.set_defaults(run=_run_review)

    demo = commands.add_parser(
        "demo",
        help="open the review app on a bundled example article",
        description="Open the review app on a bundled example article and store, kept in your data folder "
        "(~/.local/share/factdesk/demo on Linux): the demo's review is reopened next time, with every verdict.",
    )
    demo.add_argument("--dir", type=Path, metavar="DIR", help="keep the example here instead (a new or empty folder)")
    demo.add_argument("--fresh", action="store_true", help="start the demo over: a new review, the bundled files")
    demo.add_argument(
        "--reviewer", help="your name, saved with every verdict (default: the config file, git's user.name, the login)"
    )
    demo.set_defaults(run=_run_demo)


def _run_review(args: argparse.Namespace) -> int:
    from factdesk.claims.article import read_article
    from factdesk.claims.review import ReviewError, read_ahead, review_path_for
    from factdesk.claims.review_saved import naming_copies
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
    if os.path.realpath(review) == os.path.realpath(article.path):
        raise FactdeskError(
            "--review", f"{review} is the article itself; its review file is {article.path}.review.yaml"
        )
    _not_a_store_file(review, args.sources)
    reviewer = args.reviewer or default_reviewer()
    try:
        ahead = read_ahead(review)  # locked: a second app on this review is refused before any slow work
    except ReviewError as error:
        raise naming_copies(error, review, article.path) from None
    try:
        status = run_review(article, args.sources, args.date, args.review, reviewer, ahead)
    finally:
        ahead.release()
    return status  # run_review has said where the review is


def _not_a_store_file(review: Path, store: Path) -> None:
    """A review file in the store's folder must be named as one (`*.review.yaml`): any other name is read as a
    store file, its entries reported as ten problems on every run."""
    from factdesk.sources.store import named_as_a_review

    inside = os.path.realpath(review).startswith(os.path.realpath(store) + os.sep)
    if inside and review.suffix in (".yaml", ".yml") and not named_as_a_review(review.name):
        raise FactdeskError(
            "--review",
            f"{review} is in the store folder {store}, where it would be read as a store file: name it "
            f"{review.stem}.review.yaml, or keep it outside the store",
        )


def _run_demo(args: argparse.Namespace) -> int:
    from factdesk.tui.app import run_review
    from factdesk.tui.demo import install_demo

    article, store = install_demo(args.dir, fresh=args.fresh)
    status = run_review(article, store, None, None, args.reviewer or default_reviewer(), demo_folder=article.parent)
    if status == 0:
        print(
            f"The demo's review is kept in {flat(str(article.parent))} ('factdesk demo --fresh' starts over)",
            file=sys.stderr,
        )
    return status
