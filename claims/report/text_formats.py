"""Markdown, JSON and CSV reports."""

from __future__ import annotations

import csv
import io
import json
import re

from factdesk.claims.report.data import GROUPS, ORPHANED, SCHEMA_VERSION, Report, ReportClaim

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


def md_escape(text: str) -> str:
    """Untrusted text as literal Markdown: every character that could start markup is escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _md_piece(text: str) -> str:
    """Part of a sentence as literal Markdown: like `md_escape`, but a space at either end is kept.

    The pieces around a highlighted claim are escaped one by one; dropping their edge spaces glued the
    claim to its neighbours ("Advisor**Tzaji Hanegbi**and", shown as "AdvisorTzaji Hanegbiand").
    """
    if not text:
        return ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() and text.strip() else ""
    return lead + md_escape(text) + trail


def _emphasised_sentence(claim: ReportClaim) -> str:
    sentence, words = claim.sentence, claim.text
    at = sentence.find(words) if words else -1
    if at < 0 or not words.strip():
        return md_escape(sentence)
    return _md_piece(sentence[:at]) + "**" + md_escape(words) + "**" + _md_piece(sentence[at + len(words) :])


def reason_label(claim: ReportClaim) -> str:
    """How the checker's view is introduced: as a disagreement, a suggestion, or the reason agreed with."""
    if claim.verdict == "unreviewed":
        return "Checker suggested"
    return "Checker suggested" if claim.disagrees else "Why"


def render_markdown(report: Report) -> str:
    article = report.article
    lines = [f"# Claims report: {md_escape(article.get('title') or article.get('path') or '')}", ""]
    for label, value in report.metadata():
        lines.append(f"- **{label}:** {md_escape(value)}")
    counts = report.counts
    lines += ["", "## Summary", "", "| verdict | claims |", "| --- | ---: |"]
    lines += [f"| {TITLES[group].lower()} | {counts[group]} |" for group in GROUPS]
    lines += [f"| **total** | **{counts['total']}** |", ""]
    if counts.get(ORPHANED):
        lines += [f"{counts[ORPHANED]} claim(s) marked earlier are no longer in the article: listed last.", ""]
    for group in (*GROUPS, ORPHANED):
        claims = report.group(group)
        if not claims:
            continue
        lines += [f"## {TITLES[group]} ({len(claims)})", ""]
        for claim in claims:
            lines.append(f"### {md_escape(claim.text)}")
            lines.append("")
            lines.append(
                f"*{claim.kind}* · `{claim.id}`"
                + (" · orphaned" if claim.orphaned else "")
                + (" · added by a reviewer" if claim.added else "")
            )
            lines.append("")
            lines.append(f"> {_emphasised_sentence(claim)}")
            lines.append("")
            if claim.reviewer:
                marked = f"{claim.verdict}, by {md_escape(claim.reviewer)} at {md_escape(claim.at or '')}"
                lines.append(f"- **Verdict:** {marked}")
            if claim.note:
                lines.append(f"- **Note:** {md_escape(claim.note)}")
            if claim.suggestion:  # the reason is always given, also when the reviewer agreed with it
                lines.append(
                    f"- **{reason_label(claim)}:** {claim.suggestion.get('verdict')} "
                    f"({claim.suggestion.get('confidence')}%): {md_escape(claim.suggestion.get('reason', ''))}"
                )
            for item in claim.evidence:
                details = ", ".join(md_escape(part) for part in (item.title, item.publisher, item.date) if part)
                url = f" <{item.url}>" if item.url and re.match(r"https?://[^\s<>]+$", item.url) else ""
                lines.append(f"- **Evidence** `{md_escape(item.store_id)}`: {details}{url}")
                if item.quote:
                    lines.append(f"  > {md_escape(item.quote)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


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
    text = "" if value is None else str(value)
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
