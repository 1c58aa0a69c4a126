"""Claims reports from a review: Markdown, HTML, JSON, CSV and schema.org ClaimReview.

`render_report` returns the text; `write_report` writes it atomically. The
same review gives the same bytes every time, apart from `generated`.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from factdesk.claims.report.claimreview import Publisher, render_claimreview
from factdesk.claims.report.data import Report, build_report
from factdesk.claims.report.html_report import render_html
from factdesk.claims.report.text_formats import render_csv, render_json, render_markdown
from factdesk.sources.errors import FactdeskError
from factdesk.sources.files import write_atomically
from factdesk.sources.model import Store
from factdesk.sources.store import load_store

FORMATS = ("md", "html", "json", "csv", "claimreview")

__all__ = ["FORMATS", "Publisher", "Report", "build_report", "render_report", "write_report"]


def _store_of(document: dict[str, Any]) -> Store | None:
    root = document.get("store")
    if not root or not Path(root).is_dir():
        return None
    try:
        return load_store(root)
    except FactdeskError:
        return None


def render_report(
    document: dict[str, Any],
    report_format: str,
    *,
    store: Store | None = None,
    generated: str | None = None,
    publisher: Publisher | None = None,
) -> tuple[str, int]:
    """(report text, claims left out); only ClaimReview leaves out claims (those without a verdict)."""
    if report_format not in FORMATS:
        raise FactdeskError(report_format, f"unknown report format; choose one of {', '.join(FORMATS)}")
    when = generated or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    report = build_report(document, store if store is not None else _store_of(document), when)
    if report_format == "md":
        return render_markdown(report), 0
    if report_format == "html":
        return render_html(report), 0
    if report_format == "json":
        return render_json(report), 0
    if report_format == "csv":
        return render_csv(report), 0
    return render_claimreview(report, publisher or Publisher())


def write_report(document: dict[str, Any], report_format: str, target: Path | str, **options: Any) -> int:
    """Write a report to `target` ('-' is standard output); returns how many claims were left out."""
    text, skipped = render_report(document, report_format, **options)
    if str(target) == "-":
        sys.stdout.write(text)
    else:
        write_atomically(Path(target), text.encode("utf-8"))
    return skipped
