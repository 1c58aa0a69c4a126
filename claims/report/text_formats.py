"""JSON and CSV reports, and the Markdown escaping the Markdown report uses."""

from __future__ import annotations

import csv
import io
import json
import re

from factdesk.claims.article import without_controls
from factdesk.claims.report.data import SCHEMA_VERSION, Report, ReportClaim

# Every piece of untrusted text follows a prefix ("- **Note:** ", "### ", "> "), so only the characters
# that open inline markup need escaping; dates and hyphens stay readable as plain text.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
TITLES = {
    "disputed": "Disputed",
    "unsupported": "Unsupported",
    "verified": "Verified",
    "unreviewed": "Not reviewed",
    "orphaned": "No longer in the article",
}


_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")  # `&amp;` written in a note is shown so, not as `&`
# A line of a note that would open a block (a list item, a setext heading's underline) were it not escaped.
_BLOCK_START = re.compile(r"^(?:([-+=])|(\d{1,9})(?=[.)]))")


def md_escape(text: str) -> str:
    """Untrusted text as literal Markdown: every character that could start markup is escaped (escape sequences
    and control characters left out first, so none can stand between an escape and what it escapes)."""
    return _ENTITY.sub(r"\\&", _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(without_controls(str(text)).split())))


def md_lines(text: str, indent: str) -> str:
    """Untrusted text of several lines (a reviewer's note) as literal Markdown that keeps each line: joined by
    hard line breaks and indented by `indent` to stay in its list item; blank lines are left out."""
    lines = [line for line in without_controls(str(text)).splitlines() if line.strip()]
    lines = [_BLOCK_START.sub(_escaped_start, md_escape(line)) for line in lines]
    return ("\\\n" + indent).join(lines)


def _escaped_start(found: re.Match[str]) -> str:
    mark, number = found.groups()
    return "\\" + mark if mark else number + "\\"


def md_piece(text: str) -> str:
    """Part of a sentence as literal Markdown: like `md_escape`, but a space at either end is kept.

    The pieces around a highlighted claim are escaped one by one; dropping their edge spaces glued the
    claim to its neighbours ("Advisor**Tzaji Hanegbi**and", shown as "AdvisorTzaji Hanegbiand").
    """
    if not text:
        return ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() and text.strip() else ""
    return lead + md_escape(text) + trail


def reason_label(claim: ReportClaim) -> str:
    """How the checker's view is introduced: as a disagreement, a suggestion, or the reason agreed with."""
    if claim.verdict == "unreviewed":
        return "Checker suggested"
    return "Checker suggested" if claim.disagrees else "Why"


def render_json(report: Report) -> str:
    payload = {
        "schema_version": SCHEMA_VERSION,
        "generated": report.generated,
        "article": report.article,
        "store": report.store,
        "reviewers": list(report.reviewers),
        "summary": report.counts,
        "claims": [claim.to_json() for claim in report.claims],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A cell a spreadsheet shows and never evaluates: formula starts get a leading apostrophe."""
    # Control characters are left out first: one before a formula start hid it from the check below.
    text = "" if value is None else without_controls(str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


CSV_COLUMNS = [
    "id",
    "kind",
    "verdict",
    "text",
    "sentence",
    "reviewer",
    "at",
    "note",
    "suggested_verdict",
    "suggestion_confidence",
    "suggestion_reason",
    "evidence_ids",
    "evidence_titles",
    "evidence_urls",
    "orphaned",
]


def render_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for claim in report.claims:
        suggestion = claim.suggestion or {}
        row = [
            claim.id,
            claim.kind,
            claim.verdict,
            claim.text,
            claim.sentence,
            claim.reviewer,
            claim.at,
            claim.note,
            suggestion.get("verdict"),
            suggestion.get("confidence"),
            suggestion.get("reason"),
            "; ".join(item.store_id for item in claim.evidence),
            "; ".join(item.title or "" for item in claim.evidence),
            "; ".join(item.url or "" for item in claim.evidence),
            "yes" if claim.orphaned else "",
        ]
        writer.writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()
