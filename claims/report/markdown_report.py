"""The Markdown report: the corrections an editor must make first, then every claim under its sentence."""

from __future__ import annotations

import re

from factdesk.claims.report.data import GROUPS, ORPHANED, CitedEvidence, Report, ReportClaim
from factdesk.claims.report.quoting import Quote
from factdesk.claims.report.text_formats import TITLES, md_escape, md_lines, md_piece, reason_label
from factdesk.claims.report.times import readable_time


def _quoted(quote: Quote) -> str:
    """The sentence with every claim in it in bold; the spaces around each stay outside the bold."""
    out = []
    for text, marked in quote.runs():
        if marked and text.strip():
            lead = " " if text[0].isspace() else ""
            trail = " " if text[-1].isspace() else ""
            out.append(lead + "**" + md_escape(text) + "**" + trail)
        else:
            out.append(md_piece(text))
    return "".join(out).strip()


def _cited(item: CitedEvidence) -> str:
    details = ", ".join(md_escape(part) for part in (item.title, item.publisher, item.date) if part)
    if item.missing:
        details = "not in the store (removed or renamed since it was linked): cited by its id only"
    url = f" <{item.url}>" if item.url and re.match(r"https?://[^\s<>\x00-\x1f\x7f-\x9f]+$", item.url) else ""
    return f"`{md_escape(item.store_id)}`: {details}{url}"


def _corrections(report: Report) -> list[str]:
    wanted = report.corrections()
    if not wanted:
        return ["## Corrections", "", "Nothing disputed: no correction to make.", ""]
    lines = [f"## Corrections ({len(wanted)})", "", "What must change, in article order.", ""]
    for number, (claim, names) in enumerate(wanted, start=1):
        written = report.heading(claim) if claim.text == claim.sentence else f"“{report.written(claim)}”"
        kinds = ", ".join(dict.fromkeys([claim.kind, *(name.kind for name in names)]))
        lines.append(f"{number}. **As written:** {md_escape(written)} *({kinds})*  ")
        lines.append(f"   **Correction:** {md_escape(claim.correction or '')}  ")
        for note in dict.fromkeys(item.note for item in (claim, *names) if item.note):
            lines.append(f"   **Note:** {md_lines(note, '   ')}  ")
        cited = {item.store_id: item for item in (*claim.evidence, *(e for name in names for e in name.evidence))}
        sources = "; ".join(_cited(item) for item in cited.values()) or "none cited"
        lines.append(f"   **Source:** {sources}")
    return [*lines, ""]


def _claim(report: Report, claim: ReportClaim) -> list[str]:
    lines = [f"### {md_escape(report.heading(claim))}", ""]
    lines.append(
        f"*{claim.kind}* · `{claim.id}`"
        + (" · orphaned" if claim.orphaned else "")
        + (" · added by a reviewer" if claim.added else "")
    )
    lines.append("")
    if claim.reviewer:
        when = md_escape(readable_time(claim.at))
        lines.append(f"- **Verdict:** {claim.verdict}, by {md_escape(claim.reviewer)}" + (f", {when}" if when else ""))
    if claim.correction and claim.correction != (claim.suggestion or {}).get("reason"):
        lines.append(f"- **Correction:** {md_escape(claim.correction)}")
    if claim.note:
        lines.append(f"- **Note:** {md_lines(claim.note, '  ')}")
    if claim.suggestion:  # the reason is always given, also when the reviewer agreed with it
        lines.append(
            f"- **{reason_label(claim)}:** {claim.suggestion.get('verdict')} "
            f"({claim.suggestion.get('confidence')}%): {md_escape(claim.suggestion.get('reason', ''))}"
        )
    for item in claim.evidence:
        lines.append(f"- **Evidence** {_cited(item)}")
        if item.quote:
            lines.append(f"  > {md_escape(item.quote)}")
    return [*lines, ""]


def render_markdown(report: Report) -> str:
    article = report.article
    lines = [f"# Claims report: {md_escape(article.get('title') or article.get('path') or '')}", ""]
    lines += _corrections(report)
    for label, value in report.metadata():
        lines.append(f"- **{label}:** {md_escape(value)}")
    counts = report.counts
    lines += ["", "## Summary", "", "| verdict | claims |", "| --- | ---: |"]
    lines += [f"| {TITLES[group].lower()} | {counts[group]} |" for group in GROUPS]
    lines += [f"| **total** | **{counts['total']}** |", ""]
    if counts.get(ORPHANED):
        lines += [f"{counts[ORPHANED]} claim(s) marked earlier are no longer in the article: listed last.", ""]
    quoted: set[int] = set()
    for group in (*GROUPS, ORPHANED):
        claims = report.group(group)
        if not claims:
            continue
        lines += [f"## {TITLES[group]} ({len(claims)})", ""]
        for quote, members in report.by_sentence(claims):
            if quote.number in quoted:
                lines += [f"*Sentence {quote.number}, quoted above:*", ""]
            else:
                quoted.add(quote.number)
                lines += [f"> **[{quote.number}]** {_quoted(quote)}", ""]
            for claim in members:
                lines += _claim(report, claim)
    return "\n".join(lines).rstrip() + "\n"
