"""Claims reports from a review: Markdown, HTML, JSON, CSV and schema.org ClaimReview.

`render_report` returns the text; `write_report` writes it atomically, only to
a regular file that is not the review, its article or a store file (or to
standard output). The same review gives the same bytes every time, apart from
`generated`.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from pathlib import Path
from typing import Any

from factdesk.base.reading import begins_with
from factdesk.claims.article import without_controls
from factdesk.claims.report.claimreview import Publisher, render_claimreview
from factdesk.claims.report.data import Report, build_report
from factdesk.claims.report.html_report import render_html
from factdesk.claims.report.markdown_report import render_markdown
from factdesk.claims.report.text_formats import render_csv, render_json
from factdesk.claims.report.written_reports import remember_report, written_here_as_is
from factdesk.claims.review_document import REVIEW_SUFFIX, ReviewDocument, decode_review
from factdesk.claims.review_encoding import HEADER
from factdesk.sources.errors import FactdeskError
from factdesk.sources.files import write_atomically
from factdesk.sources.model import Store
from factdesk.sources.store import load_store

FORMATS = ("md", "html", "json", "csv", "claimreview")

__all__ = [
    "FORMATS",
    "Publisher",
    "Report",
    "ReportTargetError",
    "build_report",
    "is_an_earlier_report",
    "render_report",
    "report_destination",
    "store_of",
    "write_report",
]


class ReportTargetError(FactdeskError):
    """A report would replace something that is not a report: the review, its article, a store file, a device."""


def _typed(document: ReviewDocument | dict[str, Any]) -> ReviewDocument:
    return document if isinstance(document, ReviewDocument) else decode_review(Path("<review>"), document)


def store_of(document: ReviewDocument) -> Store | None:
    """The store the review was checked against, read now (None if it is not there or cannot be read)."""
    root = document.store_root()
    if root is None or not root.is_dir():
        return None
    try:
        return load_store(root)
    except FactdeskError:
        return None


def render_report(
    document: ReviewDocument | dict[str, Any],
    report_format: str,
    *,
    store: Store | None = None,
    generated: str | None = None,
    publisher: Publisher | None = None,
) -> tuple[str, int]:
    """(report text, claims left out); only ClaimReview leaves out claims (those without a verdict)."""
    if report_format not in FORMATS:
        raise FactdeskError(report_format, f"unknown report format; choose one of {', '.join(FORMATS)}")
    document = _typed(document)
    when = generated or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    report = build_report(document, store if store is not None else store_of(document), when)
    # Reports people read (often printed to the terminal) carry no escape sequence or control character from
    # a note, the article or the store: Markdown and CSV leave them out of each value before escaping it, and
    # the whole text is checked again (HTML's escaping cannot be undone by taking one out); JSON keeps every
    # value exactly (escaped by json.dumps).
    if report_format == "md":
        return without_controls(render_markdown(report)), 0
    if report_format == "html":
        return without_controls(render_html(report)), 0
    if report_format == "json":
        return render_json(report), 0
    if report_format == "csv":
        return render_csv(report), 0
    return render_claimreview(report, publisher or Publisher())  # no publisher: refused, saying how to name one


def write_report(
    document: ReviewDocument | dict[str, Any],
    report_format: str,
    target: Path | str,
    *,
    replace: bool = True,
    **options: Any,
) -> int:
    """Write a report to `target` ('-' is standard output); returns how many claims were left out.

    Without `replace`, a file already at `target` is kept and the write refused (`WriteError`).
    """
    document = _typed(document)
    destination = report_destination(target, document)
    text, skipped = render_report(document, report_format, **options)
    if destination is None:
        sys.stdout.write(text)
    else:
        write_atomically(destination, text.encode("utf-8"), exclusive=not replace)
        remember_report(destination, text.encode("utf-8"))
    return skipped


def report_destination(target: Path | str, document: ReviewDocument) -> Path | None:
    """The regular file a report to `target` goes to (a symlink's target), None for standard output.

    Raise `ReportTargetError` if that is the review file (or its journal, lock or drafts), the article, a store
    file, or not a regular file at all: a report never replaces the work it reports on, and writing
    one onto a device or a folder would replace it with a plain file.
    """
    if str(target) in ("-", "/dev/stdout"):  # the shell's idiom for the screen, even when it is a pipe
        return None
    if not str(target).strip():
        raise ReportTargetError(Path(str(target)), "give a file name for the report, or '-' for the screen")
    given = Path(target)
    if "\x00" in str(target):  # a NUL pasted into the path: no file system takes one
        raise ReportTargetError(given, "a file name cannot hold a NUL character")
    real = Path(os.path.realpath(given))
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise ReportTargetError(given, f"cannot write the report here: {error.strerror or error}") from None
    if mode is not None and not stat.S_ISREG(mode):
        raise ReportTargetError(
            given, "not a regular file (a folder, device or pipe); reports go to regular files, or '-' for the screen"
        )
    review = document.path
    protected = [
        (review, "the review file itself"),
        (review.with_name(review.name + ".journal"), "the review's journal"),
        (review.with_name(review.name + ".lock"), "the review's lock file"),
        (review.with_name(review.name + ".drafts"), "the review's drafts (a claim or a source being added)"),
    ]
    for article in (document.article_path(), document.named_article()):
        if article is not None:
            protected.append((article, "the article under review"))
    for path, what in protected:
        if real == Path(os.path.realpath(path)):
            raise ReportTargetError(given, f"this is {what}; a report never replaces it: choose another file name")
    if mode is not None and _is_review_file(real):
        raise ReportTargetError(
            given, "this is a factdesk review file (another review's work); a report never replaces one"
        )
    store = document.store_root()
    if store is not None and real.is_relative_to(os.path.realpath(store)):
        if mode is not None or real.suffix.lower() in (".yaml", ".yml"):
            raise ReportTargetError(
                given, "this is in the store of sources; a report never replaces or adds a store file"
            )
    return real


def _is_review_file(path: Path) -> bool:
    """Whether `path` is a review file (its header line) or a review's journal, lock or drafts: another review's work.

    `report a.review.yaml -o b.review.yaml` (a slip of the shell's history) replaced b's verdicts and notes
    with a report, and a review saved to a new file (`r.review.saved-….yaml`) is the only copy of its work.
    """
    if path.name.endswith(tuple(REVIEW_SUFFIX + own for own in ("", ".journal", ".lock", ".drafts"))):
        return True  # by its name too: a review run through `yq` or a script has lost its header line
    return begins_with(path, HEADER.encode("utf-8"))


# How each format's report begins: a file that begins so was written by `factdesk report` (or is empty)
_REPORT_BEGINNINGS = (
    b"# Claims report: ",  # md
    b"<!DOCTYPE html>\n<html",  # html
    b'{\n  "schema_version": ',  # json
    b"id,kind,verdict,",  # csv
    b'[\n  {\n    "@context": "https://schema.org"',  # claimreview
    b"[]",  # claimreview with no claim reviewed
)


def is_an_earlier_report(path: Path) -> bool:
    """Whether the file at `path` is empty or a report factdesk wrote, unedited since: what `report -o` may
    replace unasked.

    `report -o notes.md` where notes.md is someone's notes, or another article, would replace it for good.
    """
    try:
        with open(path, "rb") as stream:
            head = stream.read(64)
    except OSError:
        return False
    return not head.strip() or (head.startswith(_REPORT_BEGINNINGS) and written_here_as_is(path))
